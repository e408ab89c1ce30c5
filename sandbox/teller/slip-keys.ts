import type { Database } from '../db/database'
import type { KeySource, TemporaryKeys } from '../credentials/temporary-keys'
import { sameDigest } from '../credentials/one-time-secret'

/**
 * Temporary keys printed on a sealed slip at the teller's desk, stored as the credentials module stores
 * its keys (the same keyed digest) and joined to them as a key source: one open key per member.
 */
export function createSlipKeys(db: Database, temporaryKeys: TemporaryKeys) {
  const insert = db.prepare(
    `INSERT INTO teller_slip_keys (member_id, audit_id, key_hash, created_at, expires_at)
     VALUES (@memberId, @auditId, @keyHash, @t, @expiresAt)`,
  )
  const open = db.prepare<
    [number, number],
    { id: number; key_hash: string; created_at: number; expires_at: number }
  >(
    `SELECT id, key_hash, created_at, expires_at FROM teller_slip_keys
     WHERE member_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
     ORDER BY id DESC LIMIT 1`,
  )
  const markUsed = db.prepare<[number, number]>(
    'UPDATE teller_slip_keys SET used_at = ? WHERE id = ? AND used_at IS NULL',
  )
  const revoke = db.prepare<[number, number]>(
    'UPDATE teller_slip_keys SET revoked_at = ? WHERE member_id = ? AND used_at IS NULL AND revoked_at IS NULL',
  )
  const recent = db.prepare<[number], { key_hash: string }>(
    'SELECT key_hash FROM teller_slip_keys WHERE member_id = ? ORDER BY id DESC LIMIT 5',
  )

  const source: KeySource = {
    hasOpen: (memberId, at) => open.get(memberId, at) !== undefined,
    consume(memberId, candidate, at) {
      const row = open.get(memberId, at)
      if (!row || !sameDigest(row.key_hash, temporaryKeys.digest(candidate))) return false
      return markUsed.run(at, row.id).changes === 1
    },
    isRecentKey(memberId, candidate) {
      const d = temporaryKeys.digest(candidate)
      return recent.all(memberId).some((r) => sameDigest(r.key_hash, d))
    },
    revokeAll: (memberId, at) => void revoke.run(at, memberId),
  }
  temporaryKeys.addSource(source)

  return {
    /** Stores the digest of a new slip key (older open keys of every kind are revoked). Inside a transaction. */
    store(memberId: number, auditId: number, key: string, at: number): void {
      temporaryKeys.revokeAll(memberId)
      insert.run({
        memberId,
        auditId,
        keyHash: temporaryKeys.digest(key),
        t: at,
        expiresAt: at + temporaryKeys.ttlSeconds * 1000,
      })
    },
    open: (memberId: number, at: number) => open.get(memberId, at),
  }
}
export type SlipKeys = ReturnType<typeof createSlipKeys>
