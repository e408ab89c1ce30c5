import type { Database } from '../db/database'
import type { LockoutPolicy } from '../../shared/config/profiles'
import { KioskError } from '../../shared/ipc/errors'

/**
 * A lock in force: `until` is null when only a teller can lift it; `recoveryUnlocks` when a temporary key
 * from "Olvidé mi clave" lifts it (a timed lock from wrong passwords, in a profile that says so).
 */
export interface ActiveLock {
  until: Date | null
  recoveryUnlocks: boolean
}

/** The ACCOUNT_LOCKED answer: when it ends, or that a teller must lift it (what the kiosk tells the member). */
export function accountLocked(lock: ActiveLock, now: Date): KioskError {
  if (lock.until === null)
    return new KioskError('ACCOUNT_LOCKED', 'Account locked: visit a branch to unlock it', {
      unlockBy: 'teller',
    })
  return new KioskError('ACCOUNT_LOCKED', 'Account locked for a while after wrong passwords', {
    unlockBy: 'time',
    lockedUntil: lock.until.toISOString(),
    retryAfterSeconds: Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 1000)),
    recoveryUnlocks: lock.recoveryUnlocks,
  })
}

export type GuardOutcome = { locked: true; lock: ActiveLock } | { locked: false; attemptsLeft: number }

interface GuardRow {
  failures: number
  lock_reason: string | null
  locked_at: number | null
  locked_until: number | null
  locks: number
}

/**
 * Failed-password counter and lock per ID key (an HMAC of the ID number, see id-digest.ts), so one count
 * per member across every kiosk. Unknown IDs are counted exactly like members, so lockout behaviour
 * reveals no membership. What a lock does follows the cooperative's policy: timed locks that grow
 * (15 min, 1 h, 24 h …) and end by themselves, or a lock that only a teller lifts. The lock's reason and
 * time stay in the row for the teller screen. All methods are synchronous: a check-and-count cannot
 * interleave with another request.
 */
export function createLoginGuard(
  db: Database,
  threshold: number,
  now: () => Date,
  policy: LockoutPolicy = { mode: 'teller' },
) {
  const select = db.prepare<[string], GuardRow>(
    'SELECT failures, locked_at, locked_until, locks, lock_reason FROM login_guard WHERE id_key = ?',
  )
  const bump = db.prepare<[string], { failures: number; locks: number }>(
    `INSERT INTO login_guard (id_key, failures) VALUES (?, 1)
     ON CONFLICT (id_key) DO UPDATE SET failures = failures + 1
     RETURNING failures, locks`,
  )
  const lock = db.prepare<{ key: string; at: number; until: number | null }>(
    `UPDATE login_guard SET failures = 0, locks = locks + 1, locked_at = @at, locked_until = @until,
       lock_reason = 'wrong-passwords' WHERE id_key = @key`,
  )
  const clear = db.prepare<[string]>('DELETE FROM login_guard WHERE id_key = ?')

  // A core lock (seeded, or set by the bank) is never the kiosk's to lift.
  const recoveryUnlocks = (reason: string | null) =>
    policy.mode === 'timed' && policy.recoveryUnlocks && reason === 'wrong-passwords'

  /** The lock in force now, if any (a timed lock that has run out is none). */
  function activeLock(key: string): ActiveLock | null {
    const row = select.get(key)
    if (row?.locked_at == null) return null
    if (row.locked_until === null) return { until: null, recoveryUnlocks: false }
    return row.locked_until > now().getTime()
      ? { until: new Date(row.locked_until), recoveryUnlocks: recoveryUnlocks(row.lock_reason) }
      : null
  }

  /** How long the n-th lock in a row lasts (null: until a teller). */
  function lockLength(n: number): number | null {
    if (policy.mode === 'teller') return null
    return policy.lockSeconds[Math.min(n, policy.lockSeconds.length) - 1]!
  }

  return {
    activeLock,
    isLocked(key: string): boolean {
      return activeLock(key) !== null
    },
    /** Counts a wrong password; the failure that reaches the threshold locks the key. */
    recordFailure(key: string): GuardOutcome {
      const { failures, locks } = bump.get(key)!
      if (failures >= threshold) {
        const t = now().getTime()
        const seconds = lockLength(locks + 1)
        const until = seconds === null ? null : t + seconds * 1000
        lock.run({ key, at: t, until })
        return {
          locked: true,
          lock: {
            until: until === null ? null : new Date(until),
            recoveryUnlocks: until !== null && recoveryUnlocks('wrong-passwords'),
          },
        }
      }
      return { locked: false, attemptsLeft: threshold - failures }
    },
    reset(key: string): void {
      clear.run(key)
    },
    /** Seeds a locked account (the demo "locked" member): locked in the core, only a teller unlocks. */
    lockNow(key: string): void {
      db.prepare(
        `INSERT INTO login_guard (id_key, failures, locked_at, lock_reason) VALUES (?, ?, ?, 'core')
         ON CONFLICT (id_key) DO UPDATE SET failures = excluded.failures, locked_at = excluded.locked_at,
           locked_until = NULL, lock_reason = 'core'`,
      ).run(key, threshold, now().getTime())
    },
  }
}
export type LoginGuard = ReturnType<typeof createLoginGuard>
