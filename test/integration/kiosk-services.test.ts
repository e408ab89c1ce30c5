import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, mergeHandlers } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema, PublicConfigSchema } from '../../shared/config/kiosk-config'
import { INVOKE_CHANNELS } from '../../shared/ipc/channels'
import { IPC_CONTRACT } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'

const ACTIVE = demoMember('co', 'active')
const logger = createLogger({ level: 'silent' })
let sandbox: TestSandbox

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock() })
})
afterAll(() => sandbox?.close())

const configFor = (baseUrl: string) =>
  KioskConfigSchema.parse({ kioskId: 'KIOSK-IT', api: { baseUrl, timeoutMs: 3000, retries: 1 } })

describe('createKioskServices: every channel wired to the real sandbox', () => {
  it('answers the whole IPC contract through the registry, with envelopes that match it', async () => {
    const hub = createEventHub()
    const events: unknown[] = []
    hub.subscribe((event, payload) => events.push([event, payload]))
    const services = createKioskServices({ config: configFor(sandbox.url), emit: hub.emit, logger })
    expect(Object.keys(services.handlers).sort()).toEqual([...INVOKE_CHANNELS].sort())

    const call = async (channel: (typeof INVOKE_CHANNELS)[number], payload: unknown) => {
      const env = await services.registry.dispatch(channel, payload)
      return envelopeSchema(IPC_CONTRACT[channel].output).parse(env)
    }

    const config = await call('config.get', {})
    expect(config.ok).toBe(true)
    // The renderer never learns where the API is.
    expect(JSON.stringify(config)).not.toContain(sandbox.url)
    if (config.ok) expect(PublicConfigSchema.strict().safeParse(config.data).success).toBe(true)

    expect(await call('auth.lookup', { idNumber: ACTIVE.idNumber })).toMatchObject({
      ok: true,
      data: { securityImageId: ACTIVE.securityImageId },
    })
    expect(await call('member.summary', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
    const wrong = await call('auth.login', { idNumber: ACTIVE.idNumber, password: 'Nope1234' })
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', details: { attemptsLeft: 2 } },
    })

    const login = await call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
    expect(login).toMatchObject({ ok: true, data: { displayName: ACTIVE.displayName } })
    expect(await call('member.summary', {})).toMatchObject({ ok: true, data: { fullName: ACTIVE.fullName } })
    expect(await call('session.keepAlive', {})).toMatchObject({ ok: true })
    expect(await call('auth.logout', {})).toEqual({ ok: true, data: { ok: true } })
    expect(events).toEqual([['session.ended', { reason: 'logout' }]])
    expect(await call('member.summary', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
  })

  it('dispose logs the member out', async () => {
    const events: unknown[] = []
    const services = createKioskServices({
      config: configFor(sandbox.url),
      emit: (event, payload) => void events.push([event, payload]),
      logger,
    })
    await services.registry.dispatch('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
    await services.dispose()
    expect(events).toEqual([['session.ended', { reason: 'logout' }]])
    expect(await services.registry.dispatch('member.summary', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
  })

  it('a renderer start ends the session: no member data for the fresh page', async () => {
    const services = createKioskServices({ config: configFor(sandbox.url), emit: () => {}, logger })
    await services.registry.dispatch('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
    expect(await services.registry.dispatch('member.summary', {})).toMatchObject({ ok: true })
    await services.onRendererStarted()
    for (const channel of ['member.summary', 'products.position'] as const)
      expect(await services.registry.dispatch(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_AUTHENTICATED' },
      })
    await services.dispose()
  })

  it('reports an unreachable API as a retryable envelope', async () => {
    const services = createKioskServices({ config: configFor('http://127.0.0.1:9'), emit: () => {}, logger })
    expect(await services.registry.dispatch('auth.lookup', { idNumber: ACTIVE.idNumber })).toEqual({
      ok: false,
      error: { code: 'API_UNREACHABLE', messageKey: 'errors.API_UNREACHABLE', retryable: true },
    })
  })
})

describe('mergeHandlers', () => {
  const noop = async () => ({ ok: true as const })
  it('refuses two features claiming one channel', () => {
    expect(() =>
      mergeHandlers([
        { name: 'a', handlers: { 'auth.logout': noop } },
        { name: 'b', handlers: { 'auth.logout': noop } },
      ] as never),
    ).toThrow(/auth.logout claimed by both a and b/)
  })
  it('refuses a channel nobody answers', () => {
    expect(() => mergeHandlers([{ name: 'a', handlers: { 'auth.logout': noop } }] as never)).toThrow(
      /no feature answers: config.get/,
    )
  })
})
