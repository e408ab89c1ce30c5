import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_SECURITY_ANSWERS } from '../../sandbox/credentials/seed-credentials'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { api, errorOf, KIOSK, login } from './helpers/credentials-api'

const answerFor = (questionId: string) =>
  DEMO_SECURITY_ANSWERS.find((a) => a.questionId === questionId)!.answer

describe('security questions over HTTP', () => {
  let sb: TestSandbox
  let call: ReturnType<typeof api>
  beforeAll(async () => {
    sb = await startTestSandbox({ questionBlockSeconds: 600 })
    call = api(sb.http)
  })
  afterAll(() => sb.close())

  it('asks one of the member’s questions and keeps asking it until answered right', async () => {
    const m = demoMember('co', 'active')
    const { token } = await login(sb.http, m.idNumber, m.password)
    const first = (await call('securityChallenge', undefined, token)).json<{ questionId: string }>()
    expect(DEMO_SECURITY_ANSWERS.map((a) => a.questionId)).toContain(first.questionId)
    expect(first).toMatchObject({ attemptsLeft: 3 })
    for (let i = 0; i < 5; i++)
      expect((await call('securityChallenge', undefined, token)).json()).toEqual(first)
  })

  it('compares answers without case, accents or spaces', async () => {
    const m = demoMember('co', 'no-loans')
    const { token } = await login(sb.http, m.idNumber, m.password)
    const { questionId } = (await call('securityChallenge', undefined, token)).json<{ questionId: string }>()
    const typed = ` ${answerFor(questionId).toUpperCase().split('').join(' ')} `
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
    const res = await call('answerSecurityChallenge', { operation: 'username', answer: typed }, token)
    expect(res.status).toBe(200)
    expect(res.json()).toMatchObject({ operation: 'username' })
    expect(new Date(res.json<{ expiresAt: string }>().expiresAt).getTime() - sb.clock.now().getTime()).toBe(
      300_000,
    )
  })

  it('counts wrong answers down, then blocks the sensitive operations for a while', async () => {
    const m = demoMember('co', 'overdue-loan')
    const { token } = await login(sb.http, m.idNumber, m.password)
    await call('securityChallenge', undefined, token)
    const wrong = () =>
      call('answerSecurityChallenge', { operation: 'username', answer: 'equivocada' }, token)
    expect(errorOf(await wrong())).toMatchObject({
      code: 'SECURITY_ANSWER_WRONG',
      details: { attemptsLeft: 2 },
    })
    expect((await call('securityChallenge', undefined, token)).json()).toMatchObject({ attemptsLeft: 2 })
    expect(errorOf(await wrong())).toMatchObject({
      code: 'SECURITY_ANSWER_WRONG',
      details: { attemptsLeft: 1 },
    })
    const blocked = await wrong()
    expect(blocked.status).toBe(429)
    expect(errorOf(blocked)).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 600 } })
    // Even the right answer waits; so does a new session.
    const again = await login(sb.http, m.idNumber, m.password)
    const challenge = await call('securityChallenge', undefined, again.token)
    expect(errorOf(challenge)).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 600 } })
    sb.clock.advance(600)
    const fresh = await login(sb.http, m.idNumber, m.password)
    const next = (await call('securityChallenge', undefined, fresh.token)).json<{ questionId: string }>()
    expect(next).toMatchObject({ attemptsLeft: 3 })
    const ok = await call(
      'answerSecurityChallenge',
      { operation: 'username', answer: answerFor(next.questionId) },
      fresh.token,
    )
    expect(ok.status).toBe(200)
  })

  it('replaces questions only after a right answer; three different ones with real answers', async () => {
    const m = demoMember('co', 'active')
    const { token } = await login(sb.http, m.idNumber, m.password)
    const answers = [
      { questionId: 'first-pet', answer: 'Rocky' },
      { questionId: 'favorite-dish', answer: 'Bandeja paisa' },
      { questionId: 'mother-birth-city', answer: 'Manizales' },
    ]
    expect(errorOf(await call('setSecurityQuestions', { answers }, token)).code).toBe('VERIFICATION_REQUIRED')
    const { questionId } = (await call('securityChallenge', undefined, token)).json<{ questionId: string }>()
    await call(
      'answerSecurityChallenge',
      { operation: 'securityQuestions', answer: answerFor(questionId) },
      token,
    )

    const invalid = [
      { answers: answers.slice(0, 2) },
      { answers: [answers[0], answers[0], answers[1]] },
      { answers: [answers[0], answers[1], { questionId: 'first-job', answer: ' x ' }] },
      { answers: [answers[0], answers[1], { questionId: 'not-a-question', answer: 'xx' }] },
    ]
    for (const body of invalid)
      expect(errorOf(await call('setSecurityQuestions', body, token)).code).toBe('VALIDATION')

    const res = await call('setSecurityQuestions', { answers }, token)
    expect(res.json()).toEqual({ pendingSetup: [] })
    const status = (await call('credentialStatus', undefined, token)).json()
    expect(status).toMatchObject({ securityQuestionIds: ['first-pet', 'favorite-dish', 'mother-birth-city'] })
    // Stored hashed: no answer in clear.
    const dump = JSON.stringify(sb.db.prepare('SELECT * FROM security_answers').all())
    for (const a of ['Rocky', 'rocky', 'manizales', 'bandejapaisa']) expect(dump).not.toContain(a)
    const next = (await call('securityChallenge', undefined, token)).json<{ questionId: string }>()
    const answer = answers.find((a) => a.questionId === next.questionId)!.answer.toLowerCase()
    expect((await call('answerSecurityChallenge', { operation: 'password', answer }, token)).status).toBe(200)
  })
})

describe('username over HTTP', () => {
  let sb: TestSandbox
  let call: ReturnType<typeof api>
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'pa' })
    call = api(sb.http)
  })
  afterAll(() => sb.close())

  async function verified(idNumber: string, password: string) {
    const { token } = await login(sb.http, idNumber, password)
    const { questionId } = (await call('securityChallenge', undefined, token)).json<{ questionId: string }>()
    await call('answerSecurityChallenge', { operation: 'username', answer: answerFor(questionId) }, token)
    return token
  }

  it('needs a right security answer first', async () => {
    const m = demoMember('pa', 'active')
    const { token } = await login(sb.http, m.idNumber, m.password)
    const res = await call('changeUsername', { username: 'Uprueba01' }, token)
    expect(res.status).toBe(403)
    expect(errorOf(res).code).toBe('VERIFICATION_REQUIRED')
  })

  it('takes 8 to 20 letters and digits with a letter, unique without case, never an ID number', async () => {
    const roberto = demoMember('pa', 'active')
    const ana = demoMember('pa', 'no-loans')
    let token = await verified(roberto.idNumber, roberto.password)
    for (const bad of ['Uprueb1', 'U'.repeat(21), '12345678', 'Uprueba 01', 'Uprueba#01'])
      expect(errorOf(await call('changeUsername', { username: bad }, token)).code, bad).toBe('VALIDATION')
    const ok = await call('changeUsername', { username: 'Uprueba01' }, token)
    expect(ok.json()).toEqual({ username: 'Uprueba01' })

    token = await verified(ana.idNumber, ana.password)
    const taken = await call('changeUsername', { username: 'UPRUEBA01' }, token)
    expect(taken.status).toBe(409)
    expect(errorOf(taken).code).toBe('CONFLICT')
    const idOfOther = await call('changeUsername', { username: 'e8123456' }, token)
    expect(errorOf(idOfOther).code).toBe('CONFLICT')
    expect((await call('changeUsername', { username: 'marcela2024' }, token)).status).toBe(200)
  })

  it('signs in with the username at both steps, the same as with the ID number', async () => {
    const roberto = demoMember('pa', 'active')
    const byName = await call('lookup', { idNumber: 'uprueba01' })
    const byId = await call('lookup', { idNumber: roberto.idNumber })
    expect(byName.json()).toEqual(byId.json())
    expect(byName.json()).toMatchObject({ securityPhrase: roberto.securityPhrase })
    const session = await login(sb.http, 'Uprueba01', roberto.password)
    expect(session.member.displayName).toBe(roberto.displayName)
    // One lockout counter per member, whichever name was typed.
    const wrong = await call('login', { idNumber: 'Uprueba01', password: 'Wrong2024x', kioskId: KIOSK })
    expect(errorOf(wrong).details).toEqual({ attemptsLeft: 2 })
    const wrongById = await call('login', {
      idNumber: roberto.idNumber,
      password: 'Wrong2024x',
      kioskId: KIOSK,
    })
    expect(errorOf(wrongById).details).toEqual({ attemptsLeft: 1 })
  })
})
