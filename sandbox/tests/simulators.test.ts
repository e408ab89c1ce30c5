import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  LoanApplicationSchema,
  LoanSimulationSchema,
  MyApplicationsSchema,
  ProductRequestSchema,
  SimulatorCatalogueSchema,
  TermDepositSimulationSchema,
  type LoanSimulation,
} from '../../shared/api/simulators'
import { simulateLoan } from '../../shared/finance/loan-simulation'
import { startTestSandbox, signInDemo, type TestSandbox } from '../testing/harness'

let sb: TestSandbox
let token: string
beforeAll(async () => {
  sb = await startTestSandbox({ profile: 'co' })
  token = await signInDemo(sb.http, 'co', 'active')
})
afterAll(() => sb.close())

const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code
const LIBRE = {
  lineId: 'libre-inversion',
  amountMinor: 2_000_000_000,
  termMonths: 36,
  system: 'french',
} as const
async function simulate(body: unknown, as = token) {
  return sb.http.post('/v1/simulators/loan', body, { token: as })
}

describe('simulator catalogue and loan simulation', () => {
  it("lists the profile's lines, the term-deposit table and today's date; needs a session", async () => {
    const res = await sb.http.get('/v1/simulators/catalogue', { token })
    const c = SimulatorCatalogueSchema.parse(res.body)
    expect(c.today).toBe('2026-03-15') // the test clock
    expect(c.loanLines.map((l) => l.kind)).toEqual(['libre_inversion', 'vivienda', 'educacion', 'vehiculo'])
    expect(c.loanLines.find((l) => l.id === 'educacion')!.rateEa).toBe('0')
    expect(c.termDeposit.withholding).toEqual({
      ratePercent: '4',
      threshold: { amountMinor: 5_000_000, currency: 'COP' },
    })
    expect((await sb.http.get('/v1/simulators/catalogue')).status).toBe(401)
  })

  it('projects with the shared code: the same table the kiosk computes', async () => {
    const res = await simulate(LIBRE)
    expect(res.status).toBe(200)
    const s = LoanSimulationSchema.parse(res.body)
    const c = SimulatorCatalogueSchema.parse((await sb.http.get('/v1/simulators/catalogue', { token })).body)
    expect(s).toEqual(simulateLoan(c.loanLines[0]!, LIBRE, '2026-03-15', 'COP'))
    expect(s.installments[0]).toMatchObject({
      dueDate: '2026-04-15',
      installment: { amountMinor: 70_984_543 },
    })
    expect(s.monthlyRate).toBe('0.012503306038')
  })

  it('refuses amounts and terms outside the line, unknown lines and malformed input', async () => {
    expect(errorCode((await simulate({ ...LIBRE, amountMinor: 49_999_999 })).body)).toBe('VALIDATION')
    expect(errorCode((await simulate({ ...LIBRE, termMonths: 73 })).body)).toBe('VALIDATION')
    expect((await simulate({ ...LIBRE, lineId: 'yate' })).status).toBe(404)
    expect((await simulate({ ...LIBRE, amountMinor: 1.5 })).status).toBe(400)
    expect((await simulate({ ...LIBRE, system: 'american' })).status).toBe(400)
  })

  it('projects a 360-month housing loan and the 0 % education line', async () => {
    const home = LoanSimulationSchema.parse(
      (await simulate({ lineId: 'vivienda', amountMinor: 20_000_000_000, termMonths: 360, system: 'german' }))
        .body,
    )
    expect(home.installments).toHaveLength(360)
    expect(home.totals.principal.amountMinor).toBe(20_000_000_000)
    const school = LoanSimulationSchema.parse(
      (await simulate({ lineId: 'educacion', amountMinor: 300_000_000, termMonths: 7, system: 'french' }))
        .body,
    )
    expect(school.totals.interest.amountMinor).toBe(0)
    expect(school.installments.map((r) => r.principal.amountMinor)).toEqual([
      ...Array(6).fill(42_857_143),
      42_857_142,
    ])
  })
})

describe('term deposit simulation', () => {
  it('10 000 000.00 for 90 days: figures of the unit test, maturity on a Saturday paid on Monday', async () => {
    const res = await sb.http.post(
      '/v1/simulators/term-deposit',
      { amountMinor: 1_000_000_000, termDays: 90, payout: 'maturity' },
      { token },
    )
    const s = TermDepositSimulationSchema.parse(res.body)
    expect(s.rateEa).toBe('9.2')
    expect([s.grossInterest.amountMinor, s.withholdingTax.amountMinor, s.netInterest.amountMinor]).toEqual([
      21_938_498, 877_540, 21_060_958,
    ])
    expect([s.maturityDate, s.paymentDate]).toEqual(['2026-06-13', '2026-06-15'])
  })
  it('refuses a term outside the rate table', async () => {
    const res = await sb.http.post(
      '/v1/simulators/term-deposit',
      { amountMinor: 1_000_000_000, termDays: 10, payout: 'maturity' },
      { token },
    )
    expect(errorCode(res.body)).toBe('VALIDATION')
  })
})

describe('loan applications and product requests', () => {
  const file = (simulation: unknown, as = token) =>
    sb.http.post('/v1/members/me/loan-applications', { simulation }, { token: as })

  it('files a simulation the core re-computes, with its requirements, and lists it', async () => {
    const s = (await simulate(LIBRE)).json<LoanSimulation>()
    const res = await file(s)
    expect(res.status).toBe(200)
    const a = LoanApplicationSchema.parse(res.body)
    expect(a.number).toBe('SC-2026-000001')
    expect(a.status).toBe('filed')
    expect(a.firstInstallment.amountMinor).toBe(70_984_543)
    expect(a.requirements.map((r) => r.code)).toEqual(['seniority', 'capacity', 'no_overdue'])
    expect(a.requirements.find((r) => r.code === 'no_overdue')!.met).toBe(true)
    const mine = MyApplicationsSchema.parse(
      (await sb.http.get('/v1/members/me/applications', { token })).body,
    )
    expect(mine.loans.map((l) => l.number)).toEqual(['SC-2026-000001'])
  })

  it('refuses a simulation whose figures differ by one centavo, or made another day', async () => {
    const s = (await simulate(LIBRE)).json<LoanSimulation>()
    const tampered = structuredClone(s)
    tampered.installments[3]!.interest.amountMinor -= 1
    expect(errorCode((await file(tampered)).body)).toBe('CONFLICT')
    const cheaper = { ...s, rateEa: '1' }
    expect(errorCode((await file(cheaper)).body)).toBe('CONFLICT')
    expect(errorCode((await file({ ...s, startDate: '2026-03-14' })).body)).toBe('CONFLICT')
    const mine = MyApplicationsSchema.parse(
      (await sb.http.get('/v1/members/me/applications', { token })).body,
    )
    expect(mine.loans).toHaveLength(1)
  })

  it('marks the overdue member and an installment above capacity as "No cumple"', async () => {
    const overdue = await signInDemo(sb.http, 'co', 'overdue-loan')
    const big = { lineId: 'libre-inversion', amountMinor: 10_000_000_000, termMonths: 12, system: 'french' }
    const a = LoanApplicationSchema.parse((await file((await simulate(big, overdue)).body, overdue)).body)
    expect(a.requirements.find((r) => r.code === 'no_overdue')).toMatchObject({ met: false })
    expect(a.requirements.find((r) => r.code === 'capacity')).toMatchObject({ met: false })
  })

  it('advances an application through the sandbox-only endpoint, in order', async () => {
    const advance = (to?: string) =>
      sb.http.post('/sandbox/applications/SC-2026-000001/advance', to ? { to } : {})
    expect((await advance('approved')).status).toBe(409) // filed cannot be approved before its study
    expect((await advance()).json()).toEqual({ number: 'SC-2026-000001', status: 'in_review' })
    expect((await advance('denied')).json()).toEqual({ number: 'SC-2026-000001', status: 'denied' })
    expect((await advance()).status).toBe(409)
    expect((await sb.http.post('/sandbox/applications/SC-2026-999999/advance', {})).status).toBe(404)
    const mine = MyApplicationsSchema.parse(
      (await sb.http.get('/v1/members/me/applications', { token })).body,
    )
    expect(mine.loans[0]!.status).toBe('denied')
  })

  it('files product requests with a number, listed with the loans; an amount where the product needs one', async () => {
    const ask = (body: unknown) => sb.http.post('/v1/members/me/product-requests', body, { token })
    const savings = ProductRequestSchema.parse(
      (await ask({ kind: 'savings', amountMinor: null, contact: 'phone' })).body,
    )
    expect(savings).toMatchObject({ number: 'SP-2026-000001', status: 'filed', amount: null })
    expect(errorCode((await ask({ kind: 'card', amountMinor: null, contact: 'email' })).body)).toBe(
      'VALIDATION',
    )
    const card = ProductRequestSchema.parse(
      (await ask({ kind: 'card', amountMinor: 300_000_000, contact: 'branch' })).body,
    )
    const mine = MyApplicationsSchema.parse(
      (await sb.http.get('/v1/members/me/applications', { token })).body,
    )
    expect(mine.products.map((p) => p.number)).toEqual([card.number, savings.number])
    expect(mine.loans).toHaveLength(1)
  })
})
