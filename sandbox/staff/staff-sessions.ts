import { randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import { StaffRoleSchema, type StaffProfile, type StaffRole } from '../../shared/api/staff'
import { KioskError } from '../../shared/ipc/errors'
import { hashToken } from '../auth/sessions'

interface Row {
  username: string
  display_name: string
  roles: string
  terminal_id: string
  expires_at: number
  revoked_at: number | null
}

export interface NewStaffSession {
  username: string
  displayName: string
  roles: readonly StaffRole[]
  terminalId: string
}

/**
 * Staff bearer sessions, kept apart from members' (their own table): 32 random bytes, only the sha256
 * stored. The TTL is an idle timeout: every staff request that finds the session moves its expiry on.
 */
export function createStaffSessions(db: Database, idleSeconds: number, now: () => Date) {
  const idleMs = idleSeconds * 1000
  const insert = db.prepare(
    `INSERT INTO staff_sessions (token_hash, username, display_name, roles, terminal_id, created_at, expires_at)
     VALUES (@tokenHash, @username, @displayName, @roles, @terminalId, @t, @expiresAt)`,
  )
  const find = db.prepare<[string], Row>(
    `SELECT username, display_name, roles, terminal_id, expires_at, revoked_at
     FROM staff_sessions WHERE token_hash = ?`,
  )
  const slide = db.prepare<[number, string]>('UPDATE staff_sessions SET expires_at = ? WHERE token_hash = ?')
  const revoke = db.prepare<[number, string]>(
    'UPDATE staff_sessions SET revoked_at = coalesce(revoked_at, ?) WHERE token_hash = ?',
  )
  const sweep = db.prepare<[number]>('DELETE FROM staff_sessions WHERE expires_at < ?')

  const expired = () => new KioskError('SESSION_EXPIRED', 'Staff session expired or unknown')
  const profile = (r: Row, expiresAt: number): StaffProfile => ({
    username: r.username,
    displayName: r.display_name,
    roles: StaffRoleSchema.array().parse(JSON.parse(r.roles)),
    terminalId: r.terminal_id,
    expiresAt: new Date(expiresAt).toISOString(),
  })

  return {
    create(s: NewStaffSession): StaffProfile & { token: string } {
      const t = now().getTime()
      const token = randomBytes(32).toString('base64url')
      sweep.run(t - 86_400_000)
      const row = { ...s, roles: JSON.stringify(s.roles) }
      insert.run({ ...row, tokenHash: hashToken(token), t, expiresAt: t + idleMs })
      return { token, ...s, roles: [...s.roles], expiresAt: new Date(t + idleMs).toISOString() }
    },
    /** Whether the token is a staff token at all (live or not): member routes refuse those. */
    isStaffToken: (token: string) => find.get(hashToken(token)) !== undefined,
    /** The live session's profile, its idle expiry moved to now + TTL; SESSION_EXPIRED otherwise. */
    touch(token: string): StaffProfile {
      const row = find.get(hashToken(token))
      const t = now().getTime()
      if (!row || row.revoked_at !== null || row.expires_at <= t) throw expired()
      slide.run(t + idleMs, hashToken(token))
      return profile(row, t + idleMs)
    },
    /** Idempotent for any staff token this server issued; unknown → SESSION_EXPIRED. */
    revoke(token: string): void {
      if (revoke.run(now().getTime(), hashToken(token)).changes === 0) throw expired()
    },
  }
}
export type StaffSessions = ReturnType<typeof createStaffSessions>
