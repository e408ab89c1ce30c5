import { createHash, randomBytes } from 'node:crypto'
import type {
  BillChallenge,
  BillPay,
  BillReceipt,
  RegisteredService,
  ServiceAdd,
  ServiceDraft,
  ServiceList,
} from '../../shared/api/bills'
import { KioskError } from '../../shared/ipc/errors'
import { maskAccountNumber, maskTail } from '../auth/mask'
import type { Database } from '../db/database'
import type { Challenges } from '../payments/challenges'
import { canonicalJson } from '../payments/transfers'
import { amountDueOf, contractValid, type CatalogueEntry } from './catalogue'
import type { BillMoney, PaymentPlan } from './money'

export interface ServiceRow {
  id: string
  member_id: number
  biller_id: string
  contract_number: string
  debit_product_id: string
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
export const periodOf = (t: Date) => t.toISOString().slice(0, 7)
export const maskContract = (n: string) => maskTail(n, 4)

/**
 * Registered services and paying them now (seed 002 "Pago de Servicios", "Registro de Servicio"): the
 * contract number is checked with its company's rule, registration spends a code bound to the company,
 * contract and account; a bill's amount due is fixed per contract and month and is paid once a month.
 */
export function createServices(deps: {
  db: Database
  now: () => Date
  catalogue: CatalogueEntry[]
  challenges: Challenges
  money: BillMoney
}) {
  const { db, now, catalogue, challenges, money } = deps
  const entryOf = (billerId: string) => {
    const e = catalogue.find((c) => c.biller.id === billerId)
    if (!e) throw new KioskError('NOT_FOUND', 'No such company in the catalogue')
    return e
  }

  const list = db.prepare<[number], ServiceRow>(
    'SELECT * FROM bill_services WHERE member_id = ? ORDER BY created_at, id',
  )
  const one = db.prepare<[string, number], ServiceRow>(
    'SELECT * FROM bill_services WHERE id = ? AND member_id = ?',
  )
  const already = db.prepare<[number, string, string], { id: string }>(
    'SELECT id FROM bill_services WHERE member_id = ? AND biller_id = ? AND contract_number = ?',
  )
  const insert = db.prepare(
    `INSERT INTO bill_services (id, member_id, biller_id, contract_number, debit_product_id, created_at)
     VALUES (@id, @memberId, @billerId, @contract, @debit, @t)`,
  )
  const remove = db.prepare<[string, number]>('DELETE FROM bill_services WHERE id = ? AND member_id = ?')
  const paidIn = db.prepare<[string, string], { n: number }>(
    "SELECT count(*) AS n FROM bill_operations WHERE kind = 'bill' AND target_id = ? AND period = ?",
  )

  /** What a bill owes this month: zero once paid. */
  function dueOf(row: ServiceRow, at: Date): number {
    const e = entryOf(row.biller_id)
    const period = periodOf(at)
    if (paidIn.get(row.id, period)!.n > 0) return 0
    return amountDueOf(e, row.contract_number, period)
  }

  function view(row: ServiceRow): RegisteredService {
    const e = entryOf(row.biller_id)
    const debit = money.own(row.member_id, row.debit_product_id)
    return {
      id: row.id,
      biller: e.biller,
      maskedContract: maskContract(row.contract_number),
      debitAccount: { id: debit.id, name: debit.name, maskedNumber: maskAccountNumber(debit.number) },
      ...(e.biller.kind === 'bill' ? { amountDue: money.m(dueOf(row, now())) } : {}),
    }
  }

  function check(memberId: number, draft: ServiceDraft) {
    const e = entryOf(draft.billerId)
    if (!contractValid(e.rule, draft.contractNumber))
      throw new KioskError('VALIDATION', `Not a contract number of ${e.biller.name}`, {
        issues: [{ path: 'contractNumber', message: `${e.rule.digits} digits with a valid check digit` }],
      })
    const debit = money.own(memberId, draft.debitAccountId)
    if (already.get(memberId, draft.billerId, draft.contractNumber))
      throw new KioskError('CONFLICT', 'That contract is already registered')
    return { e, debit }
  }

  const fingerprint = (d: ServiceDraft) =>
    sha256(
      canonicalJson({
        purpose: 'service',
        biller: d.billerId,
        contract: d.contractNumber,
        debit: d.debitAccountId,
      }),
    )

  const owned = (memberId: number, id: string) => {
    const row = one.get(id, memberId)
    // Another member's service looks like an unknown one.
    if (!row) throw new KioskError('NOT_FOUND', 'No such service of yours')
    return row
  }

  /** A plan paying `row` now (or by its schedule); a bill must pay exactly what is due. */
  function planFor(
    row: ServiceRow,
    originId: string,
    amountMinor: number | null,
    automatic: boolean,
  ): PaymentPlan {
    const e = entryOf(row.biller_id)
    const origin = money.own(row.member_id, originId)
    const at = now()
    let amount: number
    if (e.biller.kind === 'bill') {
      const due = dueOf(row, at)
      if (due === 0) throw new KioskError('CONFLICT', 'Nothing is due this month')
      if (amountMinor !== null && amountMinor !== due)
        throw new KioskError('VALIDATION', 'The amount is not what is due', {
          issues: [{ path: 'amount', message: `must be ${due}` }],
        })
      amount = due
    } else {
      const [lo, hi] = e.rangeMinor
      if (amountMinor === null || amountMinor < lo || amountMinor > hi)
        throw new KioskError('VALIDATION', 'Top-up amount out of range', {
          issues: [{ path: 'amount', message: `between ${lo} and ${hi}` }],
        })
      amount = amountMinor
    }
    const masked = maskContract(row.contract_number)
    return {
      kind: e.biller.kind,
      origin,
      targetId: row.id,
      period: e.biller.kind === 'bill' ? periodOf(at) : null,
      amountMinor: amount,
      feeMinor: 0,
      automatic,
      destination: { name: e.biller.name, maskedNumber: masked },
      description: `${automatic ? 'Pago automático' : 'Pago'} ${e.biller.name} · ${masked}`,
    }
  }

  return {
    entryOf,
    owned,
    planFor,
    dueOf,

    list: (memberId: number): ServiceList => ({ services: list.all(memberId).map(view) }),

    authorize(memberId: number, draft: ServiceDraft): BillChallenge {
      const { e, debit } = check(memberId, draft)
      return challenges.issue(memberId, 'bill', fingerprint(draft), {
        purpose: 'service',
        billerName: e.biller.name,
        maskedContract: maskContract(draft.contractNumber),
        debitAccount: { name: debit.name, maskedNumber: maskAccountNumber(debit.number) },
      })
    },

    /** Checks the code against what is registered now and inserts it, in one transaction. */
    add(memberId: number, body: ServiceAdd): RegisteredService {
      let refusal: KioskError | null = null
      const id = randomBytes(12).toString('base64url')
      db.transaction(() => {
        check(memberId, body)
        refusal = challenges.check(memberId, 'bill', body.challengeId, fingerprint(body), body.code)
        // A wrong code's try is committed with nothing else, then refused below.
        if (refusal) return
        insert.run({
          id,
          memberId,
          billerId: body.billerId,
          contract: body.contractNumber,
          debit: body.debitAccountId,
          t: now().getTime(),
        })
      })()
      if (refusal) throw refusal
      return view(owned(memberId, id))
    },

    delete(memberId: number, id: string): { id: string } {
      if (remove.run(id, memberId).changes !== 1)
        throw new KioskError('NOT_FOUND', 'No such service of yours')
      return { id }
    },

    pay(memberId: number, key: string, body: BillPay, requestId: string): Promise<BillReceipt> {
      if (body.amount.currency !== money.currency)
        throw new KioskError('VALIDATION', `Payments are in ${money.currency}`)
      return money.keyed(memberId, key, 'billPay', body, requestId, () =>
        planFor(owned(memberId, body.serviceId), body.originAccountId, body.amount.amountMinor, false),
      )
    },
  }
}
export type Services = ReturnType<typeof createServices>
