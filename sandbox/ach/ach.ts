import { createHash } from 'node:crypto'
import type { Database } from '../db/database'
import type { AchDraft, AchExecute, AchOptions } from '../../shared/api/ach'
import type {
  OperationByKey,
  PaymentParty,
  ReceiptVerification,
  TransferAuthorises,
  TransferChallenge,
  TransferReceipt,
} from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import { maskAccountNumber, maskTail } from '../auth/mask'
import type { Challenges } from '../payments/challenges'
import type { FaultSwitch } from '../payments/faults'
import type { Ledger, PostingBook } from '../payments/ledger'
import { canonicalJson } from '../payments/transfers'
import { newCertificateCode } from '../products/certificate-code'
import type { CooperativeProfile } from '../profiles'
import { ACH_RULES, rejectedByOtherBank } from './rules'

interface AccountRow {
  id: string
  name: string
  number: string
  balance_minor: number
  held_minor: number
}
interface TransferRow {
  id: number
  origin_product_id: string
  amount_minor: number
  fee_minor: number
  account_number: string
  reference: string
  receipt: string
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10)

export interface AchDeps {
  db: Database
  profile: CooperativeProfile
  now: () => Date
  ledger: Ledger
  challenges: Challenges
  faults: FaultSwitch
}

export interface ClearingResult {
  settled: string[]
  rejected: string[]
}

/**
 * ACH transfers to another bank: limits and fee per profile, the code bound to the operation (the
 * transfers' challenges), the Idempotency-Key, and the ledger: origin → clearing at once; at the
 * clearing run clearing → the other bank (an external leg), or back to the origin with the fee.
 */
export function createAch({ db, profile, now, ledger, challenges, faults }: AchDeps) {
  const rules = ACH_RULES[profile.id]
  const currency = profile.currency
  const m = (minor: number) => money(minor, currency)

  const ownAccount = db.prepare<[string, number], AccountRow>(
    `SELECT p.id, p.name, p.number, p.balance_minor,
       coalesce(json_extract(t.terms, '$.heldMinor'), 0) AS held_minor
     FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.id = ? AND p.member_id = ? AND p.kind = 'savings' AND p.status = 'active'`,
  )
  const sentToday = db.prepare<[number, string], { total: number }>(
    'SELECT coalesce(sum(amount_minor), 0) AS total FROM ach_transfers WHERE member_id = ? AND day = ?',
  )
  const keyRow = db.prepare<
    [number, string],
    { fingerprint: string; state: 'in_flight' | 'done'; receipt: string | null }
  >(
    `SELECT k.fingerprint, k.state, a.receipt FROM ach_keys k
     LEFT JOIN ach_transfers a ON a.id = k.transfer_id WHERE k.member_id = ? AND k.key = ?`,
  )
  const keyAnyMember = db.prepare<[string], { state: 'in_flight' | 'done'; receipt: string | null }>(
    `SELECT k.state, a.receipt FROM ach_keys k
     LEFT JOIN ach_transfers a ON a.id = k.transfer_id WHERE k.key = ? LIMIT 1`,
  )
  const reserveKey = db.prepare(
    `INSERT INTO ach_keys (member_id, key, fingerprint, state, created_at)
     VALUES (@memberId, @key, @fingerprint, 'in_flight', @t)`,
  )
  const releaseKey = db.prepare<[number, string]>(
    "DELETE FROM ach_keys WHERE member_id = ? AND key = ? AND state = 'in_flight'",
  )
  const completeKey = db.prepare<[number, number, string]>(
    "UPDATE ach_keys SET state = 'done', transfer_id = ? WHERE member_id = ? AND key = ?",
  )
  const insertTransfer = db.prepare(
    `INSERT INTO ach_transfers (member_id, origin_product_id, bank_code, account_type, account_number, holder_id,
       amount_minor, fee_minor, currency, reference, status, receipt_number, verification_code, idempotency_key,
       posted_at, day, receipt)
     VALUES (@memberId, @origin, @bankCode, @accountType, @accountNumber, @holderId, @amount, @fee, @currency,
       @reference, 'pending', @receiptNumber, @code, @key, @t, @day, '{}')`,
  )
  const setReceipt = db.prepare<[string, string, number]>(
    'UPDATE ach_transfers SET receipt = ?, receipt_number = ? WHERE id = ?',
  )
  const decide = db.prepare<['settled' | 'rejected', number, string, number]>(
    "UPDATE ach_transfers SET status = ?, decided_at = ?, receipt = ? WHERE id = ? AND status = 'pending'",
  )
  const pending = db.prepare<[], TransferRow>(
    `SELECT id, origin_product_id, amount_minor, fee_minor, account_number, reference, receipt
     FROM ach_transfers WHERE status = 'pending' ORDER BY id`,
  )
  const byNumber = db.prepare<[string, number], { receipt: string }>(
    'SELECT receipt FROM ach_transfers WHERE receipt_number = ? AND member_id = ?',
  )
  const byCode = db.prepare<[string], { receipt: string }>(
    'SELECT receipt FROM ach_transfers WHERE verification_code = ?',
  )
  const insertPosting = db.prepare<[number, string, number, number | null]>(
    'INSERT INTO ach_postings (transfer_id, account, amount_minor, movement_id) VALUES (?, ?, ?, ?)',
  )
  const external = db.prepare<[], { total: number }>(
    "SELECT coalesce(sum(amount_minor), 0) AS total FROM ach_postings WHERE account LIKE 'external:%'",
  )
  const unbalanced = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT transfer_id, sum(amount_minor) AS s FROM ach_postings
       GROUP BY transfer_id HAVING s <> 0)`,
  )
  // An ACH send alone leaves its amount in clearing, which the invariant counts: every send's postings
  // balance by themselves (origin → clearing), and so do a settlement's and a refund's.
  const book: PostingBook = {
    record: (id, account, amount, movement) => void insertPosting.run(id, account, amount, movement),
    externalMinor: () => external.get()!.total,
    unbalancedOperations: () => unbalanced.get()!.n,
  }
  ledger.addBook(book)

  const bankName = (code: string) => {
    const bank = rules.banks.find((b) => b.code === code)
    if (!bank) throw new KioskError('NOT_FOUND', 'That bank is not reachable over ACH here')
    return bank.name
  }
  const own = (memberId: number, id: string) => {
    const row = ownAccount.get(id, memberId)
    if (!row) throw new KioskError('NOT_FOUND', 'No such account of yours')
    return row
  }
  const partyOf = (a: AccountRow): PaymentParty => ({
    name: a.name,
    maskedNumber: maskAccountNumber(a.number),
  })
  const destinationOf = (d: AchDraft['destination']): PaymentParty => ({
    name: bankName(d.bankCode),
    maskedNumber: maskAccountNumber(d.accountNumber),
    maskedHolder: maskTail(d.holderId),
  })

  function resolve(memberId: number, draft: AchDraft) {
    if (draft.amount.currency !== currency)
      throw new KioskError('VALIDATION', `Transfers are in ${currency}`, {
        issues: [{ path: 'amount.currency', message: `must be ${currency}` }],
      })
    return { origin: own(memberId, draft.originAccountId), destination: destinationOf(draft.destination) }
  }

  function requireAllowed(memberId: number, origin: AccountRow, amount: number, at: number): number {
    if (amount > rules.perOperationMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Over the limit per operation')
    if (sentToday.get(memberId, utcDay(at))!.total + amount > rules.perDayMinor)
      throw new KioskError('LIMIT_EXCEEDED', 'Over the daily limit')
    if (Math.max(0, origin.balance_minor - origin.held_minor) < amount + rules.feeMinor)
      throw new KioskError('INSUFFICIENT_FUNDS', 'Not enough available')
    return rules.feeMinor
  }

  /** What the code is bound to: origin, bank, account type and number, holder, amount, currency, reference. */
  const operationFingerprint = (originId: string, draft: AchDraft) =>
    sha256(
      canonicalJson({
        ach: true,
        origin: originId,
        destination: draft.destination,
        amountMinor: draft.amount.amountMinor,
        currency: draft.amount.currency,
        reference: draft.reference,
      }),
    )
  const requestFingerprint = (body: AchExecute) => {
    const { code: _c, challengeId: _ch, ...draft } = body
    return sha256(canonicalJson(draft))
  }

  function apply(memberId: number, key: string, body: AchExecute): TransferReceipt {
    let refusal: KioskError | null = null
    const receipt = ledger.immediate((): TransferReceipt | null => {
      const t = now().getTime()
      const { origin, destination } = resolve(memberId, body)
      refusal = challenges.check(
        memberId,
        'transfer',
        body.challengeId,
        operationFingerprint(origin.id, body),
        body.code,
      )
      if (refusal) return null
      const amount = body.amount.amountMinor
      const fee = requireAllowed(memberId, origin, amount, t)
      const day = utcDay(t)
      const code = newCertificateCode()
      const id = Number(
        insertTransfer.run({
          memberId,
          origin: origin.id,
          bankCode: body.destination.bankCode,
          accountType: body.destination.accountType,
          accountNumber: body.destination.accountNumber,
          holderId: body.destination.holderId,
          amount,
          fee,
          currency,
          reference: body.reference,
          receiptNumber: `pending-${code}`,
          code,
          key,
          t,
          day,
        }).lastInsertRowid,
      )
      const after = ledger.post(
        id,
        day,
        [
          {
            account: { product: origin.id },
            amountMinor: -amount,
            description: `Transferencia a ${destination.name} ${destination.maskedNumber} · ${body.reference}`,
          },
          { account: { internal: 'clearing' }, amountMinor: amount },
          ...(fee > 0
            ? [
                {
                  account: { product: origin.id },
                  amountMinor: -fee,
                  description: 'Costo transferencia ACH',
                },
                { account: { internal: 'fee_income' as const }, amountMinor: fee },
              ]
            : []),
        ],
        book,
      )
      // TR + day + 9 + id: the printing contract's receipt numbers, told apart from transfers' by length.
      const receiptNumber = `TR${day.replaceAll('-', '')}9${String(id).padStart(7, '0')}`
      const result: TransferReceipt = {
        operationId: `ach-${id}`,
        receiptNumber,
        verificationCode: code,
        status: 'completed',
        kind: 'bank',
        origin: partyOf(origin),
        destination,
        amount: m(amount),
        fee: m(fee),
        reference: body.reference,
        postedAt: new Date(t).toISOString(),
        originBalanceAfter: m(after.get(origin.id)!),
        clearing: { status: 'pending' },
      }
      setReceipt.run(JSON.stringify(result), receiptNumber, id)
      completeKey.run(id, memberId, key)
      return result
    })
    if (refusal) throw refusal
    return receipt!
  }

  /** One pending transfer decided by the other bank, in its own transaction. */
  function clearOne(row: TransferRow, reject: boolean): void {
    ledger.immediate(() => {
      const t = now().getTime()
      const day = utcDay(t)
      const r = JSON.parse(row.receipt) as TransferReceipt
      const legs = reject
        ? [
            { account: { internal: 'clearing' as const }, amountMinor: -row.amount_minor },
            {
              account: { product: row.origin_product_id },
              amountMinor: row.amount_minor,
              description: `Devolución transferencia rechazada ${r.receiptNumber} · ${row.reference}`,
            },
            ...(row.fee_minor > 0
              ? [
                  { account: { internal: 'fee_income' as const }, amountMinor: -row.fee_minor },
                  {
                    account: { product: row.origin_product_id },
                    amountMinor: row.fee_minor,
                    description: `Devolución costo transferencia ${r.receiptNumber}`,
                  },
                ]
              : []),
          ]
        : [
            { account: { internal: 'clearing' as const }, amountMinor: -row.amount_minor },
            { account: { external: 'ach' as const }, amountMinor: row.amount_minor },
          ]
      const status = reject ? 'rejected' : 'settled'
      const receipt: TransferReceipt = { ...r, clearing: { status, decidedAt: new Date(t).toISOString() } }
      // Another run decided it first: nothing to post.
      if (decide.run(status, t, JSON.stringify(receipt), row.id).changes !== 1) return
      ledger.post(row.id, day, legs, book)
    })
  }

  return {
    options(memberId: number): AchOptions {
      return {
        banks: [...rules.banks],
        rules: {
          perOperation: m(rules.perOperationMinor),
          perDay: m(rules.perDayMinor),
          usedToday: m(sentToday.get(memberId, utcDay(now().getTime()))!.total),
          fee: m(rules.feeMinor),
        },
      }
    },

    authorize(memberId: number, draft: AchDraft): TransferChallenge {
      const { origin, destination } = resolve(memberId, draft)
      const fee = requireAllowed(memberId, origin, draft.amount.amountMinor, now().getTime())
      const authorises: TransferAuthorises = {
        kind: 'bank',
        origin: partyOf(origin),
        destination,
        amount: draft.amount,
        fee: m(fee),
        total: m(draft.amount.amountMinor + fee),
        reference: draft.reference,
      }
      return challenges.issue(memberId, 'transfer', operationFingerprint(origin.id, draft), authorises)
    },

    /** At most once per (member, key), as transfers: replay, 422 for another body, 409 while in flight. */
    async execute(
      memberId: number,
      key: string,
      body: AchExecute,
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

    byKey(key: string): OperationByKey {
      const row = keyAnyMember.get(key)
      if (!row) throw new KioskError('NOT_FOUND', 'Nothing was applied with this key')
      if (row.state === 'in_flight') throw new KioskError('CONFLICT', 'Still being applied')
      return { idempotencyKey: key, receipt: JSON.parse(row.receipt!) as TransferReceipt }
    },

    receipt(memberId: number, receiptNumber: string): TransferReceipt {
      const row = byNumber.get(receiptNumber, memberId)
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

    /**
     * The clearing run: every pending transfer is settled, or rejected when the other bank refuses it
     * (the demo rule, or a receipt number listed in `reject`), each in its own transaction.
     */
    clear(reject: readonly string[] = []): ClearingResult {
      const result: ClearingResult = { settled: [], rejected: [] }
      for (const row of pending.all()) {
        const number = (JSON.parse(row.receipt) as TransferReceipt).receiptNumber
        const refuse = reject.includes(number) || rejectedByOtherBank(row.account_number)
        clearOne(row, refuse)
        ;(refuse ? result.rejected : result.settled).push(number)
      }
      return result
    },
  }
}
export type Ach = ReturnType<typeof createAch>
