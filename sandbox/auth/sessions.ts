import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import type { PreviousSignIn } from '../../shared/api/auth'
import { KioskError } from '../../shared/ipc/errors'

const TOKEN_BYTES = 32
/** Rows expired this long ago are deleted when new sessions are made. */
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000

export interface ActiveSession {
  memberId: number
  expiresAt: Date
}

/** How a token is stored (and how other tables refer to its session). */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex')

/**
 * Opaque bearer sessions: the token is 32 random bytes (base64url) handed out once, and only its
 * sha256 is stored. Expiry slides on keepalive; the clock is injected so tests can move time.
 */
export function createSessionStore(db: Database, ttlSeconds: number, now: () => Date) {
  const ttlMs = ttlSeconds * 1000
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, member_id, kiosk_id, created_at, expires_at)
     VALUES (@tokenHash, @memberId, @kioskId, @createdAt, @expiresAt)`,
  )
  // Read before it is overwritten: the sign-in before this one is what the member is shown.
  const lastSignIn = db.prepare<[number], { at: number; kiosk_id: string }>(
    'SELECT at, kiosk_id FROM last_sign_ins WHERE member_id = ?',
  )
  const recordSignIn = db.prepare<[number, number, string]>(
    `INSERT INTO last_sign_ins (member_id, at, kiosk_id) VALUES (?, ?, ?)
     ON CONFLICT (member_id) DO UPDATE SET at = excluded.at, kiosk_id = excluded.kiosk_id`,
  )
  const sweep = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at < ?')
  const find = db.prepare<[string], { member_id: number; expires_at: number; revoked_at: number | null }>(
    'SELECT member_id, expires_at, revoked_at FROM sessions WHERE token_hash = ?',
  )
  const extend = db.prepare<[number, string]>('UPDATE sessions SET expires_at = ? WHERE token_hash = ?')
  const revoke = db.prepare<[number, string]>(
    'UPDATE sessions SET revoked_at = coalesce(revoked_at, ?) WHERE token_hash = ?',
  )

  const expired = () => new KioskError('SESSION_EXPIRED', 'Session expired or unknown')

  /** The live session for a token, or SESSION_EXPIRED (expired, revoked and unknown look alike). */
  function requireSession(token: string): ActiveSession {
    const row = find.get(hashToken(token))
    if (!row || row.revoked_at !== null || row.expires_at <= now().getTime()) throw expired()
    return { memberId: row.member_id, expiresAt: new Date(row.expires_at) }
  }

  return {
    /** A new session, and the member's sign-in before it (null the first time), as a security signal. */
    create(memberId: number, kioskId: string): { token: string; expiresAt: Date; previous: PreviousSignIn } {
      const t = now().getTime()
      const token = randomBytes(TOKEN_BYTES).toString('base64url')
      sweep.run(t - SWEEP_AFTER_MS)
      const last = lastSignIn.get(memberId)
      insert.run({ tokenHash: hashToken(token), memberId, kioskId, createdAt: t, expiresAt: t + ttlMs })
      recordSignIn.run(memberId, t, kioskId)
      const previous: PreviousSignIn = last
        ? { at: new Date(last.at).toISOString(), channel: 'kiosk', kioskId: last.kiosk_id }
        : null
      return { token, expiresAt: new Date(t + ttlMs), previous }
    },
    require: requireSession,
    /** Slides the expiry to now + TTL. */
    keepAlive(token: string): Date {
      requireSession(token)
      const expiresAt = now().getTime() + ttlMs
      extend.run(expiresAt, hashToken(token))
      return new Date(expiresAt)
    },
    /** Idempotent for any token this server issued (even expired or already revoked); unknown → SESSION_EXPIRED. */
    revoke(token: string): void {
      const result = revoke.run(now().getTime(), hashToken(token))
      if (result.changes === 0) throw expired()
    },
  }
}
export type SessionStore = ReturnType<typeof createSessionStore>
