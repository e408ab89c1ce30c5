import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPublicKey } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createDeviceCredentialStore } from '../../electron/services/device/device-credential-store'
import { memoryKeyring } from '../../electron/services/device/keyring'
import { createJsonFileConfigStore } from '../../electron/services/json-file-config-store'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import {
  enrollTestDevice,
  provisioningFileText,
  provisioningKeys,
  provisioningPayload,
  revokeDevice,
} from './helpers/devices'

const ACTIVE = demoMember('co', 'active')
const logger = createLogger({ level: 'silent' })
let sandbox: TestSandbox
const dir = mkdtempSync(join(tmpdir(), 'kiosk-device-services-'))

beforeAll(async () => {
  // Enforcing: every call of main's services below is signed, or refused.
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock(), devUnsigned: false })
})
afterAll(async () => {
  await sandbox?.close()
  rmSync(dir, { recursive: true, force: true })
})

const configFor = (baseUrl: string, kioskId = 'KIOSK-IT') =>
  KioskConfigSchema.parse({ kioskId, api: { baseUrl, timeoutMs: 3000, retries: 0 } })

function kiosk(device: Parameters<typeof createKioskServices>[0]['device'], kioskId?: string) {
  const services = createKioskServices({
    config: configFor(sandbox.url, kioskId),
    emit: createEventHub().emit,
    logger,
    device,
  })
  const call = (channel: InvokeChannel, payload: unknown = {}) => services.registry.dispatch(channel, payload)
  return { services, call }
}

describe("main's services, fully signed, against the enforcing sandbox", () => {
  it('a provisioned kiosk signs the member journey; revoked, every call is refused and it is out of service', async () => {
    const keyring = memoryKeyring()
    const credentials = createDeviceCredentialStore({ keyring })
    credentials.write(await enrollTestDevice(sandbox.url, 'KIOSK-IT'))
    const { services, call } = kiosk({ credentials, devUnsigned: false, trustedKeys: [] })
    expect(await call('device.status')).toMatchObject({
      ok: true,
      data: { state: 'active', kioskId: 'KIOSK-IT' },
    })
    expect(await call('auth.lookup', { idNumber: ACTIVE.idNumber })).toMatchObject({ ok: true })
    expect(await call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })).toMatchObject({
      ok: true,
    })
    expect(await call('member.summary')).toMatchObject({ ok: true, data: { fullName: ACTIVE.fullName } })

    await revokeDevice(sandbox.url, 'KIOSK-IT')
    expect(await call('member.summary')).toMatchObject({ ok: false, error: { code: 'DEVICE_REVOKED' } })
    expect(await call('device.status')).toMatchObject({ ok: true, data: { state: 'revoked' } })
    // The member's session ended in main with the revocation.
    await expect.poll(() => services.auth.hasSession()).toBe(false)
    await services.dispose()
  })

  it('without a credential the kiosk is unprovisioned, and its unsigned calls are refused', async () => {
    const { services, call } = kiosk({
      credentials: createDeviceCredentialStore({ keyring: memoryKeyring() }),
      devUnsigned: false,
      trustedKeys: [],
    })
    expect(await call('device.status')).toMatchObject({ ok: true, data: { state: 'unprovisioned' } })
    expect(await call('auth.lookup', { idNumber: ACTIVE.idNumber })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_UNAUTHORIZED' },
    })
    await services.dispose()
  })

  it('the first-run screen provisions from the USB stick: the key goes to the keychain, the next calls are signed', async () => {
    const keys = provisioningKeys()
    const usb = join(dir, 'media', 'it', 'STICK')
    mkdirSync(usb, { recursive: true })
    const payload = await provisioningPayload(sandbox.url, 'KIOSK-USB')
    writeFileSync(join(usb, 'KIOSK-USB.provisioning.json'), provisioningFileText(payload, keys.privateKey))
    const keyring = memoryKeyring()
    const configStore = createJsonFileConfigStore(join(dir, 'kiosk-config.json'))
    const { services, call } = kiosk(
      {
        credentials: createDeviceCredentialStore({ keyring }),
        devUnsigned: false,
        trustedKeys: [createPublicKey(keys.privateKey)],
        configStore,
        usbRoots: [join(dir, 'media')],
      },
      'KIOSK-NEW',
    )
    expect(await call('device.findProvisioningFiles')).toEqual({
      ok: true,
      data: { files: [{ id: 'f1', name: 'KIOSK-USB.provisioning.json' }] },
    })
    expect(await call('device.applyProvisioningFile', { id: 'f1' })).toEqual({
      ok: true,
      data: { ok: true, kioskId: 'KIOSK-USB', branchName: 'Sucursal Norte' },
    })
    expect(keyring.items.get('cooperativa-kiosk/device-credential')).toContain('"kioskId":"KIOSK-USB"')
    expect(await call('device.status')).toMatchObject({
      ok: true,
      data: { state: 'active', kioskId: 'KIOSK-USB' },
    })
    expect(await call('auth.lookup', { idNumber: ACTIVE.idNumber })).toMatchObject({ ok: true })
    // The same file again: its token is spent.
    expect(await call('device.applyProvisioningFile', { id: 'f1' })).toEqual({
      ok: true,
      data: { ok: false, reason: 'token-used' },
    })
    await services.dispose()
    rmSync(keys.dir, { recursive: true, force: true })
  })
})
