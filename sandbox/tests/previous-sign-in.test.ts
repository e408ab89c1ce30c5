import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema } from '../../shared/api/auth'
import { API_ROUTES } from '../../shared/api/routes'
import { demoMember } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

describe('POST login: the previous sign-in ("Última conexión")', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox()
  })
  afterAll(() => sb.close())

  const m = demoMember('co', 'active')
  async function signIn(kioskId: string) {
    const res = await sb.http.post(API_ROUTES.login.path, {
      idNumber: m.idNumber,
      password: m.password,
      kioskId,
    })
    expect(res.status).toBe(200)
    return LoginResponseSchema.parse(res.body)
  }

  it('has none the first time; the next sign-in tells the first one’s time and kiosk', async () => {
    const firstAt = sb.clock.now().toISOString()
    expect((await signIn('KIOSK-NORTE')).previousSignIn).toBeNull()

    // Two days on: the first session is long expired and swept, the sign-in is still told.
    sb.clock.advance(2 * 24 * 60 * 60)
    const secondAt = sb.clock.now().toISOString()
    expect((await signIn('KIOSK-SUR')).previousSignIn).toEqual({
      at: firstAt,
      channel: 'kiosk',
      kioskId: 'KIOSK-NORTE',
    })

    sb.clock.advance(60)
    expect((await signIn('KIOSK-NORTE')).previousSignIn).toEqual({
      at: secondAt,
      channel: 'kiosk',
      kioskId: 'KIOSK-SUR',
    })
  })

  it('is not changed by a wrong password', async () => {
    const before = sb.clock.now().toISOString()
    await signIn('KIOSK-CENTRO')
    sb.clock.advance(60)
    const wrong = await sb.http.post(API_ROUTES.login.path, {
      idNumber: m.idNumber,
      password: 'Wrong111',
      kioskId: 'KIOSK-INTRUSO',
    })
    expect(wrong.status).toBe(401)
    expect((await signIn('KIOSK-CENTRO')).previousSignIn).toMatchObject({
      at: before,
      kioskId: 'KIOSK-CENTRO',
    })
  })
})
