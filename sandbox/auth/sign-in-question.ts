import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { SecurityChallenge } from '../../shared/api/credentials'
import type { SignInAnswerResponse, SignInQuestion } from '../../shared/api/sign-in-extras'
import { SECURITY_ANSWER_TRIES, SECURITY_QUESTION_IDS } from '../../shared/credentials/security-questions'
import { KioskError } from '../../shared/ipc/errors'
import type { AttemptBudget } from '../credentials/attempt-budget'
import { idDigest } from './id-digest'
import { hashPassword, verifyPassword } from './password-hash'

/** What the step needs of the member's questions (sandbox/credentials/security-questions.ts). */
export interface SignInQuestions {
  has(memberId: number): boolean
  challenge(memberId: number): SecurityChallenge
  /** Returns when right; throws SECURITY_ANSWER_WRONG, RATE_LIMITED or ATTEMPTS_EXHAUSTED after counting. */
  verify(memberId: number, answer: string): Promise<void>
}

export interface SignInQuestionDeps {
  /** The profile asks it (seed 004); otherwise every call answers "not required" and tickets are not asked. */
  enabled: boolean
  secret: string
  now: () => Date
  blockSeconds: number
  onlineUser(identifier: string): { id: number; id_number: string } | undefined
  questions: SignInQuestions
  budget: AttemptBudget
}

/** How long a right answer lets the ID go on to the image and the password. */
export const QUESTION_TICKET_SECONDS = 300

const normalizeId = (idNumber: string) => idNumber.toUpperCase()

/**
 * Seed 004's question at sign-in, before the image and the password. A member's question is the one the
 * credentials module asks before sensitive changes (same question until right, same counting); an
 * unknown ID gets a decoy question fixed by an HMAC of the ID, never answered right, whose wrong answers
 * cost the same scrypt work, spend the same daily budget and block the same way, so the step tells
 * nobody who is a member. A right answer gives a short-lived ticket for that ID, which lookup and login
 * require. Tickets and strangers' counts live in memory: a restart only asks again.
 */
export function createSignInQuestion(deps: SignInQuestionDeps) {
  const { enabled, secret, now, blockSeconds, questions, budget } = deps
  const tickets = new Map<string, { idKey: string; expiresAt: number }>()
  const strangers = new Map<string, { failures: number; blockedUntil: number | null }>()
  const dummyHash = hashPassword(randomBytes(16).toString('hex'))

  function subject(idNumber: string) {
    const member = deps.onlineUser(idNumber)
    const idKey = idDigest(secret, member ? member.id_number : normalizeId(idNumber)).toString('hex')
    return { member: member && questions.has(member.id) ? member : undefined, idKey, known: !!member }
  }

  function decoyQuestion(idNumber: string) {
    const d = idDigest(secret, `question|${normalizeId(idNumber)}`)
    return SECURITY_QUESTION_IDS[d.readUInt16BE(0) % SECURITY_QUESTION_IDS.length]!
  }

  function refuseStrangerIfBlocked(idKey: string): void {
    budget.requireAttempt(idKey, 'security-answer')
    const until = strangers.get(idKey)?.blockedUntil
    const t = now().getTime()
    if (until != null && until > t)
      throw new KioskError('RATE_LIMITED', 'Security questions blocked after wrong answers', {
        retryAfterSeconds: Math.ceil((until - t) / 1000),
      })
  }

  async function strangerAnswer(idKey: string, answer: string): Promise<never> {
    refuseStrangerIfBlocked(idKey)
    await verifyPassword(answer, await dummyHash)
    refuseStrangerIfBlocked(idKey)
    const s = strangers.get(idKey) ?? { failures: 0, blockedUntil: null }
    s.failures++
    strangers.set(idKey, s)
    const today = budget.recordFailure(idKey, 'security-answer')
    if (today === 0) {
      s.blockedUntil = now().getTime() + blockSeconds * 1000
      budget.requireAttempt(idKey, 'security-answer')
    }
    if (s.failures >= SECURITY_ANSWER_TRIES) {
      Object.assign(s, { failures: 0, blockedUntil: now().getTime() + blockSeconds * 1000 })
      throw new KioskError('RATE_LIMITED', 'Too many wrong security answers', {
        retryAfterSeconds: blockSeconds,
      })
    }
    throw new KioskError('SECURITY_ANSWER_WRONG', 'Wrong security answer', {
      attemptsLeft: Math.min(SECURITY_ANSWER_TRIES - s.failures, today),
    })
  }

  const ticketOk = (idKey: string, ticket: string | undefined): boolean => {
    if (!ticket) return false
    const held = tickets.get(ticket)
    if (!held || held.expiresAt <= now().getTime()) return false
    return timingSafeEqual(Buffer.from(held.idKey), Buffer.from(idKey))
  }

  return {
    question(idNumber: string): SignInQuestion {
      if (!enabled) return { required: false }
      const { member, idKey, known } = subject(idNumber)
      if (member) return { required: true, ...questions.challenge(member.id) }
      // A member without questions (first access, or reset by a teller) sets them after signing in.
      if (known) return { required: false }
      refuseStrangerIfBlocked(idKey)
      const failures = strangers.get(idKey)?.failures ?? 0
      const today = budget.attemptsLeft(idKey, 'security-answer')
      return {
        required: true,
        questionId: decoyQuestion(idNumber),
        attemptsLeft: Math.min(SECURITY_ANSWER_TRIES - failures, today),
      }
    },

    async answer(idNumber: string, answer: string): Promise<SignInAnswerResponse> {
      if (!enabled) throw new KioskError('CONFLICT', 'This cooperative asks no question at sign-in')
      const { member, idKey, known } = subject(idNumber)
      if (!member && known) throw new KioskError('CONFLICT', 'No question is asked for this ID')
      if (!member) return strangerAnswer(idKey, answer)
      await questions.verify(member.id, answer)
      const ticket = randomBytes(32).toString('hex')
      const expiresAt = now().getTime() + QUESTION_TICKET_SECONDS * 1000
      tickets.set(ticket, { idKey, expiresAt })
      return { questionTicket: ticket, expiresAt: new Date(expiresAt).toISOString() }
    },

    /** Lookup and login: VERIFICATION_REQUIRED unless the profile asks nothing or the ticket is this ID's. */
    requireTicket(idNumber: string, ticket: string | undefined): void {
      if (!enabled) return
      const { member, idKey, known } = subject(idNumber)
      if (known && !member) return
      if (!ticketOk(idKey, ticket))
        throw new KioskError('VERIFICATION_REQUIRED', 'Answer the security question first')
    },

    /** A signed-in ticket is done: the next sign-in asks again. */
    spend(ticket: string | undefined): void {
      if (ticket) tickets.delete(ticket)
      const t = now().getTime()
      for (const [k, v] of tickets) if (v.expiresAt <= t) tickets.delete(k)
    },
  }
}
export type SignInQuestionStep = ReturnType<typeof createSignInQuestion>
