import { z } from 'zod'
import { DeviceKeyIdSchema } from '../../../shared/api/devices'
import { KioskError } from '../../../shared/ipc/errors'
import type { KeyringEntry, KeyringFactory } from './keyring'

export const DEFAULT_KEYCHAIN_SERVICE = 'cooperativa-kiosk'
export const DEVICE_CREDENTIAL_ACCOUNT = 'device-credential'

/** The device credential provisioning issued: the enrolled key's id and its Ed25519 private key (PKCS#8). */
export const StoredCredentialSchema = z
  .object({
    kioskId: z.string().min(1).max(64),
    keyId: DeviceKeyIdSchema,
    privateKey: z.string().regex(/^[A-Za-z0-9_-]{64}$/, 'PKCS#8 Ed25519, base64url'),
  })
  .strict()
export type StoredCredential = z.infer<typeof StoredCredentialSchema>

export interface DeviceCredentialStore {
  /** The stored credential, or null when the kiosk was never provisioned (or the keychain lost it). */
  read(): StoredCredential | null
  write(credential: StoredCredential): void
  clear(): void
}

const unavailable = (what: string, e: unknown) =>
  new KioskError(
    'INTERNAL',
    `OS keychain unavailable (${what}): ${e instanceof Error ? e.message : String(e)}. ` +
      'On Linux a Secret Service (e.g. gnome-keyring) must be running and unlocked.',
  )

/**
 * Keeps the device's private key in the OS keychain (Credential Manager, Keychain, Secret Service), so it
 * never sits in a config file. It replaces the device secret of earlier builds (`device-secret`).
 */
export function createDeviceCredentialStore({
  keyring,
  service = DEFAULT_KEYCHAIN_SERVICE,
  account = DEVICE_CREDENTIAL_ACCOUNT,
}: {
  keyring: KeyringFactory
  service?: string
  account?: string
}): DeviceCredentialStore {
  let entry: KeyringEntry | undefined
  const item = (): KeyringEntry => {
    try {
      entry ??= keyring(service, account)
      return entry
    } catch (e) {
      throw unavailable('open', e)
    }
  }
  const guarded = <T>(what: string, f: () => T): T => {
    try {
      return f()
    } catch (e) {
      throw e instanceof KioskError ? e : unavailable(what, e)
    }
  }
  return {
    read() {
      const text = guarded('read', () => item().getPassword())
      if (text === null) return null
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        value = undefined
      }
      const parsed = StoredCredentialSchema.safeParse(value)
      // Never silently replace a credential: IT re-provisions.
      if (!parsed.success) throw new KioskError('INTERNAL', 'stored device credential is malformed')
      return parsed.data
    },
    write: (credential) =>
      guarded('write', () => item().setPassword(JSON.stringify(StoredCredentialSchema.parse(credential)))),
    clear: () => void guarded('delete', () => item().deletePassword()),
  }
}
