import type { Database } from '../db/database'
import type { DeliveryChannel } from '../../shared/api/credentials'
import type { PasswordPolicy } from '../../shared/config/password-policy'
import { generateTemporaryKey, sameDigest, secretDigest } from './one-time-secret'

/**
 * Temporary keys kept in another module's table (the teller's sealed slips, sandbox/teller) that sign in
 * exactly like these: one open key per member across every source, used once, revoked together.
 */
export interface KeySource {
  hasOpen(memberId: number, at: number): boolean
  consume(memberId: number, candidate: string, at: number): boolean
  isRecentKey(memberId: number, candidate: string): boolean
  revokeAll(memberId: number, at: number): void
}

export interface TemporaryKeyDeps {
  db: Database
  secret: string
  policy: PasswordPolicy
  ttlSeconds: number
  now: () => Date
}

/**
 * Single-use temporary keys (seeds 000, 001, 003): only the newest one of a member is valid, until it is
 * used, it expires, or the member sets a password. Issuing one does not disable the current password, so
 * asking for a key in someone else's name cannot lock them out.
 */
export function createTemporaryKeys({ db, secret, policy, ttlSeconds, now }: TemporaryKeyDeps) {
  const digest = (key: string) => secretDigest(secret, 'temporary-key', key)
  const revokeOpen = db.prepare<[number, number]>(
    'UPDATE temporary_keys SET revoked_at = ? WHERE member_id = ? AND used_at IS NULL AND revoked_at IS NULL',
  )
  const insert = db.prepare(
    `INSERT INTO temporary_keys (member_id, key_hash, reason, channel, created_at, expires_at)
     VALUES (@memberId, @keyHash, @reason, @channel, @createdAt, @expiresAt)`,
  )
  const active = db.prepare<[number, number], { id: number; key_hash: string }>(
    `SELECT id, key_hash FROM temporary_keys
     WHERE member_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
     ORDER BY id DESC LIMIT 1`,
  )
  const markUsed = db.prepare<[number, number]>(
    'UPDATE temporary_keys SET used_at = ? WHERE id = ? AND used_at IS NULL',
  )
  const recent = db.prepare<[number], { key_hash: string }>(
    'SELECT key_hash FROM temporary_keys WHERE member_id = ? ORDER BY id DESC LIMIT 5',
  )

  const sources: KeySource[] = []
  const revokeEverywhere = (memberId: number, t: number) => {
    revokeOpen.run(t, memberId)
    for (const s of sources) s.revokeAll(memberId, t)
  }

  return {
    ttlSeconds,
    digest,
    /** Another module's keys join these (called at start-up). */
    addSource(source: KeySource): void {
      sources.push(source)
    },
    /** A new key for the member (older open keys are revoked). Call inside the transaction that sends it. */
    issue(memberId: number, reason: 'recovery' | 'enrollment', channel: DeliveryChannel): string {
      const key = generateTemporaryKey(policy)
      const t = now().getTime()
      revokeEverywhere(memberId, t)
      insert.run({
        memberId,
        keyHash: digest(key),
        reason,
        channel,
        createdAt: t,
        expiresAt: t + ttlSeconds * 1000,
      })
      return key
    },
    /** Whether the member has a key that could still be used (wrong guesses then count against it). */
    hasOpen(memberId: number): boolean {
      const t = now().getTime()
      return active.get(memberId, t) !== undefined || sources.some((s) => s.hasOpen(memberId, t))
    },
    /** True, once, when `candidate` is the member's valid key; it is then used up. Synchronous. */
    consume(memberId: number, candidate: string): boolean {
      const t = now().getTime()
      if (sources.some((s) => s.consume(memberId, candidate, t))) return true
      const row = active.get(memberId, t)
      if (!row || !sameDigest(row.key_hash, digest(candidate))) return false
      return markUsed.run(t, row.id).changes === 1
    },
    /** Whether `candidate` equals one of the member's recent keys (a new password may not). */
    isRecentKey(memberId: number, candidate: string): boolean {
      const d = digest(candidate)
      return (
        recent.all(memberId).some((r) => sameDigest(r.key_hash, d)) ||
        sources.some((s) => s.isRecentKey(memberId, candidate))
      )
    },
    /** A new password makes every open key useless. */
    revokeAll(memberId: number): void {
      revokeEverywhere(memberId, now().getTime())
    },
  }
}
export type TemporaryKeys = ReturnType<typeof createTemporaryKeys>
