import { createHash } from 'node:crypto'
import type { BillPaymentKind, BillReceipt } from '../../shared/api/bills'
import type { PaymentParty } from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import { maskAccountNumber } from '../auth/mask'
import type { Database } from '../db/database'
import { CARD_PAYMENT_DESCRIPTION } from '../products/ledger-rules'
import { newCertificateCode } from '../products/certificate-code'
import type { CooperativeProfile } from '../profiles'
import type { FaultSwitch } from '../payments/faults'
import type { Ledger, PostingBook } from '../payments/ledger'
import { canonicalJson } from '../payments/transfers'
import { TRANSFER_RULES } from '../payments/rules'

export interface AccountRow {
  id: string
  name: string
  number: string
  balance_minor: number
  held_minor: number
}

/** One payment as the ledger applies it: savings → clearing (+ fee income), and a card's debt lowered. */
export interface PaymentPlan {
  kind: BillPaymentKind
  origin: AccountRow
  /** The service, card product or other card paid. */
  targetId: string
  /** A bill's month (YYYY-MM): paid once per month. */
  period: string | null
  amountMinor: number
  feeMinor: number
  automatic: boolean
  destination: PaymentParty
  /** The line in the savings account's movements. */
  description: string
  /** Own cards: the card product whose balance goes down. */
  cardProductId?: string
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10)

/**
 * Applying bill and card payments: one BEGIN IMMEDIATE transaction each through the shared ledger, the
 * Idempotency-Key rules of transfers (replay, 422 another body, 409 in flight) and the fault switch.
 */
export function createBillMoney(deps: {
  db: Database
  profile: CooperativeProfile
  now: () => Date
  ledger: Ledger
  faults: FaultSwitch
}) {
  const { db, profile, now, ledger, faults } = deps
  const currency = profile.currency
  const m = (minor: number) => money(minor, currency)

  const ownAccount = db.prepare<[string, number], AccountRow>(
    `SELECT p.id, p.name, p.number, p.balance_minor,
       coalesce(json_extract(t.terms, '$.heldMinor'), 0) AS held_minor
     FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.id = ? AND p.member_id = ? AND p.kind = 'savings' AND p.status = 'active'`,
  )
  const keyRow = db.prepare<
    [number, string],
    { fingerprint: string; state: 'in_flight' | 'done'; receipt: string | null }
  >(
    `SELECT k.fingerprint, k.state, o.receipt FROM bill_idempotency_keys k
     LEFT JOIN bill_operations o ON o.id = k.operation_id WHERE k.member_id = ? AND k.key = ?`,
  )
  const keyAnyMember = db.prepare<[string], { state: 'in_flight' | 'done'; receipt: string | null }>(
    `SELECT k.state, o.receipt FROM bill_idempotency_keys k
     LEFT JOIN bill_operations o ON o.id = k.operation_id WHERE k.key = ? LIMIT 1`,
  )
  const reserveKey = db.prepare(
    `INSERT INTO bill_idempotency_keys (member_id, key, route, fingerprint, state, created_at)
     VALUES (@memberId, @key, @route, @fingerprint, 'in_flight', @t)`,
  )
  const releaseKey = db.prepare<[number, string]>(
    "DELETE FROM bill_idempotency_keys WHERE member_id = ? AND key = ? AND state = 'in_flight'",
  )
  const completeKey = db.prepare<[number, number, string]>(
    "UPDATE bill_idempotency_keys SET state = 'done', operation_id = ? WHERE member_id = ? AND key = ?",
  )
  const insertOperation = db.prepare(
    `INSERT INTO bill_operations (member_id, kind, origin_product_id, target_id, period, amount_minor,
       fee_minor, automatic, receipt_number, verification_code, posted_at, receipt)
     VALUES (@memberId, @kind, @origin, @target, @period, @amount, @fee, @automatic, @pending, @code, @t, '{}')`,
  )
  const setReceipt = db.prepare<[string, string, number]>(
    'UPDATE bill_operations SET receipt = ?, receipt_number = ? WHERE id = ?',
  )
  const insertPosting = db.prepare<[number, string, number, number | null]>(
    'INSERT INTO bill_postings (operation_id, account, amount_minor, movement_id) VALUES (?, ?, ?, ?)',
  )
  // This module's postings live in bill_postings: a book of the ledger's, so the invariant counts them.
  const unbalanced = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT operation_id FROM bill_postings GROUP BY operation_id
       HAVING sum(amount_minor) <> 0)`,
  )
  const billBook: PostingBook = {
    record: (op, account, amount, movement) => void insertPosting.run(op, account, amount, movement),
    // Bills and cards pay out through clearing: nothing enters or leaves the cooperative here.
    externalMinor: () => 0,
    unbalancedOperations: () => unbalanced.get()!.n,
  }
  ledger.addBook(billBook)
  const lowerCard = db.prepare<[number, string], { balance_minor: number }>(
    `UPDATE products SET balance_minor = balance_minor - ? WHERE id = ? AND kind = 'card'
     RETURNING balance_minor`,
  )
  const cardMovement = db.prepare<[string, string, number, number]>(
    `INSERT INTO movements (product_id, posted_on, description, amount_minor, balance_minor)
     VALUES (?, ?, '${CARD_PAYMENT_DESCRIPTION}', ?, ?)`,
  )

  const available = (a: AccountRow) => Math.max(0, a.balance_minor - a.held_minor)

  /**
   * Posts one plan; call inside `ledger.immediate`. Checks the limit and the funds (amount + fee
   * against what is available) first, so a refusal moves nothing.
   */
  function applyPlan(memberId: number, plan: PaymentPlan): BillReceipt {
    if (plan.amountMinor > TRANSFER_RULES[profile.id].perOperationMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Over the limit per operation')
    if (available(plan.origin) < plan.amountMinor + plan.feeMinor)
      throw new KioskError('INSUFFICIENT_FUNDS', 'Not enough available')
    const t = now().getTime()
    const day = utcDay(t)
    const code = newCertificateCode()
    const id = Number(
      insertOperation.run({
        memberId,
        kind: plan.kind,
        origin: plan.origin.id,
        target: plan.targetId,
        period: plan.period,
        amount: plan.amountMinor,
        fee: plan.feeMinor,
        automatic: plan.automatic ? 1 : 0,
        pending: `pending-${code}`,
        code,
        t,
      }).lastInsertRowid,
    )
    const after = ledger.post(
      id,
      day,
      [
        {
          account: { product: plan.origin.id },
          amountMinor: -plan.amountMinor,
          description: plan.description,
        },
        // The company's (or the card portfolio's) money waits in clearing until it is settled.
        { account: { internal: 'clearing' }, amountMinor: plan.amountMinor },
        ...(plan.feeMinor > 0
          ? [
              {
                account: { product: plan.origin.id },
                amountMinor: -plan.feeMinor,
                description: 'Costo pago',
              },
              { account: { internal: 'fee_income' as const }, amountMinor: plan.feeMinor },
            ]
          : []),
      ],
      billBook,
    )
    if (plan.cardProductId) {
      const card = lowerCard.get(plan.amountMinor, plan.cardProductId)
      if (!card) throw new KioskError('NOT_FOUND', 'No such card')
      cardMovement.run(plan.cardProductId, day, -plan.amountMinor, card.balance_minor)
    }
    const receiptNumber = `PS${day.replaceAll('-', '')}${String(id).padStart(7, '0')}`
    const receipt: BillReceipt = {
      operationId: String(id),
      receiptNumber,
      verificationCode: code,
      status: 'completed',
      kind: plan.kind,
      origin: { name: plan.origin.name, maskedNumber: maskAccountNumber(plan.origin.number) },
      destination: plan.destination,
      amount: m(plan.amountMinor),
      fee: m(plan.feeMinor),
      postedAt: new Date(t).toISOString(),
      automatic: plan.automatic,
      originBalanceAfter: m(after.get(plan.origin.id)!),
    }
    setReceipt.run(JSON.stringify(receipt), receiptNumber, id)
    return receipt
  }

  return {
    currency,
    m,
    available,

    /** The member's own active savings account (another member's looks unknown). */
    own(memberId: number, id: string): AccountRow {
      const row = ownAccount.get(id, memberId)
      if (!row) throw new KioskError('NOT_FOUND', 'No such account of yours')
      return row
    },

    applyPlan,

    /**
     * Applies `plan()` at most once per (member, key): a repeat replays the stored receipt, another body
     * is 422, a repeat while the first is applied 409. A refusal releases the key.
     */
    async keyed(
      memberId: number,
      key: string,
      route: string,
      body: unknown,
      requestId: string,
      plan: () => PaymentPlan,
    ): Promise<BillReceipt> {
      const fingerprint = sha256(canonicalJson({ route, body }))
      const existing = keyRow.get(memberId, key)
      if (existing) {
        if (existing.fingerprint !== fingerprint)
          throw new KioskError('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with another request')
        if (existing.state === 'in_flight')
          throw new KioskError(
            'CONFLICT',
            'The first request with this Idempotency-Key is still being applied',
          )
        return JSON.parse(existing.receipt!) as BillReceipt
      }
      reserveKey.run({ memberId, key, route, fingerprint, t: now().getTime() })
      let receipt: BillReceipt
      try {
        await faults.before(requestId)
        receipt = ledger.immediate(() => {
          // Read inside the write lock: the balance and the amount due cannot change under us.
          const r = applyPlan(memberId, plan())
          completeKey.run(Number(r.operationId), memberId, key)
          return r
        })
      } catch (e) {
        releaseKey.run(memberId, key)
        throw e
      }
      await faults.after(requestId)
      return receipt
    },

    byKey(key: string): BillReceipt {
      const row = keyAnyMember.get(key)
      if (!row) throw new KioskError('NOT_FOUND', 'Nothing was applied with this key')
      if (row.state === 'in_flight') throw new KioskError('CONFLICT', 'Still being applied')
      return JSON.parse(row.receipt!) as BillReceipt
    },
  }
}
export type BillMoney = ReturnType<typeof createBillMoney>
