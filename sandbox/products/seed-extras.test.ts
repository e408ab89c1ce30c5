import { describe, expect, it } from 'vitest'
import { PROFILE_IDS, PROFILES } from '../profiles'
import { generateSeedData } from '../seed/generate'
import { TEST_START } from '../testing/harness'
import { directionOf, minimumPaymentOf, shareBp } from './ledger-rules'
import { generateProductExtras, termDaysOf } from './seed-extras'
import { TERMS_SCHEMAS } from './terms'

describe.each(PROFILE_IDS)('product extras of profile %s', (profileId) => {
  const data = generateSeedData(PROFILES[profileId], TEST_START)
  const extras = generateProductExtras(data, PROFILES[profileId])
  const products = data.members.flatMap((m) => m.products)

  it('gives every product the terms of its kind', () => {
    expect(extras.terms.map((t) => t.productId).sort()).toEqual(products.map((p) => p.id).sort())
    for (const { productId, value } of extras.terms) {
      const product = products.find((p) => p.id === productId)!
      expect(value.kind).toBe(product.kind)
      expect(TERMS_SCHEMAS[value.kind].safeParse(value.terms).success).toBe(true)
    }
  })

  it('builds amortization tables that agree with each loan’s ledger', () => {
    for (const loan of products.filter((p) => p.kind === 'loan')) {
      const rows = extras.installments.filter((r) => r.productId === loan.id)
      expect(rows.at(-1)!.balanceAfterMinor).toBe(0)
      const paid = rows.filter((r) => r.paidOn !== null)
      // What is still owed by the schedule; an overdue loan's ledger adds interest in arrears on top.
      const owed = paid.at(-1)!.balanceAfterMinor
      if (loan.status === 'overdue') expect(loan.balanceMinor).toBeGreaterThan(owed)
      else expect(loan.balanceMinor).toBe(owed)
      for (const r of rows) expect(r.principalMinor + r.interestMinor).toBeGreaterThan(0)
      // Installments fall due once a month, in order.
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.dueOn > rows[i - 1]!.dueOn).toBe(true)
    }
  })

  it('records guarantors over time: a released one ends the day the next one starts', () => {
    for (const loan of products.filter((p) => p.kind === 'loan')) {
      const gs = extras.guarantors.filter((g) => g.productId === loan.id && g.role === 'guarantor')
      expect(gs.length).toBeGreaterThan(0)
      expect(gs[0]!.fromOn).toBe(loan.openedOn)
      expect(gs.at(-1)!.untilOn).toBeNull()
      for (let i = 1; i < gs.length; i++) expect(gs[i]!.fromOn).toBe(gs[i - 1]!.untilOn)
    }
  })

  it('is deterministic', () => {
    expect(generateProductExtras(data, PROFILES[profileId])).toEqual(extras)
  })
})

describe('ledger rules', () => {
  it('reads credits from the member’s side for assets and debts alike', () => {
    expect(directionOf('savings', 100)).toBe('credit')
    expect(directionOf('savings', -100)).toBe('debit')
    expect(directionOf('loan', -100)).toBe('credit') // an installment lowers the debt
    expect(directionOf('card', 100)).toBe('debit') // a purchase raises it
    expect(directionOf('insurance', 100)).toBe('debit') // a premium charged
  })

  it('rounds the minimum payment up and the tax withheld down, in integers', () => {
    expect(minimumPaymentOf(0)).toBe(0)
    expect(minimumPaymentOf(101)).toBe(6) // 5.05 → 6
    expect(minimumPaymentOf(82_260_000)).toBe(4_113_000)
    expect(shareBp(743_998, 700)).toBe(52_079) // 52 079.86 → 52 079
  })

  it('reads a deposit’s term from its name', () => {
    expect(termDaysOf('CDAT 180 días')).toBe(180)
    expect(termDaysOf('Plazo fijo 12 meses')).toBe(360)
    expect(termDaysOf('Plazo fijo 1 mes')).toBe(30)
    expect(termDaysOf('Depósito')).toBe(360)
  })
})
