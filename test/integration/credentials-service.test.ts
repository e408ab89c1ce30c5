import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, testClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'
import { latestCode, latestKey, outbox } from './helpers/credentials-api'

/** The main-process side: renderer channels → CredentialsService → real sandbox, through the registry. */
describe('credentials channels in main', () => {
  let sb: TestSandbox
  let services: KioskServices
  let lines = ''
  const sandra = demoMember('co', 'not-enrolled')
  const maria = demoMember('co', 'active')

  beforeAll(async () => {
    // Main arms its own expiry timer from the API's expiresAt: the sandbox starts at the real time.
    sb = await startTestSandbox({ clock: testClock(new Date()) })
    const logger = createLogger({ level: 'trace', destination: { write: (s: string) => void (lines += s) } })
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-MAIN-7',
      api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
    })
    services = createKioskServices({ config, emit: createEventHub().emit, logger })
  })
  afterAll(async () => {
    await services.dispose()
    await sb.close()
  })

  const call = async <C extends InvokeChannel>(channel: C, payload: unknown) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    ) as Envelope<IpcOutput<C>>

  it('recovers by ID with the kiosk id added by main, never taken from the renderer', async () => {
    expect(await call('credentials.recoveryOptions', { idNumber: maria.idNumber })).toEqual({
      ok: true,
      data: { sms: '****7812', email: 'mar*****@exa*****' },
    })
    const refused = await call('credentials.requestRecovery', {
      idNumber: maria.idNumber,
      channel: 'sms',
      kioskId: 'FORGED',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(
      await call('credentials.requestRecovery', { idNumber: maria.idNumber, channel: 'sms' }),
    ).toMatchObject({ ok: true, data: { maskedDestination: '****7812' } })
    expect(await outbox(sb.http, { idNumber: maria.idNumber })).toHaveLength(1)
  })

  it('turns a right enrollment code into the kiosk session, keeping the token in main', async () => {
    const started = await call('credentials.enroll.start', {
      idNumber: sandra.idNumber,
      memberNumber: sandra.memberNumber,
      birthDate: sandra.birthDate,
    })
    expect(started).toMatchObject({ ok: true, data: { maskedPhone: '****3129', attemptsLeft: 3 } })
    if (!started.ok) return
    const code = await latestCode(sb.http, sandra.idNumber)
    const signedIn = await call('credentials.enroll.verify', {
      enrollmentId: started.data.enrollmentId,
      code,
    })
    expect(signedIn).toMatchObject({
      ok: true,
      data: {
        displayName: sandra.displayName,
        mustChangePassword: true,
        pendingSetup: ['password', 'securityImage', 'securityQuestions', 'contract'],
      },
    })
    expect(Object.keys(signedIn.ok ? signedIn.data : {}).sort()).toEqual([
      'displayName',
      'expiresAt',
      'mustChangePassword',
      'pendingSetup',
      'previousSignIn',
    ])
    // The session is main's now: setup calls work, the rest waits for setup.
    expect(await call('member.summary', {})).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } })
    const key = await latestKey(sb.http, sandra.idNumber)
    // Capitals and digits only: the key can never pass for a seed 000 password (it needs lower case).
    expect(await call('credentials.changePassword', { newPassword: key })).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_POLICY' },
    })
    expect(await call('credentials.changePassword', { newPassword: 'Sandra25' })).toEqual({
      ok: true,
      data: { pendingSetup: ['securityImage', 'securityQuestions', 'contract'] },
    })
    expect(await call('credentials.status', {})).toMatchObject({
      ok: true,
      data: { pendingSetup: ['securityImage', 'securityQuestions', 'contract'], username: null },
    })
    // Main logged the calls, never a code, key or password.
    for (const secret of [`"${code}"`, key, 'Sandra25']) expect(lines).not.toContain(secret)
    expect(lines).toContain('enrollVerify')
  })

  it('ends the session on logout like any other', async () => {
    expect(await call('auth.logout', {})).toEqual({ ok: true, data: { ok: true } })
    expect(await call('credentials.status', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
  })
})
