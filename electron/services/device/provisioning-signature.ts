import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  PROVISIONING_FORMAT,
  ProvisioningFileSchema,
  ProvisioningPayloadSchema,
  type ProvisioningFile,
  type ProvisioningPayload,
} from '../../../shared/device/provisioning-file'
import { ProvisioningError } from './provisioning-error'

/** A provisioning key's id: sha-256 of its SPKI (DER), first 16 hex digits. */
export const provisioningKeyId = (key: KeyObject): string =>
  createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16)

/** The cooperative's provisioning public keys (PEM files) in a folder baked into the build. */
export function loadTrustedKeys(dir: string): KeyObject[] {
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.pem'))
  } catch {
    return []
  }
  return names.map((n) => publicKeyOf(readFileSync(join(dir, n), 'utf8')))
}

export function publicKeyOf(pem: string): KeyObject {
  const key = createPublicKey(pem)
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('provisioning keys are Ed25519')
  return key
}

/** Signs a payload as the cooperative's provisioning tool does (tests and the issuing tool). */
export function signProvisioningFile(payload: ProvisioningPayload, privateKey: KeyObject): ProvisioningFile {
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8')
  return {
    format: PROVISIONING_FORMAT,
    keyId: provisioningKeyId(createPublicKey(privateKey)),
    payload: bytes.toString('base64url'),
    signature: sign(null, bytes, privateKey).toString('base64url'),
  }
}

/** Reads a provisioning file's text: its format, the signer among the trusted keys, the signature, the payload. */
export function verifyProvisioningFile(text: string, trusted: readonly KeyObject[]): ProvisioningPayload {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ProvisioningError('malformed', 'the file is not JSON')
  }
  const file = ProvisioningFileSchema.safeParse(json)
  if (!file.success)
    throw new ProvisioningError(
      'malformed',
      `not a provisioning file (${file.error.issues.map((i) => i.path.join('.') || i.message).join(', ')})`,
    )
  const key = trusted.find((k) => provisioningKeyId(k) === file.data.keyId)
  if (!key)
    throw new ProvisioningError('foreign-key', `signed by key ${file.data.keyId}, not this cooperative's`)
  const bytes = Buffer.from(file.data.payload, 'base64url')
  if (!verify(null, bytes, key, Buffer.from(file.data.signature, 'base64url')))
    throw new ProvisioningError('tampered', 'the signature does not match the content')
  let payload: unknown
  try {
    payload = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new ProvisioningError('malformed', 'the signed content is not JSON')
  }
  const parsed = ProvisioningPayloadSchema.safeParse(payload)
  if (!parsed.success)
    throw new ProvisioningError(
      'malformed',
      `signed content outside the format (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`,
    )
  return parsed.data
}
