import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { KioskError } from '../../shared/ipc/errors'
import { createDeviceSecretService, type KeyringEntry, type KeyringFactory } from './device-secret'

/** An in-memory keychain with the same shape as @napi-rs/keyring's Entry. */
function memoryKeyring() {
  const items = new Map<string, string>()
  const opened: string[] = []
  const factory: KeyringFactory = (service, account) => {
    const key = `${service}/${account}`
    opened.push(key)
    return {
      getPassword: () => items.get(key) ?? null,
      setPassword: (p) => void items.set(key, p),
      deletePassword: () => items.delete(key),
    }
  }
  return { factory, items, opened }
}

describe('DeviceSecretService', () => {
  it('creates 32 random bytes (base64url) once and then returns the same secret', () => {
    const kc = memoryKeyring()
    const svc = createDeviceSecretService({ keyring: kc.factory })
    const secret = svc.getOrCreate()
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32)
    expect(svc.getOrCreate()).toBe(secret)
    expect(kc.items.get('cooperativa-kiosk/device-secret')).toBe(secret)
    // A second service (e.g. after a restart) finds the stored one.
    expect(createDeviceSecretService({ keyring: kc.factory }).getOrCreate()).toBe(secret)
  })

  it('gives a 16-hex fingerprint derived from, but not revealing, the secret', () => {
    const svc = createDeviceSecretService({ keyring: memoryKeyring().factory })
    const secret = svc.getOrCreate()
    const fp = svc.fingerprint()
    expect(fp).toMatch(/^[0-9a-f]{16}$/)
    expect(fp).toBe(createHash('sha256').update(secret).digest('hex').slice(0, 16))
    expect(secret).not.toContain(fp)
  })

  it('rotate replaces the secret and the fingerprint', () => {
    const kc = memoryKeyring()
    const svc = createDeviceSecretService({ keyring: kc.factory })
    const before = svc.getOrCreate()
    const fpBefore = svc.fingerprint()
    const after = svc.rotate()
    expect(after).not.toBe(before)
    expect(svc.getOrCreate()).toBe(after)
    expect(svc.fingerprint()).not.toBe(fpBefore)
  })

  it('uses the given service and account names', () => {
    const kc = memoryKeyring()
    createDeviceSecretService({ keyring: kc.factory, service: 'coop-x', account: 'kiosk-7' }).getOrCreate()
    expect([...kc.items.keys()]).toEqual(['coop-x/kiosk-7'])
  })

  it('refuses a malformed stored secret instead of silently replacing it', () => {
    const kc = memoryKeyring()
    kc.items.set('cooperativa-kiosk/device-secret', 'short')
    const svc = createDeviceSecretService({ keyring: kc.factory })
    expect(() => svc.getOrCreate()).toThrow(KioskError)
    expect(kc.items.get('cooperativa-kiosk/device-secret')).toBe('short')
    expect(svc.rotate()).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('turns an unavailable keychain into KioskError INTERNAL with a clear message', () => {
    const failing =
      (where: 'open' | 'get' | 'set'): KeyringFactory =>
      () => {
        if (where === 'open') throw new Error('DBus error: no session bus')
        const entry: KeyringEntry = {
          getPassword: () => {
            if (where === 'get') throw new Error('locked collection')
            return null
          },
          setPassword: () => {
            throw new Error('write refused')
          },
          deletePassword: () => false,
        }
        return entry
      }
    for (const where of ['open', 'get', 'set'] as const) {
      const svc = createDeviceSecretService({ keyring: failing(where) })
      let err: unknown
      try {
        svc.getOrCreate()
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(KioskError)
      expect((err as KioskError).code).toBe('INTERNAL')
      expect((err as KioskError).message).toMatch(/OS keychain unavailable/)
      expect((err as KioskError).message).toMatch(/Secret Service/)
    }
  })
})
