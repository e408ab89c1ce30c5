import type { BillHistory, BillReceipt, BillReceiptVerification } from '../../shared/api/bills'
import { KioskError } from '../../shared/ipc/errors'
import type { Database } from '../db/database'
import type { BillMoney } from './money'
import { maskContract, type Services } from './services'

/** Seed 002 "Historial de Pagos": completed payments and failed scheduled runs, newest first; receipts. */
export function createHistory(deps: { db: Database; money: BillMoney; services: Services }) {
  const { db, money, services } = deps
  const completed = db.prepare<[number], { receipt: string }>(
    'SELECT receipt FROM bill_operations WHERE member_id = ? ORDER BY posted_at DESC, id DESC LIMIT 200',
  )
  const failed = db.prepare<
    [number],
    { at: number; amount_minor: number; reason: string; biller_id: string; contract_number: string }
  >(
    `SELECT f.at, f.amount_minor, f.reason, s.biller_id, s.contract_number FROM bill_failed_runs f
     JOIN bill_schedules sc ON sc.id = f.schedule_id JOIN bill_services s ON s.id = sc.service_id
     WHERE f.member_id = ? ORDER BY f.at DESC, f.id DESC LIMIT 200`,
  )
  const byNumber = db.prepare<[string, number], { receipt: string }>(
    'SELECT receipt FROM bill_operations WHERE receipt_number = ? AND member_id = ?',
  )
  const byCode = db.prepare<[string], { receipt: string }>(
    'SELECT receipt FROM bill_operations WHERE verification_code = ?',
  )

  return {
    history(memberId: number): BillHistory {
      const done = completed.all(memberId).map((r) => {
        const x = JSON.parse(r.receipt) as BillReceipt
        return {
          postedAt: x.postedAt,
          kind: x.kind,
          destination: x.destination,
          amount: x.amount,
          automatic: x.automatic,
          status: 'completed' as const,
          receiptNumber: x.receiptNumber,
        }
      })
      const runs = failed.all(memberId).map((f) => ({
        postedAt: new Date(f.at).toISOString(),
        kind: 'bill' as const,
        destination: {
          name: services.entryOf(f.biller_id).biller.name,
          maskedNumber: maskContract(f.contract_number),
        },
        amount: money.m(f.amount_minor),
        automatic: true,
        status: 'failed' as const,
        failure: f.reason,
      }))
      return { payments: [...done, ...runs].sort((a, b) => b.postedAt.localeCompare(a.postedAt)) }
    },

    receipt(memberId: number, receiptNumber: string): BillReceipt {
      const row = byNumber.get(receiptNumber, memberId)
      // Another member's receipt looks like an unknown one.
      if (!row) throw new KioskError('NOT_FOUND', 'No such receipt of yours')
      return JSON.parse(row.receipt) as BillReceipt
    },

    verify(code: string): BillReceiptVerification {
      const row = byCode.get(code)
      if (!row) throw new KioskError('NOT_FOUND', 'No receipt with this code')
      const r = JSON.parse(row.receipt) as BillReceipt
      return {
        receiptNumber: r.receiptNumber,
        kind: r.kind,
        amount: r.amount,
        postedAt: r.postedAt,
        destination: `${r.destination.name} ${r.destination.maskedNumber}`,
      }
    },
  }
}
