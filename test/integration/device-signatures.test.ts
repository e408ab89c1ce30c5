import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequestSigner } from '../../electron/services/device/request-signer'
import { createLogger } from '../../electron/services/logger'
import { signRequest, importDevicePrivateKey } from '../../shared/device/message-signature'
import type { KioskError } from '../../shared/ipc/errors'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { enrollTestDevice, revokeDevice } from './helpers/devices'
import { caught, testApiClient } from './helpers/kiosk-api'

const logger = createLogger({ level: 'silent' })

describe('device signatures over real HTTP against the enforcing sandbox', () => {
  let sandbox: TestSandbox
  beforeAll(async () => {
    sandbox = await startTestSandbox({ devUnsigned: false, clock: wallClock() })
  })
  afterAll(() => sandbox.close())

  it('accepts a signed request from an enrolled kiosk, and the API names the device', async () => {
    const credential = await enrollTestDevice(sandbox.url, 'KIOSK-SIG-1')
    const api = testApiClient(sandbox.url, logger, { signer: createRequestSigner(credential) })
    const me = await api.call('deviceStatus', undefined)
    expect(me).toMatchObject({ kioskId: 'KIOSK-SIG-1', keyId: credential.keyId, status: 'active' })
    // A POST with a body, and a signed-in GET: the whole member path is signed.
    const login = await api.call('login', {
      idNumber: '52874193',
      password: 'Coop2024',
      kioskId: 'KIOSK-SIG-1',
    })
    expect((await api.call('memberSummary', undefined, login.token)).fullName).toContain('MARÍA')
  })

  it('refuses an unsigned request with DEVICE_UNAUTHORIZED; enrollment alone needs no signature', async () => {
    const api = testApiClient(sandbox.url, logger)
    expect((await caught(api.call('health', undefined))).code).toBe('DEVICE_UNAUTHORIZED')
    const res = await fetch(`${sandbox.url}/v1/devices/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        enrollmentToken: 'x'.repeat(32),
        kioskId: 'K',
        branchId: 'B',
        publicKey: 'A'.repeat(43),
      }),
    })
    expect(res.status).toBe(401)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('CODE_INVALID')
  })

  it('refuses an altered body: the Content-Digest no longer matches', async () => {
    const credential = await enrollTestDevice(sandbox.url, 'KIOSK-SIG-2')
    const key = { keyId: credential.keyId, privateKey: await importDevicePrivateKey(credential.privateKey) }
    const signed = '{"idNumber":"52874193"}'
    const headers = await signRequest({
      method: 'POST',
      target: '/v1/auth/lookup',
      body: signed,
      key,
      now: new Date(),
    })
    const send = (body: string, extra: Record<string, string> = {}) =>
      fetch(`${sandbox.url}/v1/auth/lookup`, {
        method: 'POST',
        headers: { ...headers, ...extra, 'content-type': 'application/json' },
        body,
      })
    expect((await send(signed)).status).toBe(200)
    const altered = await send('{"idNumber":"79456123"}')
    expect(altered.status).toBe(401)
    expect(await altered.json()).toMatchObject({
      error: { code: 'DEVICE_UNAUTHORIZED', message: expect.stringContaining('Content-Digest') },
    })
  })

  it('refuses a stale signature (a kiosk clock ten minutes behind)', async () => {
    const credential = await enrollTestDevice(sandbox.url, 'KIOSK-SIG-3')
    const behind = createRequestSigner(credential, () => new Date(Date.now() - 600_000))
    const e = await caught(testApiClient(sandbox.url, logger, { signer: behind }).call('health', undefined))
    expect(e.code).toBe('DEVICE_UNAUTHORIZED')
    // The same signer on time is accepted: only the clock made the difference.
    const onTime = createRequestSigner(credential)
    expect(
      (await testApiClient(sandbox.url, logger, { signer: onTime }).call('health', undefined)).status,
    ).toBe('ok')
  })

  it('refuses a revoked key with DEVICE_REVOKED and tells the client so', async () => {
    const credential = await enrollTestDevice(sandbox.url, 'KIOSK-SIG-4')
    const refused: KioskError[] = []
    const api = testApiClient(sandbox.url, logger, {
      signer: createRequestSigner(credential),
      onDeviceRefused: (e) => refused.push(e),
    })
    await api.call('health', undefined)
    expect(await revokeDevice(sandbox.url, 'KIOSK-SIG-4')).toBe(1)
    expect((await caught(api.call('health', undefined))).code).toBe('DEVICE_REVOKED')
    expect(refused.map((e) => e.code)).toEqual(['DEVICE_REVOKED'])
  })

  it('re-enrolling a kiosk replaces its key: the old key is refused, the new one works', async () => {
    const first = await enrollTestDevice(sandbox.url, 'KIOSK-SIG-5')
    const second = await enrollTestDevice(sandbox.url, 'KIOSK-SIG-5')
    const old = testApiClient(sandbox.url, logger, { signer: createRequestSigner(first) })
    expect((await caught(old.call('health', undefined))).code).toBe('DEVICE_REVOKED')
    const fresh = testApiClient(sandbox.url, logger, { signer: createRequestSigner(second) })
    expect((await fresh.call('health', undefined)).status).toBe('ok')
  })
})

describe('--dev-unsigned', () => {
  it('lets unsigned requests through, but still refuses a revoked kiosk that signs', async () => {
    const sandbox = await startTestSandbox({ devUnsigned: true, clock: wallClock() })
    try {
      const unsigned = testApiClient(sandbox.url, logger)
      expect((await unsigned.call('health', undefined)).status).toBe('ok')
      // …but an unsigned request has no device to describe.
      expect((await caught(unsigned.call('deviceStatus', undefined))).code).toBe('DEVICE_UNAUTHORIZED')
      const credential = await enrollTestDevice(sandbox.url, 'KIOSK-DEV')
      await revokeDevice(sandbox.url, 'KIOSK-DEV')
      const signed = testApiClient(sandbox.url, logger, { signer: createRequestSigner(credential) })
      expect((await caught(signed.call('health', undefined))).code).toBe('DEVICE_REVOKED')
    } finally {
      await sandbox.close()
    }
  })
})
