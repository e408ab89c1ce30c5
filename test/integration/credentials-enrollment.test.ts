import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema } from '../../shared/api/auth'
import { EnrollmentChallengeSchema } from '../../shared/api/credentials-enrollment'
import { ServiceContractSchema } from '../../shared/api/credentials'
import { maskName } from '../../sandbox/auth/mask'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { api, errorOf, KIOSK, latestCode, latestKey, login, outbox } from './helpers/credentials-api'

const sandra = demoMember('co', 'not-enrolled')
const data = { idNumber: sandra.idNumber, memberNumber: sandra.memberNumber, birthDate: sandra.birthDate }

describe('self-enrollment over HTTP', () => {
  let sb: TestSandbox
  let call: ReturnType<typeof api>
  beforeAll(async () => {
    // The per-member send cooldown and daily cap are measured in abuse-credentials.test.ts; here only the
    // enrollment's own resend rules are.
    sb = await startTestSandbox({
      otpTtlSeconds: 300,
      otpResendSeconds: 30,
      sendCooldownSeconds: 0,
      sendsPerDay: 20,
    })
    call = api(sb.http)
  })
  afterAll(() => sb.close())

  const start = (body: object) => call('enrollStart', { ...data, kioskId: KIOSK, ...body })

  it('refuses data that do not all match a member without an online user, the same way each time', async () => {
    const wrong = [
      { birthDate: '1994-02-18' },
      { memberNumber: '016043' },
      { idNumber: '1098765433' },
      // A member who already has an online user cannot enroll again.
      (() => {
        const maria = demoMember('co', 'active')
        return { idNumber: maria.idNumber, memberNumber: maria.memberNumber, birthDate: maria.birthDate }
      })(),
    ]
    for (const body of wrong) {
      const res = await start(body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect(errorOf(res).code).toBe('ENROLLMENT_REFUSED')
    }
    expect(errorOf(await start({ birthDate: '17/02/1994' })).code).toBe('VALIDATION')
    expect(await outbox(sb.http, { idNumber: sandra.idNumber })).toEqual([])
  })

  it('treats a member without an online user like a stranger at sign-in', async () => {
    const lookup = (await call('lookup', { idNumber: sandra.idNumber })).json<{ maskedName: string }>()
    expect(lookup.maskedName).not.toBe(maskName(sandra.fullName))
    const res = await call('login', { idNumber: sandra.idNumber, password: sandra.password, kioskId: KIOSK })
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { attemptsLeft: 2 } })
  })

  it('sends a 6-digit code to the registered phone, masked on screen', async () => {
    const res = await start({})
    expect(res.status).toBe(200)
    expect(EnrollmentChallengeSchema.parse(res.body)).toMatchObject({
      maskedPhone: '****3129',
      expiresInSeconds: 300,
      resendInSeconds: 30,
      resendsLeft: 2,
      attemptsLeft: 3,
    })
    const [sms] = await outbox(sb.http, { idNumber: sandra.idNumber })
    expect(sms).toMatchObject({ channel: 'sms', recipient: sandra.phone, template: 'enrollment-code' })
    expect(await latestCode(sb.http, sandra.idNumber)).toMatch(/^\d{6}$/)
  })

  it('counts wrong codes, then refuses even the right one', async () => {
    const { enrollmentId } = (await start({})).json<{ enrollmentId: string }>()
    const code = await latestCode(sb.http, sandra.idNumber)
    const wrongCode = code === '000000' ? '111111' : '000000'
    const verify = (c: string) => call('enrollVerify', { enrollmentId, code: c, kioskId: KIOSK })
    expect(errorOf(await verify(wrongCode))).toMatchObject({
      code: 'CODE_INVALID',
      details: { attemptsLeft: 2 },
    })
    expect(errorOf(await verify(wrongCode))).toMatchObject({ details: { attemptsLeft: 1 } })
    expect(errorOf(await verify(wrongCode))).toMatchObject({ details: { attemptsLeft: 0 } })
    const late = await verify(code)
    expect(late.status).toBe(410)
    expect(errorOf(late).code).toBe('CODE_EXPIRED')
  })

  it('lets a code expire after its lifetime, and a new enrollment closes the previous one', async () => {
    const first = (await start({})).json<{ enrollmentId: string }>()
    const code = await latestCode(sb.http, sandra.idNumber)
    sb.clock.advance(300)
    const verifyFirst = await call('enrollVerify', { enrollmentId: first.enrollmentId, code, kioskId: KIOSK })
    expect(errorOf(verifyFirst).code).toBe('CODE_EXPIRED')

    const older = (await start({})).json<{ enrollmentId: string }>()
    const olderCode = await latestCode(sb.http, sandra.idNumber)
    await start({})
    const verifyOlder = await call('enrollVerify', {
      enrollmentId: older.enrollmentId,
      code: olderCode,
      kioskId: KIOSK,
    })
    expect(errorOf(verifyOlder).code).toBe('CODE_EXPIRED')
  })

  it('resends after the cooldown, a limited number of times, each new code replacing the last', async () => {
    const { enrollmentId } = (await start({})).json<{ enrollmentId: string }>()
    const first = await latestCode(sb.http, sandra.idNumber)
    const early = await call('enrollResend', { enrollmentId })
    expect(early.status).toBe(429)
    expect(errorOf(early)).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 30 } })
    sb.clock.advance(30)
    expect((await call('enrollResend', { enrollmentId })).json()).toMatchObject({
      resendsLeft: 1,
      attemptsLeft: 3,
    })
    sb.clock.advance(30)
    const last = await call('enrollResend', { enrollmentId })
    expect(last.json()).toMatchObject({ resendsLeft: 0, resendInSeconds: 30 })
    sb.clock.advance(30)
    expect(errorOf(await call('enrollResend', { enrollmentId })).code).toBe('CODE_EXPIRED')
    const newest = await latestCode(sb.http, sandra.idNumber)
    if (first !== newest) {
      const stale = await call('enrollVerify', { enrollmentId, code: first, kioskId: KIOSK })
      expect(errorOf(stale).code).toBe('CODE_INVALID')
    }
    const ok = await call('enrollVerify', { enrollmentId, code: newest, kioskId: KIOSK })
    expect(ok.status).toBe(200)
    // Enrolled now: the data cannot start another enrollment.
    expect(errorOf(await start({})).code).toBe('ENROLLMENT_REFUSED')
  })
})

describe('after enrollment: setup steps, contract and e-mail services', () => {
  let sb: TestSandbox
  let call: ReturnType<typeof api>
  const katherine = demoMember('pa', 'not-enrolled')
  let token: string
  let lookupBefore: unknown
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'pa' })
    call = api(sb.http)
    lookupBefore = (await call('lookup', { idNumber: katherine.idNumber })).body
    const started = await call('enrollStart', {
      idNumber: katherine.idNumber,
      memberNumber: katherine.memberNumber,
      birthDate: katherine.birthDate,
      kioskId: KIOSK,
    })
    const { enrollmentId } = started.json<{ enrollmentId: string }>()
    const code = await latestCode(sb.http, katherine.idNumber)
    const res = await call('enrollVerify', { enrollmentId, code, kioskId: KIOSK })
    const session = LoginResponseSchema.parse(res.body)
    expect(session).toMatchObject({
      mustChangePassword: true,
      pendingSetup: ['password', 'securityImage', 'securityQuestions', 'contract'],
      member: { displayName: katherine.displayName },
    })
    token = session.token
  })
  afterAll(() => sb.close())

  it('creates the online user with a temporary key sent by e-mail, keeping the decoy picture until one is chosen', async () => {
    const [mail] = await outbox(sb.http, { idNumber: katherine.idNumber })
    expect(mail).toMatchObject({ channel: 'email', recipient: katherine.email, template: 'enrollment-key' })
    const before = lookupBefore as { securityImageId: string; securityPhrase: string }
    expect((await call('lookup', { idNumber: katherine.idNumber })).json()).toEqual({
      maskedName: maskName(katherine.fullName),
      securityImageId: before.securityImageId,
      securityPhrase: before.securityPhrase,
    })
    // The key also signs in (the member may finish setup later), forcing the same steps.
    const key = await latestKey(sb.http, katherine.idNumber)
    expect((await login(sb.http, katherine.idNumber, key)).pendingSetup[0]).toBe('password')
  })

  it('walks the setup steps in order, the API refusing anything ahead of the current one', async () => {
    const key = await latestKey(sb.http, katherine.idNumber)
    expect(errorOf(await call('serviceContract', undefined, token)).code).toBe('SETUP_REQUIRED')
    expect(errorOf(await call('changePassword', { newPassword: key }, token)).code).toBe('PASSWORD_REUSED')
    expect((await call('changePassword', { newPassword: 'Katy2026x' }, token)).json()).toEqual({
      pendingSetup: ['securityImage', 'securityQuestions', 'contract'],
    })
    const image = await call(
      'setSecurityImage',
      { securityImageId: 'zebra', securityPhrase: 'Me gusta el mar' },
      token,
    )
    expect(image.json()).toEqual({ pendingSetup: ['securityQuestions', 'contract'] })
    const questions = await call(
      'setSecurityQuestions',
      {
        answers: [
          { questionId: 'first-pet', answer: 'Lulú' },
          { questionId: 'first-job', answer: 'Cajera' },
          { questionId: 'primary-school', answer: 'República de Chile' },
        ],
      },
      token,
    )
    expect(questions.json()).toEqual({ pendingSetup: ['contract'] })
    expect(errorOf(await call('memberSummary', undefined, token)).code).toBe('SETUP_REQUIRED')
  })

  it('serves a versioned contract in Spanish and English and records its acceptance with the time', async () => {
    const contract = ServiceContractSchema.parse((await call('serviceContract', undefined, token)).body)
    expect(contract.texts.es.clauses.length).toBe(contract.texts.en.clauses.length)
    const services = { generalStatement: true, cardStatement: false, promotions: true }
    const outdated = await call(
      'acceptServiceContract',
      { version: '2019.1', emailServices: services },
      token,
    )
    expect(errorOf(outdated).code).toBe('CONFLICT')
    const res = await call(
      'acceptServiceContract',
      { version: contract.version, emailServices: services },
      token,
    )
    expect(res.json()).toEqual({ pendingSetup: [] })
    expect((await call('memberSummary', undefined, token)).status).toBe(200)
    const status = (await call('credentialStatus', undefined, token)).json()
    expect(status).toMatchObject({
      contract: {
        currentVersion: contract.version,
        acceptedVersion: contract.version,
        acceptedAt: sb.clock.now().toISOString(),
      },
      emailServices: services,
      securityImageId: 'zebra',
      securityPhrase: 'Me gusta el mar',
    })
    const row = sb.db
      .prepare('SELECT version, kiosk_id FROM contract_acceptances WHERE version = ?')
      .all(contract.version)
    expect(row).toContainEqual({ version: contract.version, kiosk_id: KIOSK })
  })

  it('lets the member change the e-mail services later', async () => {
    const changed = { generalStatement: false, cardStatement: true, promotions: false }
    expect((await call('setEmailServices', changed, token)).json()).toEqual(changed)
    expect((await call('credentialStatus', undefined, token)).json()).toMatchObject({
      emailServices: changed,
    })
    expect(errorOf(await call('setEmailServices', { generalStatement: true }, token)).code).toBe('VALIDATION')
  })

  it('signs in afterwards with the chosen password and nothing left to set up', async () => {
    expect((await login(sb.http, katherine.idNumber, 'Katy2026x')).pendingSetup).toEqual([])
  })
})
