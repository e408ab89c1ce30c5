import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { api, errorOf } from './helpers/credentials-api'

const maria = demoMember('co', 'active')

describe('rate limits over HTTP', () => {
  let sb: TestSandbox
  let call: ReturnType<typeof api>
  beforeAll(async () => {
    // No send cooldown here: this file measures the request limits alone (abuse-credentials tests the sends).
    sb = await startTestSandbox({
      rateLimitPerId: 3,
      rateLimitPerAddress: 8,
      rateLimitWindowSeconds: 60,
      sendCooldownSeconds: 0,
    })
    call = api(sb.http)
  })
  afterAll(() => sb.close())

  const lookup = (idNumber: string, kiosk: string) =>
    sb.http.post('/v1/auth/lookup', { idNumber }, { headers: { 'x-kiosk-id': kiosk } })

  it('limits each ID the same way whether or not it is a member', async () => {
    const answers = []
    for (const id of [maria.idNumber, '99887766']) {
      for (let i = 0; i < 3; i++) expect((await lookup(id, 'K-A')).status).toBe(200)
      const limited = await lookup(id, 'K-B')
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toBe('60')
      answers.push(limited.json<{ error: { requestId?: string } }>())
    }
    // Identical apart from the request id: nothing tells the member from the stranger.
    const strip = (a: { error: { requestId?: string } }) => ({ ...a.error, requestId: undefined })
    expect(strip(answers[0]!)).toEqual(strip(answers[1]!))
    expect(strip(answers[0]!)).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } })
  })

  it('slides: a slot frees up once the oldest request leaves the window', async () => {
    sb.clock.advance(59)
    expect((await lookup(maria.idNumber, 'K-C')).status).toBe(429)
    expect(errorOf(await lookup(maria.idNumber, 'K-C')).details).toEqual({ retryAfterSeconds: 1 })
    sb.clock.advance(1)
    expect((await lookup(maria.idNumber, 'K-C')).status).toBe(200)
  })

  it('limits each source address across IDs whatever kiosk id it states, and counts lookup, login, recovery and codes separately', async () => {
    sb.clock.advance(120)
    for (let i = 0; i < 8; i++) expect((await lookup(`5550000${i}`, 'K-FLOOD')).status).toBe(200)
    expect((await lookup('55500009', 'K-FLOOD')).status).toBe(429)
    // A new kiosk id from the same address is the same client (issue 15: the stated id is not trusted).
    expect((await lookup('55500009', 'K-OTHER')).status).toBe(429)
    // Another action of the same kiosk still has its own budget.
    const login = await call('login', { idNumber: '55500009', password: 'Xx123456', kioskId: 'K-FLOOD' })
    expect(errorOf(login).code).toBe('INVALID_CREDENTIALS')
  })

  it('covers recovery and the enrollment code per ID', async () => {
    sb.clock.advance(120)
    const sandra = demoMember('co', 'not-enrolled')
    const codes: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await call('requestRecovery', {
        idNumber: maria.idNumber,
        channel: 'sms',
        kioskId: `K-R${i}`,
      })
      codes.push(res.status)
    }
    expect(codes).toEqual([200, 200, 200, 429])
    const starts: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await call('enrollStart', {
        idNumber: sandra.idNumber,
        memberNumber: sandra.memberNumber,
        birthDate: '2000-01-01',
        kioskId: `K-E${i}`,
      })
      starts.push(res.status)
    }
    expect(starts).toEqual([422, 422, 422, 429])
  })
})
