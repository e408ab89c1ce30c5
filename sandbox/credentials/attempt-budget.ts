import type { Database } from '../db/database'
import { SEND_LIMITS, WRONG_ANSWERS_PER_DAY, type SecretKind } from '../../shared/api/credential-limits'
import { KioskError } from '../../shared/ipc/errors'

export interface AttemptBudgetLimits {
  /** Wrong answers per subject, kind and UTC day. */
  wrongPerDay: Record<SecretKind, number>
  sendCooldownSeconds: number
  sendsPerDay: number
}

export const DEFAULT_BUDGET_LIMITS: AttemptBudgetLimits = {
  wrongPerDay: WRONG_ANSWERS_PER_DAY,
  sendCooldownSeconds: SEND_LIMITS.cooldownSeconds,
  sendsPerDay: SEND_LIMITS.perDay,
}

interface Row {
  failures: number
  sends: number
  last_sent_at: number | null
}

const DAY_MS = 86_400_000
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10)
const nextUtcDay = (t: number) => Math.floor(t / DAY_MS) * DAY_MS + DAY_MS

/**
 * One budget per subject (an HMAC of the ID number: members and strangers alike) and per secret kind:
 * wrong answers and messages sent within a UTC day, kept in SQLite so that starting a flow again,
 * resending or restarting the server changes nothing. Flows ask before they check a secret or send one
 * and record afterwards; all calls are synchronous, so a check and its record cannot interleave.
 */
export function createAttemptBudget(db: Database, now: () => Date, limits: AttemptBudgetLimits) {
  const select = db.prepare<{ subject: string; kind: string; day: string }, Row>(
    'SELECT failures, sends, last_sent_at FROM secret_budgets WHERE subject_key = @subject AND kind = @kind AND day = @day',
  )
  const forgetOld = db.prepare<{ subject: string; kind: string; day: string }>(
    'DELETE FROM secret_budgets WHERE subject_key = @subject AND kind = @kind AND day < @day',
  )
  const bumpFailure = db.prepare<{ subject: string; kind: string; day: string }, { failures: number }>(
    `INSERT INTO secret_budgets (subject_key, kind, day, failures) VALUES (@subject, @kind, @day, 1)
     ON CONFLICT (subject_key, kind, day) DO UPDATE SET failures = failures + 1 RETURNING failures`,
  )
  const bumpSend = db.prepare<{ subject: string; kind: string; day: string; t: number }, Row>(
    `INSERT INTO secret_budgets (subject_key, kind, day, sends, last_sent_at) VALUES (@subject, @kind, @day, 1, @t)
     ON CONFLICT (subject_key, kind, day) DO UPDATE SET sends = sends + 1, last_sent_at = @t
     RETURNING failures, sends, last_sent_at`,
  )

  const today = () => utcDay(now().getTime())
  const row = (subject: string, kind: SecretKind): Row =>
    select.get({ subject, kind, day: today() }) ?? { failures: 0, sends: 0, last_sent_at: null }
  const lockedUntil = () => new Date(nextUtcDay(now().getTime()))

  /** Seconds until a send is allowed (0 = now), from the cooldown and the daily cap. */
  function sendWait(r: Row): number {
    const t = now().getTime()
    if (r.sends >= limits.sendsPerDay) return Math.ceil((nextUtcDay(t) - t) / 1000)
    if (r.last_sent_at === null) return 0
    return Math.max(0, Math.ceil((r.last_sent_at + limits.sendCooldownSeconds * 1000 - t) / 1000))
  }

  const attemptsLeft = (subject: string, kind: SecretKind) =>
    Math.max(0, limits.wrongPerDay[kind] - row(subject, kind).failures)

  return {
    /** Wrong answers the subject may still give today. */
    attemptsLeft,

    /** Throws ATTEMPTS_EXHAUSTED (with when it ends) once today's wrong answers are used up. */
    requireAttempt(subject: string, kind: SecretKind): void {
      if (attemptsLeft(subject, kind) > 0) return
      const until = lockedUntil()
      throw new KioskError('ATTEMPTS_EXHAUSTED', `No ${kind} attempts left today`, {
        lockedUntil: until.toISOString(),
        retryAfterSeconds: Math.ceil((until.getTime() - now().getTime()) / 1000),
      })
    },

    /** Counts a wrong answer; returns how many are left today (0: the next is refused). */
    recordFailure(subject: string, kind: SecretKind): number {
      const day = today()
      forgetOld.run({ subject, kind, day })
      const { failures } = bumpFailure.get({ subject, kind, day })!
      return Math.max(0, limits.wrongPerDay[kind] - failures)
    },

    /** Throws RATE_LIMITED with when to ask again, during the cooldown or after the daily cap. */
    requireSend(subject: string, kind: SecretKind): void {
      const wait = sendWait(row(subject, kind))
      if (wait > 0)
        throw new KioskError('RATE_LIMITED', 'Wait before another message can be sent', {
          retryAfterSeconds: wait,
        })
    },

    /** Records a message sent (or, for strangers, one that would have been); returns the next wait. */
    recordSend(subject: string, kind: SecretKind): { nextSendInSeconds: number; sendsLeft: number } {
      const day = today()
      forgetOld.run({ subject, kind, day })
      const r = bumpSend.get({ subject, kind, day, t: now().getTime() })!
      return { nextSendInSeconds: sendWait(r), sendsLeft: Math.max(0, limits.sendsPerDay - r.sends) }
    },

    /** Messages of this kind the subject may still be sent today. */
    sendsLeft(subject: string, kind: SecretKind): number {
      return Math.max(0, limits.sendsPerDay - row(subject, kind).sends)
    },

    /** Seconds until the subject may be sent another message of this kind. */
    nextSendInSeconds(subject: string, kind: SecretKind): number {
      return sendWait(row(subject, kind))
    },
  }
}
export type AttemptBudget = ReturnType<typeof createAttemptBudget>
