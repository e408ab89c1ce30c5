import { describe, expect, it } from 'vitest'
import { provisionDeviceSecret } from '../../../electron/main/device-secret-boot'
import type { KeyringEntry, KeyringFactory } from '../../../electron/services/device-secret'
import { silentLog } from './fakes'

/** An in-memory keychain with @napi-rs/keyring's Entry shape. */
function memoryKeyring(): { factory: KeyringFactory; items: Map<string, string> } {
  const items = new Map<string, string>()
  const factory: KeyringFactory = (service, account): KeyringEntry => {
    const key = `${service}/${account}`
    return {
      getPassword: () => items.get(key) ?? null,
      setPassword: (p) => void items.set(key, p),
      deletePassword: () => items.delete(key),
    }
  }
  return { factory, items }
}

describe('provisionDeviceSecret', () => {
  it('creates the secret once and logs only its fingerprint', async () => {
    const { factory, items } = memoryKeyring()
    const log = silentLog()
    await expect(provisionDeviceSecret(async () => factory, log)).resolves.toBe(true)
    await expect(provisionDeviceSecret(async () => factory, log)).resolves.toBe(true)
    expect(items.size).toBe(1)
    const secret = [...items.values()][0] ?? ''
    expect(JSON.stringify(log.info.mock.calls)).not.toContain(secret)
    expect(log.info.mock.calls[0]?.[0]).toEqual({ fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) })
  })

  it('logs a missing keychain as a warning instead of failing the start', async () => {
    const log = silentLog()
    const broken = async (): Promise<KeyringFactory> => {
      throw new Error('no Secret Service')
    }
    await expect(provisionDeviceSecret(broken, log)).resolves.toBe(false)
    expect(log.warn).toHaveBeenCalledWith(
      { err: 'no Secret Service' },
      expect.stringContaining('unavailable'),
    )
  })
})
