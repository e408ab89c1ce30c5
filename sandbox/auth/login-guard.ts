import type { Database } from '../db/database'

export type GuardOutcome = { locked: true } | { locked: false; attemptsLeft: number }

/**
 * Failed-password counter and lock per ID key (an HMAC of the ID number, see id-digest.ts). Unknown IDs
 * are counted exactly like members, so lockout behaviour reveals no membership. All methods are
 * synchronous: a check-and-count cannot interleave with another request.
 */
export function createLoginGuard(db: Database, threshold: number, now: () => Date) {
  const select = db.prepare<[string], { failures: number; locked_at: number | null }>(
    'SELECT failures, locked_at FROM login_guard WHERE id_key = ?',
  )
  const bump = db.prepare<[string], { failures: number }>(
    `INSERT INTO login_guard (id_key, failures) VALUES (?, 1)
     ON CONFLICT (id_key) DO UPDATE SET failures = failures + 1
     RETURNING failures`,
  )
  const lock = db.prepare<[number, string]>('UPDATE login_guard SET locked_at = ? WHERE id_key = ?')
  const clear = db.prepare<[string]>('DELETE FROM login_guard WHERE id_key = ?')

  return {
    isLocked(key: string): boolean {
      return select.get(key)?.locked_at != null
    },
    /** Counts a wrong password; the failure that reaches the threshold locks the key. */
    recordFailure(key: string): GuardOutcome {
      const { failures } = bump.get(key)!
      if (failures >= threshold) {
        lock.run(now().getTime(), key)
        return { locked: true }
      }
      return { locked: false, attemptsLeft: threshold - failures }
    },
    reset(key: string): void {
      clear.run(key)
    },
    /** Seeds a locked account (the demo "locked" member). */
    lockNow(key: string): void {
      db.prepare(
        `INSERT INTO login_guard (id_key, failures, locked_at) VALUES (?, ?, ?)
         ON CONFLICT (id_key) DO UPDATE SET failures = excluded.failures, locked_at = excluded.locked_at`,
      ).run(key, threshold, now().getTime())
    },
  }
}
export type LoginGuard = ReturnType<typeof createLoginGuard>
