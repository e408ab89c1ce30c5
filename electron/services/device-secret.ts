import { createHash, randomBytes } from 'node:crypto'
import { KioskError } from '../../shared/ipc/errors'

/** One keychain item; matches `new Entry(service, account)` of @napi-rs/keyring. */
export interface KeyringEntry {
  getPassword(): string | null
  setPassword(password: string): void
  deletePassword(): boolean
}
export type KeyringFactory = (service: string, account: string) => KeyringEntry

export interface DeviceSecretService {
  /** The device secret (32 random bytes, base64url), created on first use. */
  getOrCreate(): string
  /** sha256 of the secret, first 16 hex digits: identifies the secret without revealing it. */
  fingerprint(): string
  /** Replaces the secret; returns the new one. */
  rotate(): string
}

export interface DeviceSecretOptions {
  keyring: KeyringFactory
  service?: string
  account?: string
}

export const DEFAULT_KEYCHAIN_SERVICE = 'cooperativa-kiosk'
export const DEFAULT_KEYCHAIN_ACCOUNT = 'device-secret'
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/

const unavailable = (what: string, e: unknown) =>
  new KioskError(
    'INTERNAL',
    `OS keychain unavailable (${what}): ${e instanceof Error ? e.message : String(e)}. ` +
      'On Linux a Secret Service (e.g. gnome-keyring) must be running and unlocked.',
  )

/**
 * Keeps a per-device secret in the OS keychain (Keychain, Credential Manager, Secret Service), so it
 * never sits in a config file and survives reinstalls of the app.
 */
export function createDeviceSecretService({
  keyring,
  service = DEFAULT_KEYCHAIN_SERVICE,
  account = DEFAULT_KEYCHAIN_ACCOUNT,
}: DeviceSecretOptions): DeviceSecretService {
  let entry: KeyringEntry | undefined
  const item = (): KeyringEntry => {
    try {
      entry ??= keyring(service, account)
      return entry
    } catch (e) {
      throw unavailable('open', e)
    }
  }

  const store = (secret: string): string => {
    try {
      item().setPassword(secret)
    } catch (e) {
      throw e instanceof KioskError ? e : unavailable('write', e)
    }
    return secret
  }

  const self: DeviceSecretService = {
    getOrCreate() {
      let current: string | null
      try {
        current = item().getPassword()
      } catch (e) {
        throw e instanceof KioskError ? e : unavailable('read', e)
      }
      if (current === null) return store(randomBytes(32).toString('base64url'))
      // Never silently replace a secret the cooperative may have enrolled; IT decides with rotate().
      if (!SECRET_PATTERN.test(current)) throw new KioskError('INTERNAL', 'stored device secret is malformed')
      return current
    },
    fingerprint: () => createHash('sha256').update(self.getOrCreate()).digest('hex').slice(0, 16),
    rotate: () => store(randomBytes(32).toString('base64url')),
  }
  return self
}
