import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema } from '../../shared/api/auth'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { API_ROUTES } from '../../shared/api/routes'
import { DEMO_MEMBERS, demoMember } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

const LOGIN = API_ROUTES.login.path
const kioskId = 'KIOSK-TEST'

describe('POST login', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox()
  })
  afterAll(() => sb.close())

  const login = (idNumber: string, password: string) => sb.http.post(LOGIN, { idNumber, password, kioskId })

  it('returns an opaque token for the right password and records the kiosk', async () => {
    const m = demoMember('co', 'active')
    const res = await login(m.idNumber, m.password)
    expect(res.status).toBe(200)
    const body = LoginResponseSchema.parse(res.body)
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43,}$/)
    expect(body.mustChangePassword).toBe(false)
    expect(body.member.displayName).toBe(m.displayName)
    expect(new Date(body.expiresAt).getTime() - sb.clock.now().getTime()).toBe(300_000)
    // Only the token's sha256 is stored, with the kiosk it was issued to.
    const row = sb.db
      .prepare('SELECT token_hash, kiosk_id FROM sessions WHERE token_hash = ?')
      .get(createHash('sha256').update(body.token).digest('hex'))
    expect(row).toMatchObject({ kiosk_id: kioskId })
    const dump = JSON.stringify(sb.db.prepare('SELECT * FROM sessions').all())
    expect(dump).not.toContain(body.token)
  })

  it('flags a temporary password', async () => {
    const m = demoMember('co', 'temporary-password')
    const res = await login(m.idNumber, m.password)
    expect(res.status).toBe(200)
    expect(res.json()).toMatchObject({ mustChangePassword: true })
  })

  it('counts wrong passwords down, then locks; the right password is refused afterwards', async () => {
    const m = DEMO_MEMBERS.co.find((x) => x.role === 'active' && x !== demoMember('co', 'active'))!
    const first = await login(m.idNumber, 'Wrong111')
    expect(first.status).toBe(401)
    expect(ApiErrorBodySchema.parse(first.body).error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      details: { attemptsLeft: 2 },
    })
    const second = await login(m.idNumber, 'Wrong222')
    expect(second.json<{ error: object }>().error).toMatchObject({ details: { attemptsLeft: 1 } })
    const third = await login(m.idNumber, 'Wrong333')
    expect(third.status).toBe(423)
    expect(ApiErrorBodySchema.parse(third.body).error.code).toBe('ACCOUNT_LOCKED')
    const right = await login(m.idNumber, m.password)
    expect(right.status).toBe(423)
    expect(right.json<{ error: object }>().error).toMatchObject({ code: 'ACCOUNT_LOCKED' })
  })

  it('resets the counter on success', async () => {
    const m = DEMO_MEMBERS.co.find((x) => x.role === 'no-loans')!
    expect((await login(m.idNumber, 'Wrong111')).json()).toMatchObject({
      error: { details: { attemptsLeft: 2 } },
    })
    expect((await login(m.idNumber, m.password)).status).toBe(200)
    expect((await login(m.idNumber, 'Wrong111')).json()).toMatchObject({
      error: { details: { attemptsLeft: 2 } },
    })
  })

  it('refuses the seeded locked member even with the right password', async () => {
    const m = demoMember('co', 'locked')
    const res = await login(m.idNumber, m.password)
    expect(res.status).toBe(423)
    expect(res.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } })
  })

  it('answers unknown IDs with the same shapes, so login reveals no membership', async () => {
    const known = DEMO_MEMBERS.co.find((x) => x.role === 'overdue-loan')!
    const unknown = '31313131'
    const shape = (r: { status: number; body: unknown }) => {
      const { error } = ApiErrorBodySchema.parse(r.body)
      return { status: r.status, code: error.code, message: error.message, details: error.details }
    }
    for (let i = 0; i < 4; i++) {
      const [a, b] = await Promise.all([login(known.idNumber, `Wrong${i}x`), login(unknown, `Wrong${i}x`)])
      expect(shape(b)).toEqual(shape(a))
      expect(Object.keys(b.json()).sort()).toEqual(Object.keys(a.json()).sort())
    }
    expect(shape(await login(unknown, 'Anything1'))).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' })
  })
})
