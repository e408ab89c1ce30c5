import { randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import type { LoginResponse } from '../../shared/api/auth'
import type { EnrollmentChallenge } from '../../shared/api/credentials-enrollment'
import { maskPhone } from './masking'
import { KioskError } from '../../shared/ipc/errors'
import { decoyLookup } from '../auth/decoy'
import { idDigest } from '../auth/id-digest'
import type { LoginGuard } from '../auth/login-guard'
import type { SessionStore } from '../auth/sessions'
import type { Outbox } from '../outbox/outbox'
import type { AttemptBudget } from './attempt-budget'
import { normalizeIdNumber } from './member-credentials'
import { MESSAGES } from './messages'
import { generateOtp, sameDigest, secretDigest } from './one-time-secret'
import { evaluateCode, evaluateResend, OTP_MAX_ATTEMPTS, OTP_MAX_SENDS } from './otp-rules'
import type { SetupState } from './setup-state'
import type { TemporaryKeys } from './temporary-keys'
import type { PasswordPolicy } from '../../shared/config/password-policy'

export interface EnrollmentDeps {
  db: Database
  secret: string
  cooperativeName: string
  policy: PasswordPolicy
  now: () => Date
  otpTtlSeconds: number
  resendCooldownSeconds: number
  temporaryKeys: TemporaryKeys
  sessions: SessionStore
  guard: LoginGuard
  setup: SetupState
  outbox: Outbox
  budget: AttemptBudget
}

interface EnrollmentRow {
  id: string
  member_id: number
  code_hash: string
  expires_at: number
  attempts: number
  sends: number
  last_sent_at: number
  closed_at: number | null
  id_number: string
  phone: string
  email: string
  display_name: string
  online_user: 0 | 1
}

const refused = () =>
  new KioskError('ENROLLMENT_REFUSED', 'The data do not match a member without an online user')
const expired = () => new KioskError('CODE_EXPIRED', 'The code or the enrollment is no longer valid')

/**
 * Self-enrollment (seeds 001, 002, 004). Step 1 needs the ID number, member number and birth date of a
 * member without an online user, and sends a 6-digit code to the registered phone. Step 2 checks the code
 * (single use, 5 minutes, 3 tries, a limited number of resends after a cooldown); the right code creates
 * the online user with a temporary key (e-mailed, as in seed 004) and opens a session that must finish
 * the setup steps before anything else. Above each enrollment, the member's attempt budget counts wrong
 * codes, wrong member data and codes sent per day, so starting again resets nothing.
 */
export function createEnrollment(deps: EnrollmentDeps) {
  const { db, secret, now, otpTtlSeconds, outbox, budget } = deps
  const codeDigest = (code: string) => secretDigest(secret, 'enrollment-code', code)
  const subjectOf = (idNumber: string) => idDigest(secret, normalizeIdNumber(idNumber)).toString('hex')

  const candidate = db.prepare<[string, string, string], { id: number; phone: string; id_number: string }>(
    `SELECT id, phone, id_number FROM members
     WHERE id_number = ? AND member_number = ? AND birth_date = ? AND online_user = 0`,
  )
  const closeOpen = db.prepare<[number, number]>(
    'UPDATE enrollments SET closed_at = ? WHERE member_id = ? AND closed_at IS NULL',
  )
  const insert = db.prepare(
    `INSERT INTO enrollments (id, member_id, code_hash, created_at, expires_at, last_sent_at)
     VALUES (@id, @memberId, @codeHash, @t, @expiresAt, @t)`,
  )
  const find = db.prepare<[string], EnrollmentRow>(
    `SELECT e.id, e.member_id, e.code_hash, e.expires_at, e.attempts, e.sends, e.last_sent_at, e.closed_at,
       m.id_number, m.phone, m.email, m.display_name, m.online_user
     FROM enrollments e JOIN members m ON m.id = e.member_id WHERE e.id = ?`,
  )
  const resend = db.prepare(
    `UPDATE enrollments SET code_hash = @codeHash, expires_at = @expiresAt, attempts = 0, sends = sends + 1,
       last_sent_at = @t WHERE id = @id`,
  )
  const countAttempt = db.prepare<[string]>('UPDATE enrollments SET attempts = attempts + 1 WHERE id = ?')
  const close = db.prepare<[number, string]>('UPDATE enrollments SET closed_at = ? WHERE id = ?')
  const createOnlineUser = db.prepare(
    `UPDATE members SET online_user = 1, must_change_password = 1, image_pending = 1, username = NULL,
       security_image_id = @imageId, security_phrase = @phrase WHERE id = @id`,
  )

  function sendCode(memberId: number, idNumber: string, phone: string, code: string): void {
    outbox.send({
      memberId,
      idNumber,
      channel: 'sms',
      recipient: phone,
      template: 'enrollment-code',
      text: MESSAGES.enrollmentCode(deps.cooperativeName, code, otpTtlSeconds),
    })
  }

  /** This enrollment's limits, capped by what the member's budget has left today. */
  function view(
    row: Pick<
      EnrollmentRow,
      'id' | 'id_number' | 'phone' | 'expires_at' | 'attempts' | 'sends' | 'last_sent_at'
    >,
  ) {
    const t = now().getTime()
    const subject = subjectOf(row.id_number)
    const readyAt = row.last_sent_at + deps.resendCooldownSeconds * 1000
    return {
      enrollmentId: row.id,
      maskedPhone: maskPhone(row.phone),
      expiresInSeconds: Math.max(1, Math.ceil((row.expires_at - t) / 1000)),
      resendInSeconds: Math.max(
        0,
        Math.ceil((readyAt - t) / 1000),
        budget.nextSendInSeconds(subject, 'enrollment-code'),
      ),
      resendsLeft: Math.min(OTP_MAX_SENDS - row.sends, budget.sendsLeft(subject, 'enrollment-code')),
      attemptsLeft: OTP_MAX_ATTEMPTS - row.attempts,
      attemptsLeftToday: budget.attemptsLeft(subject, 'enrollment-code'),
    } satisfies EnrollmentChallenge
  }

  /** Refuses before a code is sent when today's wrong codes or sends are used up. */
  function requireCodeBudget(subject: string): void {
    budget.requireAttempt(subject, 'enrollment-code')
    budget.requireSend(subject, 'enrollment-code')
  }

  return {
    start(input: { idNumber: string; memberNumber: string; birthDate: string }): EnrollmentChallenge {
      // Wrong member data are counted per ID for members and strangers alike: the same answer for both.
      const subject = subjectOf(input.idNumber)
      budget.requireAttempt(subject, 'enrollment-data')
      const member = candidate.get(normalizeIdNumber(input.idNumber), input.memberNumber, input.birthDate)
      if (!member) {
        budget.recordFailure(subject, 'enrollment-data')
        throw refused()
      }
      requireCodeBudget(subject)
      const id = randomBytes(18).toString('base64url')
      const code = generateOtp()
      const t = now().getTime()
      db.transaction(() => {
        closeOpen.run(t, member.id)
        insert.run({
          id,
          memberId: member.id,
          codeHash: codeDigest(code),
          t,
          expiresAt: t + otpTtlSeconds * 1000,
        })
        sendCode(member.id, member.id_number, member.phone, code)
        budget.recordSend(subject, 'enrollment-code')
      })()
      return view(find.get(id)!)
    },

    resend(enrollmentId: string): EnrollmentChallenge {
      const row = find.get(enrollmentId)
      if (!row || row.online_user === 1) throw expired()
      const t = now().getTime()
      const outcome = evaluateResend(
        { sends: row.sends, lastSentAt: row.last_sent_at, closedAt: row.closed_at },
        t,
        deps.resendCooldownSeconds,
      )
      if (outcome.kind === 'exhausted') throw expired()
      if (outcome.kind === 'wait')
        throw new KioskError('RATE_LIMITED', 'Wait before asking for another code', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        })
      const subject = subjectOf(row.id_number)
      requireCodeBudget(subject)
      const code = generateOtp()
      db.transaction(() => {
        resend.run({ id: row.id, codeHash: codeDigest(code), expiresAt: t + otpTtlSeconds * 1000, t })
        sendCode(row.member_id, row.id_number, row.phone, code)
        budget.recordSend(subject, 'enrollment-code')
      })()
      return view(find.get(enrollmentId)!)
    },

    verify(input: { enrollmentId: string; code: string; kioskId: string }): LoginResponse {
      const row = find.get(input.enrollmentId)
      if (!row || row.online_user === 1) throw expired()
      const t = now().getTime()
      const subject = subjectOf(row.id_number)
      // Checked before the code: once today's wrong codes are spent, not even the right one is looked at.
      budget.requireAttempt(subject, 'enrollment-code')
      const outcome = evaluateCode(
        { expiresAt: row.expires_at, attempts: row.attempts, closedAt: row.closed_at },
        t,
        sameDigest(row.code_hash, codeDigest(input.code)),
      )
      if (outcome.kind === 'expired') throw expired()
      if (outcome.kind === 'wrong') {
        const left = db.transaction(() => {
          countAttempt.run(row.id)
          return budget.recordFailure(subject, 'enrollment-code')
        })()
        throw new KioskError('CODE_INVALID', 'Wrong code', {
          attemptsLeft: Math.min(outcome.attemptsLeft, left),
        })
      }
      // The new user starts with the (decoy) picture and phrase its ID already showed, not a placeholder of
      // the member record, and chooses its own as the next setup step.
      const decoy = decoyLookup(secret, row.id_number)
      const session = db.transaction(() => {
        close.run(t, row.id)
        createOnlineUser.run({
          id: row.member_id,
          imageId: decoy.securityImageId,
          phrase: decoy.securityPhrase,
        })
        const key = deps.temporaryKeys.issue(row.member_id, 'enrollment', 'email')
        outbox.send({
          memberId: row.member_id,
          idNumber: row.id_number,
          channel: 'email',
          recipient: row.email,
          template: 'enrollment-key',
          text: MESSAGES.enrollmentKey(deps.cooperativeName, key, deps.temporaryKeys.ttlSeconds, deps.policy),
        })
        deps.guard.reset(idDigest(secret, row.id_number).toString('hex'))
        return deps.sessions.create(row.member_id, input.kioskId)
      })()
      const pendingSetup = deps.setup.pending(row.member_id)
      return {
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        mustChangePassword: pendingSetup.includes('password'),
        pendingSetup,
        member: { displayName: row.display_name },
        previousSignIn: session.previous,
      }
    },
  }
}
export type Enrollment = ReturnType<typeof createEnrollment>
