import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema, OkSchema, SessionStatusSchema } from '../../shared/api/auth'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { MemberSummarySchema } from '../../shared/api/member'
import { API_ROUTES } from '../../shared/api/routes'
import { demoMember, type DemoRole } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

const { login, logout, keepAlive, memberSummary } = API_ROUTES

describe('sessions and the member summary', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox({ sessionTtlSeconds: 300 })
  })
  afterAll(() => sb.close())

  async function tokenFor(role: DemoRole): Promise<string> {
    const m = demoMember('co', role)
    const res = await sb.http.post(login.path, { idNumber: m.idNumber, password: m.password, kioskId: 'K-1' })
    return LoginResponseSchema.parse(res.body).token
  }
  const expectExpired = (res: { status: number; body: unknown }) => {
    expect(res.status).toBe(401)
    expect(ApiErrorBodySchema.parse(res.body).error.code).toBe('SESSION_EXPIRED')
  }

  it('login → summary → keepalive extends → logout → summary refused', async () => {
    const token = await tokenFor('active')
    const summary = await sb.http.get(memberSummary.path, { token })
    expect(summary.status).toBe(200)
    MemberSummarySchema.parse(summary.body)

    sb.clock.advance(200)
    const kept = await sb.http.post(keepAlive.path, undefined, { token })
    expect(kept.status).toBe(200)
    const { expiresAt } = SessionStatusSchema.parse(kept.body)
    expect(new Date(expiresAt).getTime()).toBe(sb.clock.now().getTime() + 300_000)

    sb.clock.advance(200) // 400 s after login: alive only thanks to the keepalive
    expect((await sb.http.get(memberSummary.path, { token })).status).toBe(200)

    const out = await sb.http.post(logout.path, undefined, { token })
    expect(OkSchema.parse(out.body)).toEqual({ ok: true })
    expectExpired(await sb.http.get(memberSummary.path, { token }))
    expectExpired(await sb.http.post(keepAlive.path, undefined, { token }))
    // Logout is idempotent for a token the server issued.
    expect((await sb.http.post(logout.path, undefined, { token })).status).toBe(200)
  })

  it('expires after the TTL without keepalive (clock moved, no sleeping)', async () => {
    const token = await tokenFor('active')
    sb.clock.advance(299)
    expect((await sb.http.get(memberSummary.path, { token })).status).toBe(200)
    sb.clock.advance(1)
    expectExpired(await sb.http.get(memberSummary.path, { token }))
    expectExpired(await sb.http.post(keepAlive.path, undefined, { token }))
  })

  it('refuses missing, malformed and unknown tokens with SESSION_EXPIRED', async () => {
    expectExpired(await sb.http.get(memberSummary.path))
    expectExpired(await sb.http.get(memberSummary.path, { headers: { authorization: 'Basic abc' } }))
    expectExpired(await sb.http.get(memberSummary.path, { token: 'A'.repeat(43) }))
    expectExpired(await sb.http.post(logout.path, undefined, { token: 'B'.repeat(43) }))
  })

  it('accepts body-less POSTs that still declare JSON', async () => {
    const token = await tokenFor('active')
    const res = await sb.http.post(keepAlive.path, undefined, { token, raw: '' })
    expect(res.status).toBe(200)
  })

  it('summarises the member: masked ID, seniority, capacity, cut-off and masked products', async () => {
    const m = demoMember('co', 'active')
    const token = await tokenFor('active')
    const s = MemberSummarySchema.parse((await sb.http.get(memberSummary.path, { token })).body)
    const now = sb.clock.now()
    expect(s.fullName).toBe(m.fullName)
    expect(s.maskedIdNumber).toBe(`****${m.idNumber.slice(-4)}`)
    expect(s.memberNumber).toBe(m.memberNumber)
    expect(s.payrollEntity).toBe(m.payrollEntity)
    expect(s.baseSalary).toEqual({ amountMinor: m.baseSalary! * 100, currency: 'COP' })
    expect(s.currency).toBe('COP')
    // Clock starts 2026-03-15 (+ a few minutes): cut-off is the last day of February.
    expect(now.toISOString().slice(0, 7)).toBe('2026-03')
    expect(s.cutoffDate).toBe('2026-02-28')
    // Joined 2009-02-16: on 2026-03-15 the 17th year is complete, the month after it is not (15 < 16).
    expect(s.seniorityMonths).toBe(17 * 12)
    expect(s.products.map((p) => p.kind)).toEqual(m.products.map((p) => p.kind))
    for (const p of s.products) {
      expect(p.maskedNumber).toMatch(/^\*{4}\d{4}$/)
      expect(p.balance.currency).toBe('COP')
    }
    const installments = sb.db
      .prepare(
        `SELECT sum(monthly_payment_minor) AS n FROM products p JOIN members m ON m.id = p.member_id
         WHERE m.id_number = ? AND p.kind IN ('loan', 'other_obligation')`,
      )
      .get(m.idNumber) as { n: number }
    expect(s.paymentCapacity.amountMinor).toBe(Math.max(0, (m.baseSalary! * 100) / 2 - installments.n))
  })

  it('floors payment capacity at zero and shows no loans for the no-loans member', async () => {
    const token = await tokenFor('no-loans')
    const s = MemberSummarySchema.parse((await sb.http.get(memberSummary.path, { token })).body)
    expect(s.products.some((p) => p.kind === 'loan')).toBe(false)
    expect(s.payrollEntity).toBeNull()
    const overdue = MemberSummarySchema.parse(
      (await sb.http.get(memberSummary.path, { token: await tokenFor('overdue-loan') })).body,
    )
    expect(overdue.products.find((p) => p.kind === 'loan')?.status).toBe('overdue')
    expect(overdue.paymentCapacity.amountMinor).toBeGreaterThanOrEqual(0)
  })
})
