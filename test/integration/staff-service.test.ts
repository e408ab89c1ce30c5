import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createLogger } from '../../electron/services/logger'
import { demoStaff } from '../../sandbox/staff/demo-staff'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { startLdapDirectory, type LdapDirectory } from '../../sandbox/testing/ldap-directory'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { manualClock } from './helpers/manual-clock'

// Main's staff service end to end: registry → staff service → API client → sandbox → a real slapd.

const logger = createLogger({ level: 'silent' })
const TELLER = demoStaff('teller')
let directory: LdapDirectory
let sandbox: TestSandbox

beforeAll(async () => {
  directory = await startLdapDirectory()
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock(), ldap: directory.options })
})
afterAll(async () => {
  await sandbox?.close()
  await directory?.stop()
})

function kiosk() {
  const config = KioskConfigSchema.parse({
    kioskId: 'CAJA-07',
    api: { baseUrl: sandbox.url, timeoutMs: 3000, retries: 1 },
  })
  const services = createKioskServices({ config, emit: () => {}, logger })
  const call = async (channel: InvokeChannel, payload: unknown = {}) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(await services.registry.dispatch(channel, payload))
  return { services, call }
}

describe('staff sign-in through main (registry dispatch, sandbox, slapd)', () => {
  it('signs in, reaches staff channels only, and signs out', async () => {
    const { services, call } = kiosk()
    expect(await call('staff.me')).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } })

    const signIn = await call('staff.signIn', { username: TELLER.username, password: TELLER.password })
    expect(signIn).toMatchObject({
      ok: true,
      data: {
        username: TELLER.username,
        displayName: TELLER.displayName,
        roles: ['teller'],
        terminalId: 'CAJA-07',
      },
    })
    // The token stays in main: nothing the renderer receives carries it.
    expect(JSON.stringify(signIn)).not.toMatch(/token/i)

    expect(await call('staff.me')).toMatchObject({ ok: true, data: { roles: ['teller'] } })
    // A staff member is not a member: member channels are refused before any API call.
    expect(await call('member.summary')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('session.keepAlive')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    expect(await call('staff.signOut')).toEqual({ ok: true, data: { ok: true } })
    expect(services.auth.held().staff).toBeNull()
    expect(await call('staff.me')).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } })
    await services.dispose()
  })

  it('passes the directory refusals on: wrong password, disabled account', async () => {
    const { services, call } = kiosk()
    expect(await call('staff.signIn', { username: TELLER.username, password: 'Otra#2024' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    })
    const disabled = demoStaff('disabled')
    expect(
      await call('staff.signIn', { username: disabled.username, password: disabled.password }),
    ).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED', details: { unlockBy: 'administrator' } } })
    expect(services.auth.held().staff).toBeNull()
    await services.dispose()
  })

  it('refuses bad input with VALIDATION before the API is asked', async () => {
    const { services, call } = kiosk()
    expect(await call('staff.signIn', { username: 'a b', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    await services.dispose()
  })
})

describe('the staff session idles out in main as at the API', () => {
  it('slides with activity and ends locally after the idle time', async () => {
    const time = manualClock()
    const sb = await startTestSandbox({ profile: 'co', clock: time.sandboxClock, ldap: directory.options })
    const config = KioskConfigSchema.parse({
      kioskId: 'CAJA-08',
      api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
    })
    const services = createKioskServices({ config, emit: () => {}, logger, clock: time.clock })
    try {
      const call = (channel: InvokeChannel, payload: unknown = {}) =>
        services.registry.dispatch(channel, payload)
      expect(
        await call('staff.signIn', { username: TELLER.username, password: TELLER.password }),
      ).toMatchObject({ ok: true })
      time.advance(500_000)
      expect(await call('staff.me')).toMatchObject({ ok: true })
      // Past the first 600 s: the activity above moved the expiry on, here and at the API.
      time.advance(500_000)
      expect(services.auth.held().staff).toEqual(['teller'])
      expect(await call('staff.me')).toMatchObject({ ok: true })
      time.advance(601_000)
      expect(services.auth.held().staff).toBeNull()
      expect(await call('staff.me')).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } })
    } finally {
      await services.dispose()
      await sb.close()
    }
  })
})
