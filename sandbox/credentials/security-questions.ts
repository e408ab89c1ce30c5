import { randomInt } from 'node:crypto'
import type { Database } from '../db/database'
import type { SecurityChallenge, VerificationGrant } from '../../shared/api/credentials'
import { normalizeAnswer } from '../../shared/credentials/answers'
import {
  SECURITY_ANSWER_TRIES,
  type SecurityQuestionId,
  type SensitiveOperation,
} from '../../shared/credentials/security-questions'
import { KioskError } from '../../shared/ipc/errors'
import { hashPassword, verifyPassword } from '../auth/password-hash'
import type { AttemptBudget } from './attempt-budget'
import type { VerificationGrants } from './verification-grants'

export interface SecurityQuestionsDeps {
  db: Database
  grants: VerificationGrants
  now: () => Date
  blockSeconds: number
  budget: AttemptBudget
  /** The member's attempt-budget subject (HMAC of the ID number). */
  subjectOf(memberId: number): string
}

export interface SessionRef {
  memberId: number
  tokenHash: string
}

/**
 * Seed 004's security questions: three chosen from the catalogue, answers normalised and hashed with
 * scrypt. Before a sensitive change one of them is asked (the same one until answered right, so asking
 * again, or after a block, cannot fish for an easier one); three wrong answers in a row block the
 * operations for a while, and the member's daily budget of wrong answers caps the blocks.
 */
export function createSecurityQuestions({
  db,
  grants,
  now,
  blockSeconds,
  budget,
  subjectOf,
}: SecurityQuestionsDeps) {
  const answersOf = db.prepare<[number], { question_id: SecurityQuestionId; answer_hash: string }>(
    'SELECT question_id, answer_hash FROM security_answers WHERE member_id = ? ORDER BY position',
  )
  const removeAnswers = db.prepare<[number]>('DELETE FROM security_answers WHERE member_id = ?')
  const insertAnswer = db.prepare(
    'INSERT INTO security_answers (member_id, position, question_id, answer_hash) VALUES (?, ?, ?, ?)',
  )
  const challengeOf = db.prepare<
    [number],
    { question_id: string | null; failures: number; blocked_until: number | null }
  >('SELECT question_id, failures, blocked_until FROM security_challenges WHERE member_id = ?')
  const setQuestion = db.prepare(
    `INSERT INTO security_challenges (member_id, question_id) VALUES (?, ?)
     ON CONFLICT (member_id) DO UPDATE SET question_id = excluded.question_id`,
  )
  const countFailure = db.prepare<[number], { failures: number }>(
    'UPDATE security_challenges SET failures = failures + 1 WHERE member_id = ? RETURNING failures',
  )
  const block = db.prepare<[number, number]>(
    'UPDATE security_challenges SET failures = 0, blocked_until = ? WHERE member_id = ?',
  )
  const clearChallenge = db.prepare<[number]>('DELETE FROM security_challenges WHERE member_id = ?')

  function refuseIfBlocked(memberId: number): void {
    budget.requireAttempt(subjectOf(memberId), 'security-answer')
    const until = challengeOf.get(memberId)?.blocked_until
    const t = now().getTime()
    if (until != null && until > t)
      throw new KioskError('RATE_LIMITED', 'Security questions blocked after wrong answers', {
        retryAfterSeconds: Math.ceil((until - t) / 1000),
      })
  }

  /** The question being asked, picking one at random when none is. */
  function currentQuestion(memberId: number): { questionId: SecurityQuestionId; failures: number } {
    const answers = answersOf.all(memberId)
    if (answers.length === 0) throw new KioskError('SETUP_REQUIRED', 'Choose security questions first')
    const ch = challengeOf.get(memberId)
    const asked = answers.find((a) => a.question_id === ch?.question_id)
    if (asked) return { questionId: asked.question_id, failures: ch?.failures ?? 0 }
    const picked = answers[randomInt(answers.length)]!.question_id
    setQuestion.run(memberId, picked)
    return { questionId: picked, failures: challengeOf.get(memberId)?.failures ?? 0 }
  }

  /** Checks an answer to the current question: returns when right, throws (after counting) when not. */
  async function check(memberId: number, answer: string): Promise<void> {
    refuseIfBlocked(memberId)
    const { questionId } = currentQuestion(memberId)
    const stored = answersOf.all(memberId).find((a) => a.question_id === questionId)!
    const right = await verifyPassword(normalizeAnswer(answer), stored.answer_hash)
    // Synchronous from here: a block decided meanwhile by a parallel answer still applies.
    refuseIfBlocked(memberId)
    if (right) {
      clearChallenge.run(memberId)
      return
    }
    const { failures } = countFailure.get(memberId)!
    const today = budget.recordFailure(subjectOf(memberId), 'security-answer')
    if (today === 0) {
      block.run(now().getTime() + blockSeconds * 1000, memberId)
      budget.requireAttempt(subjectOf(memberId), 'security-answer')
    }
    if (failures >= SECURITY_ANSWER_TRIES) {
      block.run(now().getTime() + blockSeconds * 1000, memberId)
      throw new KioskError('RATE_LIMITED', 'Too many wrong security answers', {
        retryAfterSeconds: blockSeconds,
      })
    }
    throw new KioskError('SECURITY_ANSWER_WRONG', 'Wrong security answer', {
      attemptsLeft: Math.min(SECURITY_ANSWER_TRIES - failures, today),
    })
  }

  return {
    hasQuestions(memberId: number): boolean {
      return answersOf.all(memberId).length > 0
    },
    questionIds(memberId: number): SecurityQuestionId[] {
      return answersOf.all(memberId).map((a) => a.question_id)
    },

    /** Replaces the member's questions; replacing existing ones needs a right answer first. */
    async set(
      session: SessionRef,
      answers: readonly { questionId: SecurityQuestionId; answer: string }[],
    ): Promise<void> {
      const replacing = answersOf.all(session.memberId).length > 0
      if (replacing && !grants.has(session.tokenHash, 'securityQuestions'))
        throw new KioskError('VERIFICATION_REQUIRED', 'Answer a security question first')
      const hashes = await Promise.all(answers.map((a) => hashPassword(normalizeAnswer(a.answer))))
      db.transaction(() => {
        if (replacing && !grants.consume(session.tokenHash, 'securityQuestions'))
          throw new KioskError('VERIFICATION_REQUIRED', 'Answer a security question first')
        removeAnswers.run(session.memberId)
        answers.forEach((a, i) => insertAnswer.run(session.memberId, i + 1, a.questionId, hashes[i]))
        clearChallenge.run(session.memberId)
      })()
    },

    challenge(memberId: number): SecurityChallenge {
      refuseIfBlocked(memberId)
      const { questionId, failures } = currentQuestion(memberId)
      const today = budget.attemptsLeft(subjectOf(memberId), 'security-answer')
      return { questionId, attemptsLeft: Math.min(SECURITY_ANSWER_TRIES - failures, today) }
    },

    async answer(
      session: SessionRef,
      operation: SensitiveOperation,
      answer: string,
    ): Promise<VerificationGrant> {
      await check(session.memberId, answer)
      const expiresAt = grants.grant(session.tokenHash, operation)
      return { operation, expiresAt: expiresAt.toISOString() }
    },

    /** The question asked at sign-in (profiles that ask one): the same question, counts and blocks. */
    verify: check,
  }
}
export type SecurityQuestions = ReturnType<typeof createSecurityQuestions>
