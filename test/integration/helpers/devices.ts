import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deviceKeyId, generateDeviceKeyPair } from '../../../shared/device/message-signature'
import type { ProvisioningPayload } from '../../../shared/device/provisioning-file'
import type { StoredCredential } from '../../../electron/services/device/device-credential-store'
import { signProvisioningFile } from '../../../electron/services/device/provisioning-signature'

/** Asks the sandbox (its sandbox-only door) for a kiosk's one-time enrollment token. */
export async function issueEnrollmentToken(
  sandboxUrl: string,
  kioskId: string,
  branchId = 'BR-01',
  ttlSeconds = 3600,
): Promise<{ token: string; expiresAt: string }> {
  const res = await fetch(`${sandboxUrl}/sandbox/devices/enrollment-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId, branchId, ttlSeconds }),
  })
  if (res.status !== 200) throw new Error(`enrollment token: ${res.status} ${await res.text()}`)
  return (await res.json()) as { token: string; expiresAt: string }
}

/** Enrolls a fresh device key for `kioskId` the way provisioning does, without the file or the keychain. */
export async function enrollTestDevice(sandboxUrl: string, kioskId = 'KIOSK-IT', branchId = 'BR-01') {
  const { token } = await issueEnrollmentToken(sandboxUrl, kioskId, branchId)
  const pair = await generateDeviceKeyPair()
  const res = await fetch(`${sandboxUrl}/v1/devices/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentToken: token, kioskId, branchId, publicKey: pair.publicKey }),
  })
  if (res.status !== 200) throw new Error(`enroll: ${res.status} ${await res.text()}`)
  const credential: StoredCredential = {
    kioskId,
    keyId: await deviceKeyId(pair.publicKey),
    privateKey: pair.privateKey,
  }
  return credential
}

export async function revokeDevice(sandboxUrl: string, kioskId: string): Promise<number> {
  const res = await fetch(`${sandboxUrl}/sandbox/devices/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId }),
  })
  return ((await res.json()) as { revoked: number }).revoked
}

/** A cooperative provisioning key pair; the public half as a PEM file in its own folder. */
export function provisioningKeys(): { privateKey: KeyObject; dir: string; pemFile: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-provisioning-keys-'))
  const pemFile = join(dir, 'cooperative.pem')
  writeFileSync(pemFile, publicKey.export({ type: 'spki', format: 'pem' }))
  return { privateKey, dir, pemFile }
}

/** A provisioning payload for `kioskId` at the sandbox, with a fresh enrollment token. */
export async function provisioningPayload(
  sandboxUrl: string,
  kioskId: string,
  over: Partial<ProvisioningPayload> = {},
): Promise<ProvisioningPayload> {
  const branch = over.branch ?? { id: 'BR-07', name: 'Sucursal Norte' }
  const enrollment = await issueEnrollmentToken(sandboxUrl, kioskId, branch.id)
  return {
    kioskId,
    branch,
    profile: 'co',
    api: { baseUrl: sandboxUrl },
    printer: { kind: 'none' },
    updateChannel: 'pilot',
    enrollment,
    issuedAt: new Date().toISOString(),
    ...over,
  }
}

export const provisioningFileText = (payload: ProvisioningPayload, key: KeyObject): string =>
  `${JSON.stringify(signProvisioningFile(payload, key), null, 2)}\n`
