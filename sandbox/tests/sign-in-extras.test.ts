import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../shared/api/routes'
import {
  ImageReportResponseSchema,
  SignInQuestionSchema,
  TermsOfUseSchema,
} from '../../shared/api/sign-in-extras'
import { demoMember } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

const Q = API_ROUTES.signInQuestion.path
const A = API_ROUTES.signInAnswer.path
const member = demoMember('pa', 'active')

describe('pa: a security question before the image and the password', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'pa', signInQuestionMode: 2, questionBlockSeconds: 60 })
  })
  afterAll(() => sb.close())

  it('refuses lookup and login without a ticket, for a member and a stranger alike', async () => {
    for (const idNumber of [member.idNumber, '99887766']) {
      const look = await sb.http.post(API_ROUTES.lookup.path, { idNumber })
      expect(look.status).toBe(403)
      expect(look.json<{ error: { code: string } }>().error.code).toBe('VERIFICATION_REQUIRED')
      const login = await sb.http.post(API_ROUTES.login.path, { idNumber, password: 'x', kioskId: 'K' })
      expect(login.json<{ error: { code: string } }>().error.code).toBe('VERIFICATION_REQUIRED')
    }
  })

  it('asks the same question until it is answered right, counts wrong ones, blocks after three', async () => {
    const first = SignInQuestionSchema.parse((await sb.http.post(Q, { idNumber: member.idNumber })).body)
    expect(first).toMatchObject({ required: true, attemptsLeft: 3 })
    const wrong = await sb.http.post(A, { idNumber: member.idNumber, answer: 'nada' })
    expect(wrong.json()).toMatchObject({
      error: { code: 'SECURITY_ANSWER_WRONG', details: { attemptsLeft: 2 } },
    })
    const again = SignInQuestionSchema.parse((await sb.http.post(Q, { idNumber: member.idNumber })).body)
    expect(again).toEqual({ ...first, attemptsLeft: 2 })
    await sb.http.post(A, { idNumber: member.idNumber, answer: 'nada' })
    const third = await sb.http.post(A, { idNumber: member.idNumber, answer: 'nada' })
    expect(third.json<{ error: { code: string } }>().error.code).toBe('RATE_LIMITED')
    expect((await sb.http.post(Q, { idNumber: member.idNumber })).status).toBe(429)
    sb.clock.advance(61)
    const after = SignInQuestionSchema.parse((await sb.http.post(Q, { idNumber: member.idNumber })).body)
    expect(after).toMatchObject({ required: true, questionId: first.required && first.questionId })
  })

  it('a right answer gives a ticket that opens lookup and login for that ID only', async () => {
    const answers: Record<string, string> = {
      'childhood-occupation': 'Bombero',
      'school-sport': 'Fútbol',
      'friend-birthday-month': 'Diciembre',
    }
    const q = SignInQuestionSchema.parse((await sb.http.post(Q, { idNumber: member.idNumber })).body)
    if (!q.required) throw new Error('expected a question')
    const right = await sb.http.post(A, { idNumber: member.idNumber, answer: answers[q.questionId] })
    expect(right.status).toBe(200)
    const { questionTicket } = right.json<{ questionTicket: string }>()
    const other = await sb.http.post(API_ROUTES.lookup.path, {
      idNumber: demoMember('pa', 'no-loans').idNumber,
      questionTicket,
    })
    expect(other.status).toBe(403)
    const look = await sb.http.post(API_ROUTES.lookup.path, { idNumber: member.idNumber, questionTicket })
    expect(look.json()).toMatchObject({ securityImageId: member.securityImageId })
    const login = await sb.http.post(API_ROUTES.login.path, {
      idNumber: member.idNumber,
      password: member.password,
      kioskId: 'K',
      questionTicket,
    })
    expect(login.status).toBe(200)
    // Spent: the next sign-in asks again.
    const reuse = await sb.http.post(API_ROUTES.lookup.path, { idNumber: member.idNumber, questionTicket })
    expect(reuse.status).toBe(403)
  })

  it('a stranger gets a fixed decoy question that is never right', async () => {
    const q1 = SignInQuestionSchema.parse((await sb.http.post(Q, { idNumber: '55443322' })).body)
    const q2 = SignInQuestionSchema.parse((await sb.http.post(Q, { idNumber: '55443322' })).body)
    expect(q1).toEqual(q2)
    expect(q1).toMatchObject({ required: true, attemptsLeft: 3 })
    const wrong = await sb.http.post(A, { idNumber: '55443322', answer: 'bombero' })
    expect(wrong.json()).toMatchObject({
      error: { code: 'SECURITY_ANSWER_WRONG', details: { attemptsLeft: 2 } },
    })
  })

  it('"No es mi imagen" is recorded for a member (not for a stranger) with the service number', async () => {
    const res = await sb.http.post(API_ROUTES.imageReport.path, { idNumber: member.idNumber, kioskId: 'K-7' })
    const report = ImageReportResponseSchema.parse(res.body)
    expect(report.serviceNumber.number).toBe('+507 555-0100')
    const stranger = ImageReportResponseSchema.parse(
      (await sb.http.post(API_ROUTES.imageReport.path, { idNumber: '55443322', kioskId: 'K-7' })).body,
    )
    expect(Object.keys(stranger)).toEqual(Object.keys(report))
    const rows = sb.db.prepare('SELECT kind, kiosk_id, reference FROM security_events').all()
    expect(rows).toEqual([{ kind: 'image-reported', kiosk_id: 'K-7', reference: report.reference }])
  })

  it('serves the terms of use in both languages', async () => {
    const terms = TermsOfUseSchema.parse((await sb.http.get(API_ROUTES.termsOfUse.path)).body)
    expect(terms.es.title).toContain('Coopistmo')
    expect(terms.en.paragraphs.length).toBe(terms.es.paragraphs.length)
  })
})

describe('co: no question at sign-in', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'co', signInQuestionMode: 2 })
  })
  afterAll(() => sb.close())

  it('says none is required and signs in without a ticket', async () => {
    const m = demoMember('co', 'active')
    expect((await sb.http.post(Q, { idNumber: m.idNumber })).body).toEqual({ required: false })
    const login = await sb.http.post(API_ROUTES.login.path, {
      idNumber: m.idNumber,
      password: m.password,
      kioskId: 'K',
    })
    expect(login.status).toBe(200)
  })
})
