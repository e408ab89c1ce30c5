import type { Database } from '../db/database'
import type { SensitiveOperation } from '../../shared/credentials/security-questions'

/** How long a right security answer keeps its operation open. */
export const GRANT_TTL_SECONDS = 300

/**
 * A right security answer opens one sensitive operation for the session that gave it, once and for a few
 * minutes. Keyed by the session's token hash, so it dies with the session.
 */
export function createVerificationGrants(db: Database, now: () => Date) {
  const upsert = db.prepare(
    `INSERT INTO verification_grants (token_hash, operation, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (token_hash, operation) DO UPDATE SET expires_at = excluded.expires_at`,
  )
  const find = db.prepare<[string, string, number], { expires_at: number }>(
    'SELECT expires_at FROM verification_grants WHERE token_hash = ? AND operation = ? AND expires_at > ?',
  )
  const remove = db.prepare<[string, string, number]>(
    'DELETE FROM verification_grants WHERE token_hash = ? AND operation = ? AND expires_at > ?',
  )
  return {
    grant(tokenHash: string, operation: SensitiveOperation): Date {
      const expiresAt = now().getTime() + GRANT_TTL_SECONDS * 1000
      upsert.run(tokenHash, operation, expiresAt)
      return new Date(expiresAt)
    },
    has(tokenHash: string, operation: SensitiveOperation): boolean {
      return find.get(tokenHash, operation, now().getTime()) !== undefined
    },
    /** Uses the grant up; false if there was none (expired, used, never given). */
    consume(tokenHash: string, operation: SensitiveOperation): boolean {
      return remove.run(tokenHash, operation, now().getTime()).changes === 1
    },
  }
}
export type VerificationGrants = ReturnType<typeof createVerificationGrants>
