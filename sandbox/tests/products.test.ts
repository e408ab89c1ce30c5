import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  CardStatementSchema,
  ConsolidatedPositionSchema,
  ProductDetailSchema,
  ProductsOfKindSchema,
  type ProductDetailOf,
} from '../../shared/api/products'
import { demoMember, type DemoRole } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

let sb: TestSandbox
const tokens = new Map<string, string>()

/** Signs a demo member of the co profile in once per file (sessions outlive the tests here). */
async function signIn(role: DemoRole): Promise<string> {
  const m = demoMember('co', role)
  const cached = tokens.get(m.idNumber)
  if (cached) return cached
  const res = await sb.http.post('/v1/auth/login', {
    idNumber: m.idNumber,
    password: m.password,
    kioskId: 'K',
  })
  expect(res.status).toBe(200)
  const token = res.json<{ token: string }>().token
  tokens.set(m.idNumber, token)
  return token
}

const get = async (path: string, token?: string) => sb.http.get(path, token ? { token } : {})
const errorOf = (body: unknown) => ApiErrorBodySchema.parse(body).error

async function ofKind(role: DemoRole, kind: string) {
  const res = await get(`/v1/members/me/products/${kind}`, await signIn(role))
  expect(res.status).toBe(200)
  return ProductsOfKindSchema.parse(res.body)
}

beforeAll(async () => {
  sb = await startTestSandbox({ profile: 'co' })
})
afterAll(() => sb.close())

describe('consolidated position', () => {
  it('lists every product of the member by kind, with totals that add up', async () => {
    const res = await get('/v1/members/me/position', await signIn('active'))
    expect(res.status).toBe(200)
    const pos = ConsolidatedPositionSchema.parse(res.body)
    const maria = demoMember('co', 'active')
    expect(pos.groups.map((g) => g.kind)).toEqual([
      'contribution',
      'savings',
      'loan',
      'term_deposit',
      'card',
      'other_obligation',
      'deduction',
      'insurance',
    ])
    expect(pos.groups.flatMap((g) => g.products).length).toBe(maria.products.length)
    for (const g of pos.groups)
      expect(g.total.amountMinor).toBe(g.products.reduce((s, p) => s + p.balance.amountMinor, 0))
    const sumOf = (nature: string) =>
      pos.groups.filter((g) => g.nature === nature).reduce((s, g) => s + g.total.amountMinor, 0)
    expect(pos.totals.assets.amountMinor).toBe(sumOf('asset'))
    expect(pos.totals.liabilities.amountMinor).toBe(sumOf('liability'))
    expect(pos.totals.net.amountMinor).toBe(sumOf('asset') - sumOf('liability'))
    expect(pos.cutoffDate).toBe('2026-02-28')
    const card = pos.groups.find((g) => g.kind === 'card')!.products[0]!
    expect(card.available).not.toBeNull()
  })

  it('shows only the kinds a member holds', async () => {
    const res = await get('/v1/members/me/position', await signIn('no-loans'))
    const kinds = ConsolidatedPositionSchema.parse(res.body).groups.map((g) => g.kind)
    expect(kinds).toEqual(['contribution', 'savings', 'term_deposit'])
  })

  it('needs a session', async () => {
    const res = await get('/v1/members/me/position')
    expect(res.status).toBe(401)
  })
})

describe('product tabs', () => {
  it('gives the seed 000 Aportes table: obligation, description, payment, balance, pending, due date', async () => {
    const tab = await ofKind('active', 'contribution')
    expect(tab.products).toHaveLength(2)
    const [first, second] = tab.products as ProductDetailOf<'contribution'>[]
    expect(first!.contribution.obligation).toMatch(/^1 - \d{10}$/)
    expect(second!.contribution).toMatchObject({
      description: 'Ahorros permanentes',
      monthlyPayment: { amountMinor: 4_590_000, currency: 'COP' },
      pendingPayment: { amountMinor: 0 },
      dueDate: '2026-03-28',
      nextDueAmount: { amountMinor: 4_590_000 },
      withdrawalRequested: false,
    })
    expect(second!.contribution.balanceAtCutoff).toEqual(second!.balance)
  })

  it('answers an empty tab for a kind the member does not hold ("no posee créditos vigentes")', async () => {
    expect((await ofKind('no-loans', 'loan')).products).toEqual([])
    expect((await ofKind('no-loans', 'card')).products).toEqual([])
    expect((await ofKind('overdue-loan', 'term_deposit')).products).toEqual([])
  })

  it('refuses an unknown kind with 400 VALIDATION', async () => {
    const res = await get('/v1/members/me/products/stocks', await signIn('active'))
    expect(res.status).toBe(400)
    expect(errorOf(res.body)).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'kind' }] } })
  })

  it('details savings, term deposits, other obligations, deductions and insurance', async () => {
    const [savings] = (await ofKind('active', 'savings')).products as ProductDetailOf<'savings'>[]
    expect(savings!.savings.available).toEqual(savings!.balance)
    expect(savings!.savings.interestEarnedYtd.amountMinor).toBeGreaterThan(0)
    const [cdat] = (await ofKind('active', 'term_deposit')).products as ProductDetailOf<'term_deposit'>[]
    expect(cdat!.termDeposit.termDays).toBe(180)
    expect(cdat!.termDeposit.maturityDate > '2026-02-28').toBe(true)
    expect(cdat!.termDeposit.interestToDate.amountMinor).toBe(
      cdat!.balance.amountMinor - cdat!.termDeposit.principal.amountMinor,
    )
    // Colombian retención en la fuente: 7 % of the interest.
    expect(cdat!.termDeposit.withheldToDate.amountMinor).toBe(
      Math.floor((cdat!.termDeposit.interestToDate.amountMinor * 7) / 100),
    )
    const [other] = (await ofKind('active', 'other_obligation'))
      .products as ProductDetailOf<'other_obligation'>[]
    expect(other!.otherObligation.pendingPayment).toEqual(other!.balance)
    const [deduction] = (await ofKind('active', 'deduction')).products as ProductDetailOf<'deduction'>[]
    expect(deduction!.deduction).toMatchObject({
      payrollEntity: 'SECRETARÍA DE EDUCACIÓN',
      amountPerPeriod: { amountMinor: 63_000_000 },
      frequency: 'monthly',
    })
    expect(deduction!.deduction.appliesTo).toMatch(/^Aportes sociales 1 - /)
    const [insurance] = (await ofKind('active', 'insurance')).products as ProductDetailOf<'insurance'>[]
    expect(insurance!.insurance.maskedPolicyNumber).toMatch(/^\*{6}\d{4}$/)
    expect(insurance!.insurance.validUntil > '2026-02-28').toBe(true)
  })
})

describe('loans', () => {
  it('has an amortization table that agrees with the ledger, and the next installment', async () => {
    const [loan] = (await ofKind('active', 'loan')).products as ProductDetailOf<'loan'>[]
    const l = loan!.loan
    expect(l.amortization).toHaveLength(60)
    expect(l.installmentsPaid).toBe(32) // 20 before the window + 12 in it
    expect(l.installmentsOverdue).toBe(0)
    const lastPaid = l.amortization[l.installmentsPaid - 1]!
    expect(lastPaid.balanceAfter).toEqual(loan!.balance)
    expect(l.nextInstallment).toMatchObject({ number: 33, status: 'pending', dueDate: '2026-03-10' })
    for (const row of l.amortization)
      expect(row.total.amountMinor).toBe(
        row.principal.amountMinor + row.interest.amountMinor + row.insurance.amountMinor,
      )
    expect(l.amortization.at(-1)!.balanceAfter.amountMinor).toBe(0)
    expect(l.guarantors.length).toBeGreaterThan(0)
    for (const g of l.guarantors) expect(g.maskedIdNumber).toMatch(/^\*+\d{4}$/)
  })

  it('shows the overdue installments of a loan in arrears', async () => {
    const [loan] = (await ofKind('overdue-loan', 'loan')).products as ProductDetailOf<'loan'>[]
    const l = loan!.loan
    expect(loan!.status).toBe('overdue')
    expect(l.installmentsOverdue).toBe(2)
    const overdue = l.amortization.filter((r) => r.status === 'overdue')
    expect(l.overdueAmount.amountMinor).toBe(overdue.reduce((s, r) => s + r.total.amountMinor, 0))
    expect(l.nextInstallment).toEqual(overdue[0])
  })

  it('keeps guarantors over time: a released one has an end date', async () => {
    const loans = await Promise.all(
      ['active', 'overdue-loan', 'no-loans'].map((r) => ofKind(r as DemoRole, 'loan')),
    )
    const all = loans.flatMap((t) =>
      (t.products as ProductDetailOf<'loan'>[]).flatMap((p) => p.loan.guarantors),
    )
    for (const g of all) expect(g.active).toBe(g.until === null)
  })
})

describe('cards', () => {
  it('has limit, available, minimum payment and a statement per period that adds up', async () => {
    const token = await signIn('active')
    const [card] = (await ofKind('active', 'card')).products as ProductDetailOf<'card'>[]
    const c = card!.card
    expect(c.available.amountMinor).toBe(c.limit.amountMinor - card!.balance.amountMinor)
    expect(c.periods[0]).toBe('2026-02')
    expect(c.periods).toHaveLength(12)
    expect(c.maskedCardNumber).toMatch(/^4\d{3} \*{4} \*{4} \d{4}$/)

    const res = await get(`/v1/products/${card!.id}/card-statement`, token)
    expect(res.status).toBe(200)
    const st = CardStatementSchema.parse(res.body)
    expect(st.period).toBe('2026-02')
    expect(st.closingBalance).toEqual(card!.balance)
    expect(st.minimumPayment).toEqual(c.minimumPayment)
    expect(st.paymentDueDate).toBe(c.paymentDueDate)
    expect(st.closingBalance.amountMinor).toBe(
      st.previousBalance.amountMinor +
        st.purchases.amountMinor +
        st.fees.amountMinor +
        st.interest.amountMinor -
        st.payments.amountMinor,
    )
    expect(st.lines.some((l) => l.category === 'fee')).toBe(true)

    const older = CardStatementSchema.parse(
      (await get(`/v1/products/${card!.id}/card-statement?period=2025-06`, token)).body,
    )
    expect(older.periodStart).toBe('2025-06-01')
    expect(older.periodEnd).toBe('2025-06-30')
    const none = await get(`/v1/products/${card!.id}/card-statement?period=2019-01`, token)
    expect(none.status).toBe(404)
    const bad = await get(`/v1/products/${card!.id}/card-statement?period=2025-13`, token)
    expect(bad.status).toBe(400)
  })
})

describe('product detail', () => {
  it('answers a product of the member and hides other members’ products as 404', async () => {
    const mine = (await ofKind('active', 'savings')).products[0]!
    const res = await get(`/v1/products/${mine.id}`, await signIn('active'))
    expect(ProductDetailSchema.parse(res.body)).toEqual(mine)
    const other = await get(`/v1/products/${mine.id}`, await signIn('no-loans'))
    expect(other.status).toBe(404)
    expect(errorOf(other.body).code).toBe('NOT_FOUND')
    const bad = await get('/v1/products/not%20an%20id', await signIn('active'))
    expect(bad.status).toBe(400)
    expect(errorOf(bad.body).details?.issues?.[0]?.path).toBe('productId')
  })
})
