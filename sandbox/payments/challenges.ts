import { createHmac, randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import type { BeneficiaryAuthorises, BeneficiaryChallenge } from '../../shared/api/beneficiaries'
import type { BillAuthorises, BillChallenge } from '../../shared/api/bills'
import type { TransferAuthorises, TransferChallenge } from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import type { AttemptBudget } from '../credentials/attempt-budget'
import { maskPhone } from '../credentials/masking'
import { describeLifetime } from '../credentials/messages'
import { generateOtp, sameDigest } from '../credentials/one-time-secret'
import { evaluateCode, evaluateResend, OTP_MAX_ATTEMPTS, OTP_MAX_SENDS } from '../credentials/otp-rules'
import type { Outbox } from '../outbox/outbox'

/** What a code may authorise, and what its challenge shows of it. */
interface Purposes {
  transfer: { authorises: TransferAuthorises; challenge: TransferChallenge }
  beneficiary: { authorises: BeneficiaryAuthorises; challenge: BeneficiaryChallenge }
  /** Bills (sandbox/bills): a service's registration, a schedule, another bank's card; their own table. */
  bill: { authorises: BillAuthorises; challenge: BillChallenge }
}
export type ChallengePurpose = keyof Purposes

interface ChallengeRow {
  id: string
  member_id: number
  fingerprint: string
  authorises: string
  code_hash: string
  expires_at: number
  attempts: number
  sends: number
  last_sent_at: number
  closed_at: number | null
  id_number: string
  phone: string
}

export interface ChallengeDeps {
  db: Database
  secret: string
  now: () => Date
  outbox: Outbox
  budget: AttemptBudget
  cooperativeName: string
  ttlSeconds: number
  resendCooldownSeconds: number
  /** The member's budget subject (HMAC of the ID number, as enrollment counts it). */
  subjectOf: (idNumber: string) => string
  /** "$ 50.000,00" for the SMS. */
  formatAmount: (a: TransferAuthorises['total']) => string
  /** Where the challenges live: payment_challenges unless a module keeps its own (same columns). */
  table?: 'payment_challenges' | 'bill_challenges'
}

/** The SMS says what the code authorises, so a member who did not ask for it can tell. */
function whatFor(purpose: ChallengePurpose, a: unknown, formatAmount: ChallengeDeps['formatAmount']) {
  if (purpose === 'bill') {
    const b = a as BillAuthorises
    if (b.purpose === 'service') return `inscribir el servicio ${b.billerName} (contrato ${b.maskedContract})`
    if (b.purpose === 'schedule')
      return `programar el pago de ${b.billerName} (contrato ${b.maskedContract}) el día ${b.dayOfMonth} desde ${b.origin.maskedNumber}`
    return `inscribir la tarjeta ${b.maskedCardNumber} de ${b.bankName}`
  }
  if (purpose === 'beneficiary') {
    const b = a as BeneficiaryAuthorises
    return `inscribir el beneficiario ${b.name} (cuenta ${b.destination.maskedNumber})`
  }
  const t = a as TransferAuthorises
  return `transferir ${formatAmount(t.total)} de ${t.origin.maskedNumber} a ${t.destination.maskedNumber}`
}

/**
 * Operation codes with dynamic linking (PSD2 SCA): the stored digest is HMAC(secret, challenge id +
 * the operation's fingerprint + code), so a code checks only against the exact operation it was sent
 * for — another amount, currency, origin or destination gives another digest and counts as a wrong code.
 * Expiry, 3 tries, 2 resends after a cooldown as in enrollment (otp-rules.ts); wrong codes spend the
 * member's `operation-code` budget and sends its message budget (shared/api/credential-limits.ts).
 */
export function createChallenges(deps: ChallengeDeps) {
  const { db, secret, now, outbox, budget } = deps
  const table = deps.table ?? 'payment_challenges'
  const digest = (id: string, fingerprint: string, code: string) =>
    createHmac('sha256', secret).update(`operation-code:${id}:${fingerprint}:${code}`, 'utf8').digest('hex')

  const insert = db.prepare(
    `INSERT INTO ${table} (id, member_id, purpose, fingerprint, authorises, code_hash, created_at,
       expires_at, last_sent_at)
     VALUES (@id, @memberId, @purpose, @fingerprint, @authorises, @codeHash, @t, @expiresAt, @t)`,
  )
  const find = db.prepare<[string, number, ChallengePurpose], ChallengeRow>(
    `SELECT c.id, c.member_id, c.fingerprint, c.authorises, c.code_hash, c.expires_at, c.attempts, c.sends,
       c.last_sent_at, c.closed_at, m.id_number, m.phone
     FROM ${table} c JOIN members m ON m.id = c.member_id
     WHERE c.id = ? AND c.member_id = ? AND c.purpose = ?`,
  )
  const member = db.prepare<[number], { id_number: string; phone: string }>(
    'SELECT id_number, phone FROM members WHERE id = ?',
  )
  const resend = db.prepare(
    `UPDATE ${table} SET code_hash = @codeHash, expires_at = @expiresAt, attempts = 0,
       sends = sends + 1, last_sent_at = @t WHERE id = @id`,
  )
  const countAttempt = db.prepare<[string]>(`UPDATE ${table} SET attempts = attempts + 1 WHERE id = ?`)
  const close = db.prepare<[number, string]>(
    `UPDATE ${table} SET closed_at = ? WHERE id = ? AND closed_at IS NULL`,
  )

  function sms(
    memberId: number,
    idNumber: string,
    phone: string,
    code: string,
    purpose: ChallengePurpose,
    a: unknown,
  ) {
    outbox.send({
      memberId,
      idNumber,
      channel: 'sms',
      recipient: phone,
      template: 'operation-code',
      text:
        `${deps.cooperativeName}: su código ${code} autoriza ${whatFor(purpose, a, deps.formatAmount)}. Vence en ` +
        `${describeLifetime(deps.ttlSeconds)}. No lo comparta con nadie.`,
    })
  }

  function view<P extends ChallengePurpose>(
    row: Omit<ChallengeRow, 'code_hash' | 'member_id' | 'closed_at'>,
  ): Purposes[P]['challenge'] {
    const t = now().getTime()
    const subject = deps.subjectOf(row.id_number)
    const readyAt = row.last_sent_at + deps.resendCooldownSeconds * 1000
    // The row was written by issue() for this purpose (find() filters by it).
    return {
      challengeId: row.id,
      authorises: JSON.parse(row.authorises) as unknown,
      maskedPhone: maskPhone(row.phone),
      expiresInSeconds: Math.max(1, Math.ceil((row.expires_at - t) / 1000)),
      resendInSeconds: Math.max(
        0,
        Math.ceil((readyAt - t) / 1000),
        budget.nextSendInSeconds(subject, 'operation-code'),
      ),
      resendsLeft: Math.max(
        0,
        Math.min(OTP_MAX_SENDS - row.sends, budget.sendsLeft(subject, 'operation-code')),
      ),
      attemptsLeft: Math.max(0, OTP_MAX_ATTEMPTS - row.attempts),
      attemptsLeftToday: budget.attemptsLeft(subject, 'operation-code'),
    } as Purposes[P]['challenge']
  }

  const owned = (id: string, memberId: number, purpose: ChallengePurpose) => {
    const row = find.get(id, memberId, purpose)
    // Another member's challenge looks like an unknown one.
    if (!row) throw new KioskError('NOT_FOUND', 'No such authorization')
    return row
  }

  return {
    /** Sends a code bound to `fingerprint`; refuses first when today's wrong codes or sends are used up. */
    issue<P extends ChallengePurpose>(
      memberId: number,
      purpose: P,
      fingerprint: string,
      authorises: Purposes[P]['authorises'],
    ): Purposes[P]['challenge'] {
      const m = member.get(memberId)!
      const subject = deps.subjectOf(m.id_number)
      budget.requireAttempt(subject, 'operation-code')
      budget.requireSend(subject, 'operation-code')
      const id = randomBytes(18).toString('base64url')
      const code = generateOtp()
      const t = now().getTime()
      const expiresAt = t + deps.ttlSeconds * 1000
      db.transaction(() => {
        insert.run({
          id,
          memberId,
          purpose,
          fingerprint,
          authorises: JSON.stringify(authorises),
          codeHash: digest(id, fingerprint, code),
          t,
          expiresAt,
        })
        sms(memberId, m.id_number, m.phone, code, purpose, authorises)
        budget.recordSend(subject, 'operation-code')
      })()
      return view<P>({
        id,
        fingerprint,
        authorises: JSON.stringify(authorises),
        expires_at: expiresAt,
        attempts: 0,
        sends: 1,
        last_sent_at: t,
        id_number: m.id_number,
        phone: m.phone,
      })
    },

    resend<P extends ChallengePurpose>(memberId: number, purpose: P, id: string): Purposes[P]['challenge'] {
      const row = owned(id, memberId, purpose)
      const t = now().getTime()
      const outcome = evaluateResend(
        { sends: row.sends, lastSentAt: row.last_sent_at, closedAt: row.closed_at },
        t,
        deps.resendCooldownSeconds,
      )
      if (outcome.kind === 'exhausted')
        throw new KioskError('CODE_EXPIRED', 'No more codes for this operation')
      if (outcome.kind === 'wait')
        throw new KioskError('RATE_LIMITED', 'Wait before asking for another code', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        })
      const subject = deps.subjectOf(row.id_number)
      budget.requireAttempt(subject, 'operation-code')
      budget.requireSend(subject, 'operation-code')
      const code = generateOtp()
      const expiresAt = t + deps.ttlSeconds * 1000
      db.transaction(() => {
        resend.run({ id, codeHash: digest(id, row.fingerprint, code), expiresAt, t })
        sms(memberId, row.id_number, row.phone, code, purpose, JSON.parse(row.authorises))
        budget.recordSend(subject, 'operation-code')
      })()
      return view<P>({ ...row, expires_at: expiresAt, attempts: 0, sends: row.sends + 1, last_sent_at: t })
    },

    /**
     * Checks a code against the operation actually requested, inside the caller's transaction. Wrong:
     * the try and the budget are counted and the error is returned (the caller commits, then throws).
     * Right: the challenge is closed (single use) and null returned.
     */
    check(
      memberId: number,
      purpose: ChallengePurpose,
      id: string,
      fingerprint: string,
      code: string,
    ): KioskError | null {
      const row = owned(id, memberId, purpose)
      const subject = deps.subjectOf(row.id_number)
      budget.requireAttempt(subject, 'operation-code')
      const t = now().getTime()
      const matches = sameDigest(row.code_hash, digest(id, fingerprint, code))
      const outcome = evaluateCode(
        { expiresAt: row.expires_at, attempts: row.attempts, closedAt: row.closed_at },
        t,
        matches,
      )
      if (outcome.kind === 'expired') return new KioskError('CODE_EXPIRED', 'The code is no longer valid')
      if (outcome.kind === 'wrong') {
        countAttempt.run(id)
        const leftToday = budget.recordFailure(subject, 'operation-code')
        return new KioskError('CODE_INVALID', 'Wrong code for this operation', {
          attemptsLeft: Math.min(outcome.attemptsLeft, leftToday),
        })
      }
      if (close.run(t, id).changes !== 1) return new KioskError('CODE_EXPIRED', 'The code was already used')
      return null
    },
  }
}
export type Challenges = ReturnType<typeof createChallenges>
