import { createHash, randomBytes, randomInt } from 'node:crypto'
import type { Database } from '../db/database'
import type {
  PseDraft,
  PseLimits,
  PsePayment,
  PseReceipt,
  PseStatus,
  PseVerification,
} from '../../shared/api/pse'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import { maskAccountNumber } from '../auth/mask'
import type { Ledger, PostingBook } from '../payments/ledger'
import type { FaultSwitch } from '../payments/faults'
import { canonicalJson } from '../payments/transfers'
import { newCertificateCode } from '../products/certificate-code'
import type { CooperativeProfile } from '../profiles'
import { PSE_RULES } from './rules'

interface PaymentRow {
  id: number
  payment_id: string
  member_id: number
  product_id: string
  amount_minor: number
  currency: string
  reference: string
  description: string
  status: PseStatus
  idempotency_key: string
  fingerprint: string
  checkout_url: string
  created_at: number
  pay_before: number
  receipt: string | null
  account_name: string
  account_number: string
}

export const PSE_DESCRIPTION = 'Recarga de ahorros desde otra entidad (PSE)'
/** What the bank's page may decide: pay, refuse, or leave it with the bank for later. */
export type PseDecision = 'approve' | 'reject' | 'pending'

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10)
const iso = (t: number) => new Date(t).toISOString()

export interface GatewayDeps {
  db: Database
  profile: CooperativeProfile
  now: () => Date
  ledger: Ledger
  faults: FaultSwitch
}

/**
 * The PSE gateway the sandbox plays: payments with reference, description, total and "Paga antes del",
 * a checkout link, the bank's decision (the demo page), and lazy expiry. Approval is one ledger
 * transaction: the money enters the member's savings from outside (an external leg).
 */
export function createPseGateway({ db, profile, now, ledger, faults }: GatewayDeps) {
  const rules = PSE_RULES[profile.id]
  const currency = profile.currency
  const m = (minor: number) => money(minor, currency)

  const SELECT = `SELECT p.*, pr.name AS account_name, pr.number AS account_number
    FROM pse_payments p JOIN products pr ON pr.id = p.product_id`
  const byPaymentId = db.prepare<[string], PaymentRow>(`${SELECT} WHERE p.payment_id = ?`)
  const byMemberKey = db.prepare<[number, string], PaymentRow>(
    `${SELECT} WHERE p.member_id = ? AND p.idempotency_key = ?`,
  )
  const byKey = db.prepare<[string], PaymentRow>(`${SELECT} WHERE p.idempotency_key = ? LIMIT 1`)
  const ownSavings = db.prepare<[string, number], { id: string }>(
    `SELECT id FROM products WHERE id = ? AND member_id = ? AND kind = 'savings' AND status = 'active'`,
  )
  const insert = db.prepare(
    `INSERT INTO pse_payments (payment_id, member_id, product_id, amount_minor, currency, reference, description,
       status, idempotency_key, fingerprint, checkout_url, created_at, pay_before)
     VALUES (@paymentId, @memberId, @productId, @amount, @currency, @reference, @description, 'created', @key,
       @fingerprint, @url, @t, @payBefore)`,
  )
  const setStatus = db.prepare<[PseStatus, number, number]>(
    'UPDATE pse_payments SET status = ?, decided_at = ? WHERE id = ?',
  )
  const approve = db.prepare<[number, string, string, number]>(
    `UPDATE pse_payments SET status = 'approved', decided_at = ?, receipt = ?, verification_code = ?
     WHERE id = ?`,
  )
  const byCode = db.prepare<[string], { receipt: string }>(
    'SELECT receipt FROM pse_payments WHERE verification_code = ?',
  )
  const insertPosting = db.prepare<[number, string, number, number | null]>(
    'INSERT INTO pse_postings (payment_row, account, amount_minor, movement_id) VALUES (?, ?, ?, ?)',
  )
  const external = db.prepare<[], { total: number }>(
    "SELECT coalesce(sum(amount_minor), 0) AS total FROM pse_postings WHERE account LIKE 'external:%'",
  )
  const unbalanced = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT payment_row FROM pse_postings GROUP BY payment_row
       HAVING sum(amount_minor) <> 0)`,
  )
  const book: PostingBook = {
    record: (row, account, amount, movement) => void insertPosting.run(row, account, amount, movement),
    externalMinor: () => external.get()!.total,
    unbalancedOperations: () => unbalanced.get()!.n,
  }
  ledger.addBook(book)
  // Keys whose creation is being applied (one sandbox process): a look-up or a repeat meanwhile is 409.
  const inFlight = new Set<string>()
  const requireSettled = (key: string) => {
    if (inFlight.has(key))
      throw new KioskError('CONFLICT', 'The first request with this key is still being applied')
  }

  const view = (r: PaymentRow): PsePayment => ({
    paymentId: r.payment_id,
    idempotencyKey: r.idempotency_key,
    reference: r.reference,
    description: r.description,
    account: { name: r.account_name, maskedNumber: maskAccountNumber(r.account_number) },
    total: m(r.amount_minor),
    payBefore: iso(r.pay_before),
    checkoutUrl: r.checkout_url,
    status: r.status,
    createdAt: iso(r.created_at),
    ...(r.receipt ? { receipt: JSON.parse(r.receipt) as PseReceipt } : {}),
  })

  /** An unpaid payment past "Paga antes del" is expired from then on. */
  function fresh(r: PaymentRow): PaymentRow {
    const t = now().getTime()
    if (r.status === 'created' && t > r.pay_before) {
      setStatus.run('expired', t, r.id)
      return { ...r, status: 'expired' }
    }
    return r
  }

  function owned(memberId: number, paymentId: string): PaymentRow {
    const row = byPaymentId.get(paymentId)
    // Another member's payment looks like an unknown one.
    if (!row || row.member_id !== memberId) throw new KioskError('NOT_FOUND', 'No such PSE payment of yours')
    return fresh(row)
  }

  function checkDraft(memberId: number, draft: PseDraft): void {
    if (draft.amount.currency !== currency)
      throw new KioskError('VALIDATION', `PSE payments are in ${currency}`, {
        issues: [{ path: 'amount.currency', message: `must be ${currency}` }],
      })
    if (!ownSavings.get(draft.accountId, memberId))
      throw new KioskError('NOT_FOUND', 'No such account of yours')
    if (draft.amount.amountMinor < rules.minimumMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Under the minimum of a PSE payment')
    if (draft.amount.amountMinor > rules.perOperationMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Over the limit of a PSE payment')
  }

  /** The existing payment of a key: the same one for the same body, 422 for another. */
  function replay(row: PaymentRow | undefined, fingerprint: string): PsePayment | null {
    if (!row) return null
    if (row.fingerprint !== fingerprint)
      throw new KioskError('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with another request')
    return view(fresh(row))
  }

  function settleApproved(row: PaymentRow): void {
    const t = now().getTime()
    const day = utcDay(t)
    const after = ledger.post(
      row.id,
      day,
      [
        {
          account: { product: row.product_id },
          amountMinor: row.amount_minor,
          description: `Recarga PSE · Ref. ${row.reference}`,
        },
        { account: { external: 'pse' }, amountMinor: -row.amount_minor },
      ],
      book,
    )
    const code = newCertificateCode()
    const receipt: PseReceipt = {
      receiptNumber: `PS${day.replaceAll('-', '')}${String(row.id).padStart(7, '0')}`,
      verificationCode: code,
      account: { name: row.account_name, maskedNumber: maskAccountNumber(row.account_number) },
      amount: m(row.amount_minor),
      reference: row.reference,
      postedAt: iso(t),
      balanceAfter: m(after.get(row.product_id)!),
    }
    approve.run(t, JSON.stringify(receipt), code, row.id)
  }

  return {
    limits(): PseLimits {
      return {
        perOperation: m(rules.perOperationMinor),
        minimum: m(rules.minimumMinor),
        validMinutes: rules.validMinutes,
      }
    },

    /** One payment per (member, key); the checkout link is made on the gateway's own address. */
    async create(
      memberId: number,
      key: string,
      draft: PseDraft,
      requestId: string,
      origin: string,
    ): Promise<PsePayment> {
      const fingerprint = sha256(canonicalJson(draft))
      requireSettled(key)
      const existing = replay(byMemberKey.get(memberId, key), fingerprint)
      if (existing) return existing
      checkDraft(memberId, draft)
      inFlight.add(key)
      try {
        await faults.before(requestId)
      } finally {
        inFlight.delete(key)
      }
      const payment = ledger.immediate(() => {
        // A repeat that arrived while the first waited: the first one's payment, never a second.
        const again = replay(byMemberKey.get(memberId, key), fingerprint)
        if (again) return again
        const paymentId = randomBytes(18).toString('base64url')
        const t = now().getTime()
        insert.run({
          paymentId,
          memberId,
          productId: draft.accountId,
          amount: draft.amount.amountMinor,
          currency,
          reference: String(randomInt(1e9)).padStart(9, '0') + String(randomInt(1e6)).padStart(6, '0'),
          description: PSE_DESCRIPTION,
          key,
          fingerprint,
          url: `${origin}/sandbox/pse/checkout/${paymentId}`,
          t,
          payBefore: t + rules.validMinutes * 60_000,
        })
        return view(byPaymentId.get(paymentId)!)
      })
      await faults.after(requestId)
      return payment
    },

    status: (memberId: number, paymentId: string): PsePayment => view(owned(memberId, paymentId)),

    cancel(memberId: number, paymentId: string): PsePayment {
      return ledger.immediate(() => {
        const row = owned(memberId, paymentId)
        if (row.status === 'cancelled') return view(row)
        if (row.status !== 'created')
          throw new KioskError('CONFLICT', `The payment is ${row.status}; it can no longer be cancelled`)
        setStatus.run('cancelled', now().getTime(), row.id)
        return view({ ...row, status: 'cancelled' })
      })
    },

    byKey(key: string): PsePayment {
      requireSettled(key)
      const row = byKey.get(key)
      if (!row) throw new KioskError('NOT_FOUND', 'No PSE payment with this key')
      return view(fresh(row))
    },

    verify(code: string): PseVerification {
      const row = byCode.get(code)
      if (!row) throw new KioskError('NOT_FOUND', 'No receipt with this code')
      const r = JSON.parse(row.receipt) as PseReceipt
      return {
        receiptNumber: r.receiptNumber,
        amount: r.amount,
        postedAt: r.postedAt,
        account: r.account.maskedNumber,
        reference: r.reference,
      }
    },

    /** The demo page's payment, by its link (no session: the link is the bank's). */
    checkout(paymentId: string): PsePayment | null {
      const row = byPaymentId.get(paymentId)
      return row ? view(fresh(row)) : null
    },

    /**
     * The bank's answer: approve (the money arrives, once), reject, or leave it pending at the bank.
     * Only an open payment (created or pending) can be decided; a final one answers 409.
     */
    decide(paymentId: string, decision: PseDecision): PsePayment {
      return ledger.immediate(() => {
        const found = byPaymentId.get(paymentId)
        if (!found) throw new KioskError('NOT_FOUND', 'No such PSE payment')
        const row = fresh(found)
        if (row.status !== 'created' && row.status !== 'pending')
          throw new KioskError('CONFLICT', `The payment is already ${row.status}`)
        if (decision === 'approve') settleApproved(row)
        else setStatus.run(decision === 'reject' ? 'rejected' : 'pending', now().getTime(), row.id)
        return view(byPaymentId.get(paymentId)!)
      })
    },
  }
}
export type PseGateway = ReturnType<typeof createPseGateway>
