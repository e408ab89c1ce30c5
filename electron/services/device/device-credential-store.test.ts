import { describe, expect, it } from 'vitest'
import { deviceKeyId, generateDeviceKeyPair } from '../../../shared/device/message-signature'
import { KioskError } from '../../../shared/ipc/errors'
import { createDeviceCredentialStore } from './device-credential-store'
import { memoryKeyring } from './keyring'

describe('DeviceCredentialStore', () => {
  it('writes the credential as one keychain item and reads it back; clear removes it', async () => {
    const keyring = memoryKeyring()
    const store = createDeviceCredentialStore({ keyring })
    expect(store.read()).toBeNull()
    const pair = await generateDeviceKeyPair()
    const credential = {
      kioskId: 'K1',
      keyId: await deviceKeyId(pair.publicKey),
      privateKey: pair.privateKey,
    }
    store.write(credential)
    expect(JSON.parse(keyring.items.get('cooperativa-kiosk/device-credential')!)).toEqual(credential)
    expect(createDeviceCredentialStore({ keyring }).read()).toEqual(credential)
    store.clear()
    expect(store.read()).toBeNull()
  })

  it('refuses a malformed stored item instead of replacing it', () => {
    const keyring = memoryKeyring()
    keyring.items.set('cooperativa-kiosk/device-credential', '{"kioskId":"K1"}')
    expect(() => createDeviceCredentialStore({ keyring }).read()).toThrow(KioskError)
    expect(keyring.items.get('cooperativa-kiosk/device-credential')).toBe('{"kioskId":"K1"}')
  })

  it('reports a keychain that cannot open as INTERNAL with the Secret Service hint', () => {
    const store = createDeviceCredentialStore({
      keyring: () => {
        throw new Error('no dbus')
      },
    })
    const e = (() => {
      try {
        store.read()
      } catch (err) {
        return err as KioskError
      }
    })()
    expect(e?.code).toBe('INTERNAL')
    expect(e?.message).toContain('Secret Service')
  })
})
