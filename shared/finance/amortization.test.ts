import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { amortize, frenchPayment, type System } from './amortization'
import { Dec } from './decimal'
import { eaFraction, eaFromMonthly, monthlyFromEa, rateString } from './rates'

/*
 * Where the expected figures come from:
 * - "PMT": the spreadsheet formula PMT(i; n; −A) = A·i / (1 − (1 + i)^−n), with the textbook values
 *   PMT(1 %; 12; −10 000) = 888.49 and PMT(0.5 %; 360; −100 000) = 599.55 (the classic 6 % 30-year
 *   mortgage of every amortization table).
 * - "PY": an independent implementation of the same rounding rule in Python's decimal module at 50 digits
 *   (ROUND_HALF_UP on each month's interest and insurance; the last principal = balance left); the
 *   script is in shared/finance/README.md and was run by hand: its output is copied
 *   here, not computed by the code under test.
 * - German with i = 1 % on 12 000.00 over 12 months: by hand (principal 1 000.00, interest 1 % of the
 *   balance: 120.00, 110.00, … 10.00).
 */
const none = new Dec(0)
const table = (amountMinor: number, termMonths: number, rate: string, system: System = 'french') =>
  amortize({ amountMinor, termMonths, monthlyRate: new Dec(rate), insuranceRate: none, feeMinor: 0, system })

describe('French amortization', () => {
  it('PMT(1 %; 12; −10 000) = 888.49 and the last installment absorbs the rounding (PY)', () => {
    expect(frenchPayment(1_000_000, 12, new Dec('0.01'))).toBe(88_849)
    const rows = table(1_000_000, 12, '0.01')
    expect(rows[0]).toEqual({
      number: 1,
      principal: 78_849,
      interest: 10_000,
      insurance: 0,
      fees: 0,
      installment: 88_849,
      balance: 921_151,
    })
    expect(rows[1]).toMatchObject({ principal: 79_637, interest: 9_212, balance: 841_514 })
    // PY: the 12th principal is the balance left, 879.67, so that installment is 888.47, not 888.49.
    expect(rows[11]).toEqual({
      number: 12,
      principal: 87_967,
      interest: 880,
      insurance: 0,
      fees: 0,
      installment: 88_847,
      balance: 0,
    })
    expect(rows.reduce((s, r) => s + r.interest, 0)).toBe(66_186)
  })

  it('360 months: PMT(0.5 %; 360; −100 000) = 599.55, last installment 600.00 (PY)', () => {
    const rows = table(10_000_000, 360, '0.005')
    expect(rows).toHaveLength(360)
    expect(rows[0]).toMatchObject({ principal: 9_955, interest: 50_000, installment: 59_955 })
    expect(rows[358]).toMatchObject({
      principal: 59_360,
      interest: 595,
      installment: 59_955,
      balance: 59_701,
    })
    expect(rows[359]).toMatchObject({ principal: 59_701, interest: 299, installment: 60_000, balance: 0 })
    expect(rows.reduce((s, r) => s + r.interest, 0)).toBe(11_583_845)
  })

  it('1 month: the whole amount plus one month of interest, insurance and fee', () => {
    const rows = amortize({
      amountMinor: 50_000_000,
      termMonths: 1,
      monthlyRate: new Dec('0.01'),
      insuranceRate: new Dec('0.0004'),
      feeMinor: 150_000,
      system: 'french',
    })
    // By hand: 500 000.00 + 1 % (5 000.00) + 0.04 % (200.00) + 1 500.00.
    expect(rows).toEqual([
      {
        number: 1,
        principal: 50_000_000,
        interest: 500_000,
        insurance: 20_000,
        fees: 150_000,
        installment: 50_670_000,
        balance: 0,
      },
    ])
  })

  it('zero interest: equal shares, the last one takes the remainder', () => {
    expect(table(1_000_000, 3, '0').map((r) => [r.principal, r.interest, r.installment])).toEqual([
      [333_333, 0, 333_333],
      [333_333, 0, 333_333],
      [333_334, 0, 333_334],
    ])
  })

  it('a 16.08 % EA line with insurance and fees: 20 000 000.00 over 36 months (PY)', () => {
    const rows = amortize({
      amountMinor: 2_000_000_000,
      termMonths: 36,
      monthlyRate: monthlyFromEa(eaFraction('16.08')),
      insuranceRate: new Dec('0.0004'),
      feeMinor: 1_500_000,
      system: 'french',
    })
    expect(rows[0]).toEqual({
      number: 1,
      principal: 44_327_931,
      interest: 25_006_612,
      insurance: 800_000,
      fees: 1_500_000,
      installment: 71_634_543,
      balance: 1_955_672_069,
    })
    expect(rows[35]).toEqual({
      number: 36,
      principal: 68_478_320,
      interest: 856_205,
      insurance: 27_391,
      fees: 1_500_000,
      installment: 70_861_916,
      balance: 0,
    })
    const totals = ['principal', 'interest', 'insurance', 'fees', 'installment'] as const
    expect(totals.map((k) => rows.reduce((s, r) => s + r[k], 0))).toEqual([
      2_000_000_000, 496_043_530, 15_869_194, 54_000_000, 2_565_912_724,
    ])
  })
})

describe('German amortization', () => {
  it('constant principal, interest on the balance (by hand)', () => {
    const rows = table(1_200_000, 12, '0.01', 'german')
    expect(rows.map((r) => r.principal)).toEqual(Array(12).fill(100_000))
    expect(rows.map((r) => r.interest)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((k) => k * 1_000))
    expect(rows[0]!.installment).toBe(112_000)
    expect(rows[11]!.installment).toBe(101_000)
  })

  it('16.08 % EA, insurance and fees, 20 000 000.00 over 36 months: last principal absorbs −16 (PY)', () => {
    const rows = amortize({
      amountMinor: 2_000_000_000,
      termMonths: 36,
      monthlyRate: monthlyFromEa(eaFraction('16.08')),
      insuranceRate: new Dec('0.0004'),
      feeMinor: 1_500_000,
      system: 'german',
    })
    expect(rows[0]).toEqual({
      number: 1,
      principal: 55_555_556,
      interest: 25_006_612,
      insurance: 800_000,
      fees: 1_500_000,
      installment: 82_862_168,
      balance: 1_944_444_444,
    })
    expect(rows[1]).toMatchObject({ interest: 24_311_984, insurance: 777_778, installment: 82_145_318 })
    expect(rows[35]).toEqual({
      number: 36,
      principal: 55_555_540,
      interest: 694_628,
      insurance: 22_222,
      fees: 1_500_000,
      installment: 57_772_390,
      balance: 0,
    })
    expect(rows.reduce((s, r) => s + r.interest, 0)).toBe(462_622_320)
  })
})

describe('EA ↔ monthly', () => {
  it('16.08 % EA is 1.2503306… % a month (PY: 1.1608^(1/12) − 1)', () => {
    expect(rateString(monthlyFromEa(eaFraction('16.08')))).toBe('0.012503306038')
  })
  it('1.25 % and 2 % a month are 16.0755 % and 26.8242 % EA (published conversion tables)', () => {
    expect(eaFromMonthly(new Dec('0.0125')).times(100).toFixed(4)).toBe('16.0755')
    expect(eaFromMonthly(new Dec('0.02')).times(100).toFixed(4)).toBe('26.8242')
  })
  it('round trips to 30 significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (micro) => {
        const ea = new Dec(micro).div(1_000_000) // 0 … 100 % with 6 decimals, like the API strings
        const back = eaFromMonthly(monthlyFromEa(ea))
        expect(back.minus(ea).abs().lte('1e-30')).toBe(true)
      }),
    )
  })
  it('refuses rates that are not decimal strings', () => {
    expect(() => eaFraction('16,08')).toThrow(RangeError)
    expect(() => eaFraction('1e2')).toThrow(RangeError)
  })
})

describe('properties', () => {
  const loan = fc.record({
    // Between 1 000 000.00 and 10 000 000 000.00 minor units' worth (the lines' real range).
    amountMinor: fc.integer({ min: 100_000_000, max: 1_000_000_000_000 }),
    termMonths: fc.integer({ min: 1, max: 360 }),
    eaMicro: fc.integer({ min: 0, max: 60_000_000 }),
    insuranceMicro: fc.integer({ min: 0, max: 2_000 }),
    feeMinor: fc.integer({ min: 0, max: 5_000_000 }),
    system: fc.constantFrom<System>('french', 'german'),
  })
  type Loan = typeof loan extends fc.Arbitrary<infer T> ? T : never
  const rowsOf = (l: Loan) =>
    amortize({
      amountMinor: l.amountMinor,
      termMonths: l.termMonths,
      monthlyRate: monthlyFromEa(new Dec(l.eaMicro).div(100_000_000)),
      insuranceRate: new Dec(l.insuranceMicro).div(1_000_000),
      feeMinor: l.feeMinor,
      system: l.system,
    })

  it('principal sums to the amount, balances never negative and end at zero, whole minor units', () => {
    fc.assert(
      fc.property(loan, (l) => {
        const rows = rowsOf(l)
        expect(rows).toHaveLength(l.termMonths)
        expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(l.amountMinor)
        for (const r of rows) {
          expect(r.balance).toBeGreaterThanOrEqual(0)
          expect(r.principal).toBeGreaterThanOrEqual(0)
          expect(Number.isSafeInteger(r.installment)).toBe(true)
          expect(r.installment).toBe(r.principal + r.interest + r.insurance + r.fees)
        }
        expect(rows.at(-1)!.balance).toBe(0)
      }),
      { numRuns: 200 },
    )
  })

  it('French: every installment but the last is the same; the last is off by the compounded roundings only', () => {
    fc.assert(
      fc.property(loan, (l) => {
        // Up to 30 % EA. Beyond, over decades, the payment's rounding compounded can outgrow the last
        // principal (found by fast-check: 60 % EA over 326 months): the balance is paid a month early and
        // the last installment is interest only — still exact and never negative (property above).
        const rows = rowsOf({
          ...l,
          system: 'french',
          insuranceMicro: 0,
          feeMinor: 0,
          eaMicro: l.eaMicro % 30_000_001,
        })
        const first = rows[0]!.installment
        for (const r of rows.slice(0, -1)) expect(r.installment).toBe(first)
        // Each month's rounding (payment and interest, ≤ 1 minor unit together) grows with the balance:
        // at most s(n) = ((1 + i)^n − 1) / i minor units in all (n without interest).
        const i = monthlyFromEa(new Dec(l.eaMicro % 30_000_001).div(100_000_000))
        const bound = i.isZero()
          ? l.termMonths
          : i.plus(1).pow(l.termMonths).minus(1).div(i).ceil().toNumber()
        expect(Math.abs(rows.at(-1)!.installment - first)).toBeLessThanOrEqual(bound + 1)
      }),
      { numRuns: 200 },
    )
  })

  it('German: installments never increase (positive rate), principal constant but the last', () => {
    fc.assert(
      fc.property(loan, (l) => {
        const rows = rowsOf({ ...l, system: 'german', eaMicro: Math.max(l.eaMicro, 1_000_000) })
        for (let k = 1; k < rows.length; k++)
          expect(rows[k]!.installment).toBeLessThanOrEqual(rows[k - 1]!.installment)
        for (const r of rows.slice(0, -1)) expect(r.principal).toBe(rows[0]!.principal)
      }),
      { numRuns: 200 },
    )
  })
})
