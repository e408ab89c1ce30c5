import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RecoveryOptionsSchema, RecoverySentSchema } from '../../shared/api/credentials'
import { buildOpenApi } from '../../shared/api/openapi'
import { maskEmail, maskPhone } from '../../sandbox/credentials/masking'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { api, errorOf, KIOSK, latestCode, latestKey, login, outbox } from './helpers/credentials-api'

const maria = demoMember('co', 'active')
const sandra = demoMember('co', 'not-enrolled')

describe('forgotten password over HTTP', () => {
  let sb: TestSandbox
  let call: ReturnType<typeof api>
  let logs = ''
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logs += chunk.toString()
        done()
      },
    })
    sb = await startTestSandbox({
      logLevel: 'trace',
      logDestination: sink,
      tempKeyTtlSeconds: 1800,
      // Several keys in a row for one member: the send cooldown is measured in abuse-credentials.test.ts.
      sendCooldownSeconds: 0,
    })
    call = api(sb.http)
  })
  afterAll(() => sb.close())

  it('shows where a key can go, masked exactly like seed 000', async () => {
    const res = await call('recoveryOptions', { idNumber: maria.idNumber, kioskId: KIOSK })
    expect(res.status).toBe(200)
    expect(RecoveryOptionsSchema.parse(res.body)).toEqual({
      sms: maskPhone(maria.phone),
      email: maskEmail(maria.email),
    })
    expect(res.json()).toEqual({ sms: '****7812', email: 'mar*****@exa*****' })
  })

  it('answers unknown IDs and members without an online user with a stable decoy of the same shape', async () => {
    for (const id of ['99887766', sandra.idNumber]) {
      const first = await call('recoveryOptions', { idNumber: id, kioskId: KIOSK })
      const again = await call('recoveryOptions', { idNumber: id, kioskId: KIOSK })
      expect(first.status).toBe(200)
      expect(first.body).toEqual(again.body)
      expect(first.json<{ sms: string }>().sms).toMatch(/^\*{4}\d{4}$/)
      expect(first.json<{ email: string }>().email).toMatch(/^[a-z]{1,3}\*{5}@[a-z]{3}\*{5}$/)
      const sent = await call('requestRecovery', { idNumber: id, channel: 'sms', kioskId: KIOSK })
      expect(RecoverySentSchema.parse(sent.body)).toEqual({
        channel: 'sms',
        maskedDestination: first.json<{ sms: string }>().sms,
        expiresInSeconds: 1800,
      })
    }
    expect(await outbox(sb.http, { idNumber: sandra.idNumber })).toEqual([])
    expect(await outbox(sb.http, { idNumber: '99887766' })).toEqual([])
  })

  it('sends a temporary key by SMS or e-mail to the registered destination, and only to the outbox', async () => {
    const sms = await call('requestRecovery', { idNumber: maria.idNumber, channel: 'sms', kioskId: KIOSK })
    expect(sms.json()).toEqual({ channel: 'sms', maskedDestination: '****7812', expiresInSeconds: 1800 })
    const email = await call('requestRecovery', {
      idNumber: maria.idNumber,
      channel: 'email',
      kioskId: KIOSK,
    })
    expect(email.json()).toMatchObject({ channel: 'email', maskedDestination: 'mar*****@exa*****' })

    const messages = await outbox(sb.http, { idNumber: maria.idNumber })
    expect(messages.slice(0, 2).map((m) => [m.channel, m.recipient, m.template])).toEqual([
      ['email', maria.email, 'recovery-key'],
      ['sms', maria.phone, 'recovery-key'],
    ])
    expect(await outbox(sb.http, { recipient: maria.phone })).toHaveLength(1)
    const key = await latestKey(sb.http, maria.idNumber)
    expect(messages[0]!.text).toContain('Vence en 30 minutos')
    // Keys live in the outbox only: never in a log line, never stored in clear.
    expect(logs).not.toContain(key)
    const stored = JSON.stringify(sb.db.prepare('SELECT * FROM temporary_keys').all())
    expect(stored).not.toContain(key)
  })

  it('signs in once with the newest key, forcing a password change and a new image; reuse is refused', async () => {
    const key = await latestKey(sb.http, maria.idNumber)
    const session = await login(sb.http, maria.idNumber, key)
    expect(session.mustChangePassword).toBe(true)
    expect(session.pendingSetup).toEqual(['password', 'securityImage'])

    const reused = await call('login', { idNumber: maria.idNumber, password: key, kioskId: KIOSK })
    expect(reused.status).toBe(401)
    expect(errorOf(reused).code).toBe('INVALID_CREDENTIALS')
    expect(logs).not.toContain(key)
  })

  it('keeps the current password working while a key is pending, and only the newest key counts', async () => {
    const m = demoMember('co', 'no-loans')
    await call('requestRecovery', { idNumber: m.idNumber, channel: 'sms', kioskId: KIOSK })
    const older = await latestKey(sb.http, m.idNumber)
    await call('requestRecovery', { idNumber: m.idNumber, channel: 'email', kioskId: KIOSK })
    const newer = await latestKey(sb.http, m.idNumber)
    expect(newer).not.toBe(older)
    expect((await login(sb.http, m.idNumber, m.password)).pendingSetup).toEqual([])
    const refused = await call('login', { idNumber: m.idNumber, password: older, kioskId: KIOSK })
    expect(errorOf(refused).code).toBe('INVALID_CREDENTIALS')
    expect((await login(sb.http, m.idNumber, newer)).mustChangePassword).toBe(true)
  })

  it('never logs an enrollment code or the key that follows it', async () => {
    const started = await call('enrollStart', {
      idNumber: sandra.idNumber,
      memberNumber: sandra.memberNumber,
      birthDate: sandra.birthDate,
      kioskId: KIOSK,
    })
    const code = await latestCode(sb.http, sandra.idNumber)
    const { enrollmentId } = started.json<{ enrollmentId: string }>()
    expect((await call('enrollVerify', { enrollmentId, code, kioskId: KIOSK })).status).toBe(200)
    const key = await latestKey(sb.http, sandra.idNumber)
    expect(logs).toContain('enrollment/verify')
    // As a value or in its message (a bare 6-digit run could also be part of a timestamp).
    expect(logs).not.toContain(`"${code}"`)
    expect(logs).not.toContain(`es ${code}`)
    expect(logs).not.toContain(key)
  })

  it('keeps /sandbox/outbox out of the API contract', () => {
    expect(JSON.stringify(buildOpenApi('x'))).not.toContain('/sandbox/outbox')
  })
})

describe('temporary key lifetime', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox({ tempKeyTtlSeconds: 120 })
  })
  afterAll(() => sb.close())

  it('refuses an expired key like a wrong password, and says how long keys live', async () => {
    const m = demoMember('co', 'overdue-loan')
    const sent = await api(sb.http)('requestRecovery', {
      idNumber: m.idNumber,
      channel: 'sms',
      kioskId: KIOSK,
    })
    expect(sent.json()).toMatchObject({ expiresInSeconds: 120 })
    const key = await latestKey(sb.http, m.idNumber)
    expect((await outbox(sb.http, { idNumber: m.idNumber }))[0]!.text).toContain('Vence en 2 minutos')
    sb.clock.advance(120)
    const res = await api(sb.http)('login', { idNumber: m.idNumber, password: key, kioskId: KIOSK })
    expect(res.status).toBe(401)
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { attemptsLeft: 2 } })
  })

  it('accepts a key until just before it expires', async () => {
    const m = demoMember('co', 'active')
    await api(sb.http)('requestRecovery', { idNumber: m.idNumber, channel: 'email', kioskId: KIOSK })
    const key = await latestKey(sb.http, m.idNumber)
    sb.clock.advance(119)
    expect((await login(sb.http, m.idNumber, key)).mustChangePassword).toBe(true)
  })
})
