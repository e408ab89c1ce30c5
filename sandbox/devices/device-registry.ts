import { createHash, randomBytes } from 'node:crypto'
import type { DeviceCredential, EnrollDeviceBody } from '../../shared/api/devices'
import {
  deviceKeyId,
  importDevicePublicKey,
  type DeviceCryptoKey,
  type KeyLookup,
} from '../../shared/device/message-signature'
import { KioskError } from '../../shared/ipc/errors'
import type { Database } from '../db/database'

interface DeviceRow {
  kiosk_id: string
  branch_id: string
  key_id: string
  public_key: string
  status: 'active' | 'revoked' | 'replaced'
  enrolled_at: number
}
interface TokenRow {
  kiosk_id: string
  branch_id: string
  expires_at: number
  used_at: number | null
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex')
const credentialOf = (r: DeviceRow): DeviceCredential => ({
  kioskId: r.kiosk_id,
  branchId: r.branch_id,
  keyId: r.key_id,
  status: 'active',
  enrolledAt: new Date(r.enrolled_at).toISOString(),
})

/** Enrollment tokens and device keys: what provisioning issues, enrollment trades and signatures check. */
export function createDeviceRegistry(db: Database, now: () => Date) {
  const tokenRow = db.prepare<[string], TokenRow>(
    'SELECT kiosk_id, branch_id, expires_at, used_at FROM device_enrollment_tokens WHERE token_digest = ?',
  )
  const byKey = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE key_id = ?')
  const keys = new Map<string, DeviceCryptoKey>()

  const enroll = db.transaction((body: EnrollDeviceBody, keyId: string): DeviceRow => {
    const at = now().getTime()
    const token = tokenRow.get(digest(body.enrollmentToken))
    if (!token || token.kiosk_id !== body.kioskId || token.branch_id !== body.branchId)
      throw new KioskError('CODE_INVALID', 'Unknown enrollment token for this kiosk')
    if (token.used_at !== null) throw new KioskError('CODE_EXPIRED', 'Enrollment token already used')
    if (token.expires_at <= at) throw new KioskError('CODE_EXPIRED', 'Enrollment token expired')
    if (byKey.get(keyId)) throw new KioskError('CODE_INVALID', 'This device key is already enrolled')
    db.prepare('UPDATE device_enrollment_tokens SET used_at = ? WHERE token_digest = ?').run(
      at,
      digest(body.enrollmentToken),
    )
    db.prepare(
      "UPDATE devices SET status = 'replaced', ended_at = ? WHERE kiosk_id = ? AND status = 'active'",
    ).run(at, body.kioskId)
    db.prepare(
      `INSERT INTO devices (kiosk_id, branch_id, key_id, public_key, status, enrolled_at)
         VALUES (?, ?, ?, ?, 'active', ?)`,
    ).run(body.kioskId, body.branchId, keyId, body.publicKey, at)
    return byKey.get(keyId)!
  })

  return {
    /** A provisioning file's token: random, shown once, stored as a digest. */
    issueToken(kioskId: string, branchId: string, ttlSeconds: number) {
      const token = randomBytes(24).toString('base64url')
      const at = now().getTime()
      const expiresAt = at + ttlSeconds * 1000
      db.prepare(
        `INSERT INTO device_enrollment_tokens (token_digest, kiosk_id, branch_id, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(digest(token), kioskId, branchId, at, expiresAt)
      return { token, expiresAt: new Date(expiresAt).toISOString() }
    },
    async enroll(body: EnrollDeviceBody): Promise<DeviceCredential> {
      try {
        await importDevicePublicKey(body.publicKey)
      } catch {
        throw new KioskError('VALIDATION', 'publicKey is not an Ed25519 key')
      }
      return credentialOf(enroll(body, await deviceKeyId(body.publicKey)))
    },
    /** Revokes the kiosk's active key; its next signed request is refused with DEVICE_REVOKED. */
    revoke(kioskId: string): number {
      return Number(
        db
          .prepare(
            "UPDATE devices SET status = 'revoked', ended_at = ? WHERE kiosk_id = ? AND status = 'active'",
          )
          .run(now().getTime(), kioskId).changes,
      )
    },
    credential(keyId: string): DeviceCredential {
      const row = byKey.get(keyId)
      if (!row || row.status !== 'active') throw new KioskError('DEVICE_REVOKED', 'Device key revoked')
      return credentialOf(row)
    },
    list: () =>
      db
        .prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY id')
        .all()
        .map((r) => ({ kioskId: r.kiosk_id, keyId: r.key_id, status: r.status })),
    /** The verifier's key lookup: status read fresh every time, the imported key cached. */
    lookup: (async (keyId) => {
      const row = byKey.get(keyId)
      if (!row) return null
      const key = keys.get(keyId) ?? (await importDevicePublicKey(row.public_key))
      keys.set(keyId, key)
      return { revoked: row.status !== 'active', publicKey: key }
    }) satisfies KeyLookup,
  }
}
export type DeviceRegistry = ReturnType<typeof createDeviceRegistry>
