import { createHash } from 'node:crypto'
import type { Database } from '../db/database'
import type {
  ObligationKind,
  ObligationList,
  ObligationPaymentDraft,
  ObligationReceipt,
  PayableObligation,
  Requirement,
  Requirements,
} from '../../shared/api/obligations'
import type { TransferReceipt } from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import { maskAccountNumber } from '../auth/mask'
import { cutoffDate } from '../calendar'
import type { FaultSwitch } from '../payments/faults'
import type { Ledger } from '../payments/ledger'
import { TRANSFER_RULES } from '../payments/rules'
import { canonicalJson } from '../payments/transfers'
import { monthAfter } from '../products/details'
import { newCertificateCode } from '../products/certificate-code'
import type { CooperativeProfile } from '../profiles'

interface ObligationRow {
  id: string
  kind: ObligationKind
  name: string
  number: string
  balance_minor: number
  monthly_payment_minor: number | null
  code: string | null
}
interface AccountRow {
  id: string
  name: string
  number: string
  balance_minor: number
  held_minor: number
}
interface InstallmentRow {
  number: number
  due_on: string
  principal_minor: number
  total_minor: number
}
/** An obligation with what the API says is due on it. */
interface Payable {
  row: ObligationRow
  view: PayableObligation
  installments: InstallmentRow[]
}

export interface ObligationDeps {
  db: Database
  profile: CooperativeProfile
  now: () => Date
  ledger: Ledger
  faults: FaultSwitch
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10)
/** "Otro valor" for aportes: up to a year ahead. */
const CONTRIBUTION_MONTHS_AHEAD = 12
const DESCRIPTION: Record<ObligationKind, string> = {
  contribution: 'Pago aportes kiosco',
  loan: 'Pago cuota préstamo kiosco',
  other_obligation: 'Pago obligación kiosco',
}

/**
 * Paying obligations from savings (seed 000 "Pagos", seed 004's quota payments). The money leaves the
 * member's savings through the payments ledger into the clearing account (the collection, "recaudo"),
 * so the ledger's invariant still holds; in the same transaction each obligation's own balance moves:
 * aportes grow, a loan's installments are marked paid (what is left lowers its capital), another
 * obligation's pending amount falls. Idempotency as transfers: the same `idempotency_keys` table, and a
 * `payment_operations` row, so the kiosk's start-up reconciliation finds it by key like any transfer.
 */
export function createObligations({ db, profile, now, ledger, faults }: ObligationDeps) {
  const currency = profile.currency
  const m = (minor: number) => money(minor, currency)
  const rules = TRANSFER_RULES[profile.id]

  const obligationsOf = db.prepare<[number], ObligationRow>(
    `SELECT p.id, p.kind, p.name, p.number, p.balance_minor, p.monthly_payment_minor,
       json_extract(t.terms, '$.code') AS code
     FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.member_id = ? AND p.status <> 'closed' AND p.kind IN ('contribution', 'loan', 'other_obligation')
     ORDER BY p.sort_order`,
  )
  const unpaid = db.prepare<[string], InstallmentRow>(
    `SELECT number, due_on, principal_minor, principal_minor + interest_minor + insurance_minor AS total_minor
     FROM loan_installments WHERE product_id = ? AND paid_on IS NULL ORDER BY number`,
  )
  const paidSince = db.prepare<[string, string], { total: number }>(
    `SELECT coalesce(sum(amount_minor), 0) AS total FROM obligation_payment_lines
     WHERE product_id = ? AND posted_on > ?`,
  )
  const account = db.prepare<[string, number], AccountRow>(
    `SELECT p.id, p.name, p.number, p.balance_minor,
       coalesce(json_extract(t.terms, '$.heldMinor'), 0) AS held_minor
     FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.id = ? AND p.member_id = ? AND p.kind = 'savings' AND p.status = 'active'`,
  )
  const sentToday = db.prepare<[number, string], { total: number }>(
    'SELECT coalesce(sum(amount_minor), 0) AS total FROM payment_operations WHERE member_id = ? AND day = ?',
  )
  const keyRow = db.prepare<
    [number, string],
    { fingerprint: string; state: 'in_flight' | 'done'; receipt: string | null }
  >(
    `SELECT k.fingerprint, k.state, o.receipt FROM idempotency_keys k
     LEFT JOIN obligation_payments o ON o.operation_id = k.operation_id WHERE k.member_id = ? AND k.key = ?`,
  )
  const reserveKey = db.prepare(
    `INSERT INTO idempotency_keys (member_id, key, route, fingerprint, state, created_at)
     VALUES (@memberId, @key, 'obligationPay', @fingerprint, 'in_flight', @t)`,
  )
  const releaseKey = db.prepare<[number, string]>(
    "DELETE FROM idempotency_keys WHERE member_id = ? AND key = ? AND state = 'in_flight'",
  )
  const completeKey = db.prepare<[number, number, string]>(
    "UPDATE idempotency_keys SET state = 'done', operation_id = ? WHERE member_id = ? AND key = ?",
  )
  const insertOperation = db.prepare(
    `INSERT INTO payment_operations (member_id, kind, origin_product_id, destination_product_id, amount_minor,
       fee_minor, currency, reference, receipt_number, verification_code, idempotency_key, posted_at, day, receipt)
     VALUES (@memberId, 'own', @origin, @destination, @amount, 0, @currency, 'Pago de obligaciones',
       @receiptNumber, @code, @key, @t, @day, @receipt)`,
  )
  const setOperationReceipt = db.prepare<[string, string, number]>(
    'UPDATE payment_operations SET receipt = ?, receipt_number = ? WHERE id = ?',
  )
  const insertPayment = db.prepare<[number, number, string, string]>(
    'INSERT INTO obligation_payments (operation_id, member_id, receipt_number, receipt) VALUES (?, ?, ?, ?)',
  )
  const insertLine = db.prepare<[number, string, number, string]>(
    'INSERT INTO obligation_payment_lines (operation_id, product_id, amount_minor, posted_on) VALUES (?, ?, ?, ?)',
  )
  const moveProduct = db.prepare<[number, string], { balance_minor: number }>(
    'UPDATE products SET balance_minor = balance_minor + ? WHERE id = ? RETURNING balance_minor',
  )
  const insertMovement = db.prepare<[string, string, string, number, number]>(
    `INSERT INTO movements (product_id, posted_on, description, amount_minor, balance_minor)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const markPaid = db.prepare<[string, string, number]>(
    'UPDATE loan_installments SET paid_on = ? WHERE product_id = ? AND number = ?',
  )
  const byNumber = db.prepare<[string, number], { receipt: string }>(
    'SELECT receipt FROM obligation_payments WHERE receipt_number = ? AND member_id = ?',
  )

  function payable(row: ObligationRow, cutoff: string): Payable {
    const monthly = row.monthly_payment_minor ?? 0
    const base = {
      id: row.id,
      kind: row.kind,
      obligation: `${row.code ?? '1'} - ${maskAccountNumber(row.number)}`,
      concept: row.name,
      collection: 'counter' as const,
    }
    if (row.kind === 'loan') {
      const installments = unpaid.all(row.id)
      const overdue = installments.filter((i) => i.due_on <= cutoff)
      const sum = (xs: InstallmentRow[]) => xs.reduce((s, i) => s + i.total_minor, 0)
      const next = overdue.length > 0 ? sum(overdue) : (installments[0]?.total_minor ?? 0)
      return {
        row,
        installments,
        view: {
          ...base,
          nextDue: m(next),
          dueDate: installments[0]?.due_on ?? null,
          overdue: m(sum(overdue)),
          maxAmount: m(sum(installments)),
        },
      }
    }
    const paid = paidSince.get(row.id, cutoff)!.total
    const contribution = row.kind === 'contribution'
    // Aportes: the month's contribution less what was already paid; others: what is pending.
    const next = contribution ? Math.max(0, monthly - paid) : Math.max(0, row.balance_minor)
    return {
      row,
      installments: [],
      view: {
        ...base,
        nextDue: m(next),
        dueDate: monthly > 0 ? monthAfter(cutoff, contribution ? 28 : 15) : null,
        overdue: m(0),
        maxAmount: m(contribution ? monthly * CONTRIBUTION_MONTHS_AHEAD : next + monthly),
      },
    }
  }

  const payables = (memberId: number) => {
    const cutoff = cutoffDate(now())
    return { cutoff, list: obligationsOf.all(memberId).map((r) => payable(r, cutoff)) }
  }

  /** The draft's obligations and accounts, each the member's own (another's looks unknown). */
  function resolve(memberId: number, draft: ObligationPaymentDraft) {
    const wrongCurrency = [...draft.lines, ...draft.sources].some((x) => x.amount.currency !== currency)
    if (wrongCurrency) throw new KioskError('VALIDATION', `Payments are in ${currency}`)
    const { list } = payables(memberId)
    const lines = draft.lines.map((l) => {
      const p = list.find((x) => x.row.id === l.obligationId)
      if (!p) throw new KioskError('NOT_FOUND', 'No such obligation of yours')
      return { p, amount: l.amount.amountMinor }
    })
    const sources = draft.sources.map((s) => {
      const a = account.get(s.accountId, memberId)
      if (!a) throw new KioskError('NOT_FOUND', 'No such account of yours')
      return { a, amount: s.amount.amountMinor }
    })
    return { list, lines, sources, total: lines.reduce((s, l) => s + l.amount, 0) }
  }
  type Resolved = ReturnType<typeof resolve>

  /** Seed 000's "Requisitos": every rule the payment must meet, each decided here. */
  function evaluate(memberId: number, draft: ObligationPaymentDraft, r: Resolved, at: number): Requirement[] {
    const rows: Requirement[] = []
    const overdueOnes = r.list.filter((p) => p.view.overdue.amountMinor > 0)
    for (const { p, amount } of r.lines) {
      const limit = draft.mode === 'overdue' ? p.view.overdue.amountMinor : p.view.maxAmount.amountMinor
      const meets = draft.mode === 'overdue' ? amount === limit : amount <= limit
      rows.push({
        id: 'amount_allowed',
        subject: p.view.obligation,
        meets,
        required: m(amount),
        available: m(limit),
      })
    }
    if (draft.mode === 'overdue') {
      // The overdue balance is paid in full: every overdue obligation, each for what is overdue.
      const missing = overdueOnes.filter((o) => !r.lines.some((l) => l.p.row.id === o.row.id))
      for (const o of missing)
        rows.push({
          id: 'amount_allowed',
          subject: o.view.obligation,
          meets: false,
          required: m(0),
          available: o.view.overdue,
        })
    }
    const funded = r.sources.reduce((s, x) => s + x.amount, 0)
    rows.push({
      id: 'sources_total',
      subject: '',
      meets: funded === r.total,
      required: m(r.total),
      available: m(funded),
    })
    for (const { a, amount } of r.sources) {
      const available = Math.max(0, a.balance_minor - a.held_minor)
      rows.push({
        id: 'savings_balance',
        subject: `${a.name} ${maskAccountNumber(a.number)}`,
        meets: available >= amount,
        required: m(amount),
        available: m(available),
      })
    }
    const left = Math.max(0, rules.perDayMinor - sentToday.get(memberId, utcDay(at))!.total)
    rows.push({
      id: 'daily_limit',
      subject: '',
      meets: r.total <= left,
      required: m(r.total),
      available: m(left),
    })
    return rows
  }

  /** The refusal a failed requirement stands for (the first one, in table order). */
  function refusalOf(rows: Requirement[]): KioskError | null {
    const failed = rows.find((x) => !x.meets)
    if (!failed) return null
    if (failed.id === 'savings_balance') return new KioskError('INSUFFICIENT_FUNDS', 'Not enough available')
    if (failed.id === 'daily_limit') return new KioskError('LIMIT_EXCEEDED', 'Over the daily limit')
    return new KioskError('VALIDATION', `Requirement not met: ${failed.id}`, {
      issues: [{ path: failed.id, message: failed.subject || 'not met' }],
    })
  }

  /** Moves one obligation's own balance and writes the movement its product screen lists. */
  function settleObligation(p: Payable, amount: number, day: string): void {
    const description = DESCRIPTION[p.row.kind]
    const post = (delta: number) => {
      if (delta === 0) return
      const after = moveProduct.get(delta, p.row.id)!.balance_minor
      insertMovement.run(p.row.id, day, description, delta, after)
    }
    if (p.row.kind === 'contribution') return post(amount)
    if (p.row.kind === 'other_obligation') return post(-amount)
    // A loan: whole installments oldest first are paid; what is left is a payment to capital.
    let left = amount
    let capital = 0
    for (const i of p.installments) {
      if (left < i.total_minor) break
      markPaid.run(day, p.row.id, i.number)
      left -= i.total_minor
      capital += i.principal_minor
    }
    post(-Math.min(p.row.balance_minor, capital + left))
  }

  function apply(memberId: number, key: string, draft: ObligationPaymentDraft): ObligationReceipt {
    return ledger.immediate(() => {
      const t = now().getTime()
      const day = utcDay(t)
      // Read inside the write lock: balances, what is due and today's total cannot change under us.
      const r = resolve(memberId, draft)
      const refusal = refusalOf(evaluate(memberId, draft, r, t))
      if (refusal) throw refusal
      const code = newCertificateCode()
      const first = r.sources[0]!.a
      const pending = `pending-${code}`
      const id = Number(
        insertOperation.run({
          memberId,
          origin: first.id,
          destination: r.lines[0]!.p.row.id,
          amount: r.total,
          currency,
          receiptNumber: pending,
          code,
          key,
          t,
          day,
          receipt: '{}',
        }).lastInsertRowid,
      )
      const receiptNumber = `PO${day.replaceAll('-', '')}${String(id).padStart(7, '0')}`
      const after = ledger.post(id, day, [
        ...r.sources.map(({ a, amount }) => ({
          account: { product: a.id },
          amountMinor: -amount,
          description: `Pago de obligaciones · ${receiptNumber}`,
        })),
        { account: { internal: 'clearing' as const }, amountMinor: r.total },
      ])
      for (const { p, amount } of r.lines) settleObligation(p, amount, day)
      const receipt: ObligationReceipt = {
        operationId: String(id),
        receiptNumber,
        verificationCode: code,
        status: 'completed',
        mode: draft.mode,
        lines: r.lines.map(({ p, amount }) => ({
          obligationId: p.row.id,
          kind: p.row.kind,
          obligation: p.view.obligation,
          concept: p.view.concept,
          amount: m(amount),
        })),
        sources: r.sources.map(({ a, amount }) => ({
          kind: 'savings' as const,
          name: a.name,
          maskedNumber: maskAccountNumber(a.number),
          amount: m(amount),
          balanceAfter: m(after.get(a.id)!),
        })),
        total: m(r.total),
        postedAt: new Date(t).toISOString(),
      }
      // What the shared by-key lookup and the public receipt check read: the payment as a move of own money.
      const asTransfer: TransferReceipt = {
        operationId: String(id),
        receiptNumber,
        verificationCode: code,
        status: 'completed',
        kind: 'own',
        origin: { name: first.name, maskedNumber: maskAccountNumber(first.number) },
        destination: {
          name: r.lines[0]!.p.view.concept,
          maskedNumber: maskAccountNumber(r.lines[0]!.p.row.number),
        },
        amount: m(r.total),
        fee: m(0),
        reference: 'Pago de obligaciones',
        postedAt: receipt.postedAt,
        originBalanceAfter: m(after.get(first.id)!),
      }
      setOperationReceipt.run(JSON.stringify(asTransfer), receiptNumber, id)
      insertPayment.run(id, memberId, receiptNumber, JSON.stringify(receipt))
      for (const { p, amount } of r.lines) insertLine.run(id, p.row.id, amount, day)
      completeKey.run(id, memberId, key)
      return receipt
    })
  }

  /** What the idempotency key is bound to: the request as sent, canonically. */
  const fingerprintOf = (draft: ObligationPaymentDraft) => sha256(canonicalJson(draft))

  return {
    list(memberId: number): ObligationList {
      const { cutoff, list } = payables(memberId)
      const sum = (f: (p: PayableObligation) => number) => m(list.reduce((s, p) => s + f(p.view), 0))
      return {
        cutoffDate: cutoff,
        currency,
        obligations: list.map((p) => p.view),
        totals: { nextDue: sum((p) => p.nextDue.amountMinor), overdue: sum((p) => p.overdue.amountMinor) },
      }
    },

    requirements(memberId: number, draft: ObligationPaymentDraft): Requirements {
      const r = resolve(memberId, draft)
      const rows = evaluate(memberId, draft, r, now().getTime())
      return { total: m(r.total), requirements: rows, met: rows.every((x) => x.meets) }
    },

    /** At most once per (member, key), as transfers: replay, 422 on another body, 409 while in flight. */
    async pay(memberId: number, key: string, draft: ObligationPaymentDraft, requestId: string) {
      const fingerprint = fingerprintOf(draft)
      const existing = keyRow.get(memberId, key)
      if (existing) {
        if (existing.fingerprint !== fingerprint)
          throw new KioskError('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with another request')
        if (existing.state === 'in_flight')
          throw new KioskError(
            'CONFLICT',
            'The first request with this Idempotency-Key is still being applied',
          )
        if (!existing.receipt)
          throw new KioskError('IDEMPOTENCY_MISMATCH', 'This key applied another operation')
        return JSON.parse(existing.receipt) as ObligationReceipt
      }
      reserveKey.run({ memberId, key, fingerprint, t: now().getTime() })
      let receipt: ObligationReceipt
      try {
        await faults.before(requestId)
        receipt = apply(memberId, key, draft)
      } catch (e) {
        releaseKey.run(memberId, key)
        throw e
      }
      await faults.after(requestId)
      return receipt
    },

    byKey(memberId: number, key: string): ObligationReceipt {
      const row = keyRow.get(memberId, key)
      if (!row) throw new KioskError('NOT_FOUND', 'Nothing was applied with this key')
      if (row.state === 'in_flight') throw new KioskError('CONFLICT', 'Still being applied')
      if (!row.receipt) throw new KioskError('NOT_FOUND', 'This key applied no obligation payment')
      return JSON.parse(row.receipt) as ObligationReceipt
    },

    receipt(memberId: number, receiptNumber: string): ObligationReceipt {
      const row = byNumber.get(receiptNumber, memberId)
      if (!row) throw new KioskError('NOT_FOUND', 'No such receipt of yours')
      return JSON.parse(row.receipt) as ObligationReceipt
    },
  }
}
export type Obligations = ReturnType<typeof createObligations>
