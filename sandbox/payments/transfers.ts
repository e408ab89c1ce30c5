import { createHash } from 'node:crypto'
import type { Database } from '../db/database'
import type {
  MemberRef,
  OperationByKey,
  PaymentAccounts,
  PaymentParty,
  ReceiptVerification,
  TransferAuthorises,
  TransferChallenge,
  TransferDraft,
  TransferExecute,
  TransferReceipt,
} from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import { maskAccountNumber, maskName } from '../auth/mask'
import { normalizeIdNumber } from '../credentials/member-credentials'
import { newCertificateCode } from '../products/certificate-code'
import type { CooperativeProfile } from '../profiles'
import type { Challenges } from './challenges'
import type { FaultSwitch } from './faults'
import type { Ledger } from './ledger'
import { TRANSFER_RULES } from './rules'

interface AccountRow {
  id: string
  member_id: number
  name: string
  number: string
  balance_minor: number
  held_minor: number
}

interface Resolved {
  kind: TransferDraft['destination']['kind']
  origin: AccountRow
  destination: AccountRow
  holderName: string | null
  draft: TransferDraft
}

/** Canonical JSON (sorted keys), so one request always has one fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10)

export interface TransferDeps {
  db: Database
  profile: CooperativeProfile
  now: () => Date
  ledger: Ledger
  challenges: Challenges
  faults: FaultSwitch
}

/**
 * Transfers between a member's own savings accounts and to another member's (seeds 002, 004): limits,
 * fees, the code bound to the operation, the idempotency key and the ledger posting.
 */
export function createTransfers(deps: TransferDeps) {
  const { db, profile, now, ledger, challenges, faults } = deps
  const currency = profile.currency
  const rules = TRANSFER_RULES[profile.id]
  const m = (minor: number) => money(minor, currency)

  const ACCOUNT_COLUMNS = `p.id, p.member_id, p.name, p.number, p.balance_minor,
    coalesce(json_extract(t.terms, '$.heldMinor'), 0) AS held_minor`
  const ownAccounts = db.prepare<[number], AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.member_id = ? AND p.kind = 'savings' AND p.status = 'active' ORDER BY p.sort_order`,
  )
  const ownAccount = db.prepare<[string, number], AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.id = ? AND p.member_id = ? AND p.kind = 'savings' AND p.status = 'active'`,
  )
  const memberAccount = db.prepare<
    { by: string; value: string; number: string },
    AccountRow & { full_name: string }
  >(
    `SELECT ${ACCOUNT_COLUMNS}, m.full_name FROM products p JOIN members m ON m.id = p.member_id
       LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.number = @number AND p.kind = 'savings' AND p.status = 'active'
       AND ((@by = 'memberNumber' AND m.member_number = @value) OR (@by = 'idNumber' AND m.id_number = @value))`,
  )
  const sentToday = db.prepare<[number, string], { total: number }>(
    'SELECT coalesce(sum(amount_minor), 0) AS total FROM payment_operations WHERE member_id = ? AND day = ?',
  )
  const keyRow = db.prepare<
    [number, string],
    { fingerprint: string; state: 'in_flight' | 'done'; receipt: string | null }
  >(
    `SELECT k.fingerprint, k.state, o.receipt FROM idempotency_keys k
     LEFT JOIN payment_operations o ON o.id = k.operation_id WHERE k.member_id = ? AND k.key = ?`,
  )
  const keyAnyMember = db.prepare<[string], { state: 'in_flight' | 'done'; receipt: string | null }>(
    `SELECT k.state, o.receipt FROM idempotency_keys k
     LEFT JOIN payment_operations o ON o.id = k.operation_id WHERE k.key = ? LIMIT 1`,
  )
  const reserveKey = db.prepare(
    `INSERT INTO idempotency_keys (member_id, key, route, fingerprint, state, created_at)
     VALUES (@memberId, @key, 'transferExecute', @fingerprint, 'in_flight', @t)`,
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
     VALUES (@memberId, @kind, @origin, @destination, @amount, @fee, @currency, @reference, @receiptNumber,
       @code, @key, @t, @day, '{}')`,
  )
  const setReceipt = db.prepare<[string, string, number]>(
    'UPDATE payment_operations SET receipt = ?, receipt_number = ? WHERE id = ?',
  )
  const byNumber = db.prepare<[string, number], { receipt: string }>(
    'SELECT receipt FROM payment_operations WHERE receipt_number = ? AND member_id = ?',
  )
  const byCode = db.prepare<[string], { receipt: string }>(
    'SELECT receipt FROM payment_operations WHERE verification_code = ?',
  )

  const own = (memberId: number, id: string) => {
    const row = ownAccount.get(id, memberId)
    // Another member's product (or a loan, a closed account) looks like an unknown one.
    if (!row) throw new KioskError('NOT_FOUND', 'No such account of yours')
    return row
  }
  const available = (a: AccountRow) => Math.max(0, a.balance_minor - a.held_minor)

  function otherMember(ref: MemberRef, accountNumber: string) {
    const value = ref.by === 'idNumber' ? normalizeIdNumber(ref.value) : ref.value
    const row = memberAccount.get({ by: ref.by, value, number: accountNumber })
    if (!row) throw new KioskError('NOT_FOUND', 'No such account for that member')
    return row
  }

  const partyOf = (a: AccountRow, holder?: string | null): PaymentParty => ({
    name: a.name,
    maskedNumber: maskAccountNumber(a.number),
    ...(holder ? { maskedHolder: maskName(holder) } : {}),
  })

  function resolve(memberId: number, draft: TransferDraft): Resolved {
    if (draft.amount.currency !== currency)
      throw new KioskError('VALIDATION', `Transfers are in ${currency}`, {
        issues: [{ path: 'amount.currency', message: `must be ${currency}` }],
      })
    const origin = own(memberId, draft.originAccountId)
    let destination: AccountRow
    let holderName: string | null = null
    if (draft.destination.kind === 'own') destination = own(memberId, draft.destination.accountId)
    else {
      const row = otherMember(draft.destination.member, draft.destination.accountNumber)
      if (row.member_id === memberId)
        throw new KioskError('NOT_FOUND', 'Use a transfer between your accounts')
      destination = row
      holderName = row.full_name
    }
    if (destination.id === origin.id)
      throw new KioskError('VALIDATION', 'Origin and destination are the same account', {
        issues: [{ path: 'destination', message: 'same as origin' }],
      })
    return { kind: draft.destination.kind, origin, destination, holderName, draft }
  }

  /** Limits, then funds (amount + fee against what is available, holds excluded). */
  function requireAllowed(memberId: number, r: Resolved, at: number): number {
    const amount = r.draft.amount.amountMinor
    const fee = rules.fee[r.kind]
    if (amount > rules.perOperationMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Over the limit per operation')
    if (sentToday.get(memberId, utcDay(at))!.total + amount > rules.perDayMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Over the daily limit')
    if (available(r.origin) < amount + fee) throw new KioskError('INSUFFICIENT_FUNDS', 'Not enough available')
    return fee
  }

  function authorises(r: Resolved, fee: number): TransferAuthorises {
    const amount = r.draft.amount.amountMinor
    return {
      kind: r.kind,
      origin: partyOf(r.origin),
      destination: partyOf(r.destination, r.holderName),
      amount: m(amount),
      fee: m(fee),
      total: m(amount + fee),
      reference: r.draft.reference,
    }
  }

  /** What the code is bound to: the resolved accounts, amount, currency and reference. */
  const operationFingerprint = (r: Resolved) =>
    sha256(
      canonicalJson({
        origin: r.origin.id,
        destination: r.destination.id,
        amountMinor: r.draft.amount.amountMinor,
        currency: r.draft.amount.currency,
        reference: r.draft.reference,
      }),
    )
  /** What the idempotency key is bound to: the request as sent, without the code (retyped after a wrong one). */
  const requestFingerprint = (body: TransferExecute) => {
    const { code: _c, challengeId: _ch, ...draft } = body
    return sha256(canonicalJson(draft))
  }

  function apply(memberId: number, key: string, body: TransferExecute): TransferReceipt {
    let refusal: KioskError | null = null
    const receipt = ledger.immediate((): TransferReceipt | null => {
      const t = now().getTime()
      // Read inside the write lock: balances and today's total cannot change under us.
      const r = resolve(memberId, body)
      refusal = challenges.check(memberId, 'transfer', body.challengeId, operationFingerprint(r), body.code)
      // A wrong code's try is committed with nothing else, then refused below.
      if (refusal) return null
      const fee = requireAllowed(memberId, r, t)
      const amount = r.draft.amount.amountMinor
      const day = utcDay(t)
      const code = newCertificateCode()
      const id = Number(
        insertOperation.run({
          memberId,
          kind: r.kind,
          origin: r.origin.id,
          destination: r.destination.id,
          amount,
          fee,
          currency,
          reference: r.draft.reference,
          receiptNumber: `pending-${code}`,
          code,
          key,
          t,
          day,
        }).lastInsertRowid,
      )
      const toMasked = maskAccountNumber(r.destination.number)
      const fromMasked = maskAccountNumber(r.origin.number)
      const after = ledger.post(id, day, [
        {
          account: { product: r.origin.id },
          amountMinor: -amount,
          description: `Transferencia a ${toMasked} · ${r.draft.reference}`,
        },
        {
          account: { product: r.destination.id },
          amountMinor: amount,
          description: `Transferencia de ${fromMasked} · ${r.draft.reference}`,
        },
        ...(fee > 0
          ? [
              { account: { product: r.origin.id }, amountMinor: -fee, description: 'Costo transferencia' },
              { account: { internal: 'fee_income' as const }, amountMinor: fee },
            ]
          : []),
      ])
      const receiptNumber = `TR${day.replaceAll('-', '')}${String(id).padStart(7, '0')}`
      const result: TransferReceipt = {
        operationId: String(id),
        receiptNumber,
        verificationCode: code,
        status: 'completed',
        kind: r.kind,
        origin: partyOf(r.origin),
        destination: partyOf(r.destination, r.holderName),
        amount: m(amount),
        fee: m(fee),
        reference: r.draft.reference,
        postedAt: new Date(t).toISOString(),
        originBalanceAfter: m(after.get(r.origin.id)!),
      }
      setReceipt.run(JSON.stringify(result), receiptNumber, id)
      completeKey.run(id, memberId, key)
      return result
    })
    if (refusal) throw refusal
    return receipt!
  }

  return {
    accounts(memberId: number): PaymentAccounts {
      return {
        accounts: ownAccounts.all(memberId).map((a) => ({
          id: a.id,
          name: a.name,
          maskedNumber: maskAccountNumber(a.number),
          available: m(available(a)),
        })),
        rules: {
          perOperation: m(rules.perOperationMinor),
          perDay: m(rules.perDayMinor),
          usedToday: m(sentToday.get(memberId, utcDay(now().getTime()))!.total),
          fees: { own: m(rules.fee.own), member: m(rules.fee.member) },
        },
      }
    },

    checkDestination(memberId: number, ref: MemberRef, accountNumber: string): PaymentParty {
      const row = otherMember(ref, accountNumber)
      if (row.member_id === memberId)
        throw new KioskError('NOT_FOUND', 'Use a transfer between your accounts')
      return partyOf(row, row.full_name)
    },

    authorize(memberId: number, draft: TransferDraft): TransferChallenge {
      const r = resolve(memberId, draft)
      const fee = requireAllowed(memberId, r, now().getTime())
      return challenges.issue(memberId, 'transfer', operationFingerprint(r), authorises(r, fee))
    },

    resend: (memberId: number, challengeId: string) => challenges.resend(memberId, 'transfer', challengeId),

    /**
     * Applies at most once per (member, key): a repeat replays the stored receipt, another body is 422,
     * a repeat while the first is being applied is 409. A refusal releases the key (nothing applied).
     */
    async execute(
      memberId: number,
      key: string,
      body: TransferExecute,
      requestId: string,
    ): Promise<TransferReceipt> {
      const fingerprint = requestFingerprint(body)
      const existing = keyRow.get(memberId, key)
      if (existing) {
        if (existing.fingerprint !== fingerprint)
          throw new KioskError('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with another request')
        if (existing.state === 'in_flight')
          throw new KioskError(
            'CONFLICT',
            'The first request with this Idempotency-Key is still being applied',
          )
        return JSON.parse(existing.receipt!) as TransferReceipt
      }
      reserveKey.run({ memberId, key, fingerprint, t: now().getTime() })
      let receipt: TransferReceipt
      try {
        await faults.before(requestId)
        receipt = apply(memberId, key, body)
      } catch (e) {
        releaseKey.run(memberId, key)
        throw e
      }
      await faults.after(requestId)
      return receipt
    },

    /** For reconciliation: what a key applied (404 none, 409 still in flight). */
    byKey(key: string): OperationByKey {
      const row = keyAnyMember.get(key)
      if (!row) throw new KioskError('NOT_FOUND', 'Nothing was applied with this key')
      if (row.state === 'in_flight') throw new KioskError('CONFLICT', 'Still being applied')
      return { idempotencyKey: key, receipt: JSON.parse(row.receipt!) as TransferReceipt }
    },

    receipt(memberId: number, receiptNumber: string): TransferReceipt {
      const row = byNumber.get(receiptNumber, memberId)
      // Another member's receipt looks like an unknown one.
      if (!row) throw new KioskError('NOT_FOUND', 'No such receipt of yours')
      return JSON.parse(row.receipt) as TransferReceipt
    },

    verify(code: string): ReceiptVerification {
      const row = byCode.get(code)
      if (!row) throw new KioskError('NOT_FOUND', 'No receipt with this code')
      const r = JSON.parse(row.receipt) as TransferReceipt
      return {
        receiptNumber: r.receiptNumber,
        kind: r.kind,
        amount: r.amount,
        postedAt: r.postedAt,
        origin: r.origin.maskedNumber,
        destination: r.destination.maskedNumber,
      }
    },
  }
}
export type Transfers = ReturnType<typeof createTransfers>
