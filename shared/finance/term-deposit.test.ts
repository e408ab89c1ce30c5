import { describe, expect, it } from 'vitest'
import type { TermDepositTerms } from '../api/simulators'
import { KioskError } from '../ipc/errors'
import { addMonthsClamped, nextBusinessDay } from './dates'
import { fractionAsPercent } from './rate-patterns'
import { simulateTermDeposit } from './term-deposit'

/*
 * Expected figures: Python's decimal module at 50 digits, ROUND_HALF_UP to the minor unit,
 * gross = A × (1.092^(d/365) − 1) (see shared/finance/README.md); dates from Python's datetime.
 */
const cop = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const TERMS: TermDepositTerms = {
  rates: [
    { minDays: 30, maxDays: 179, minAmount: cop(50_000_000), maxAmount: cop(4_999_999_999), rateEa: '9.2' },
    { minDays: 30, maxDays: 179, minAmount: cop(5_000_000_000), maxAmount: null, rateEa: '9.5' },
  ],
  withholding: { ratePercent: '4', threshold: cop(5_000_000) },
}

describe('term deposit', () => {
  it('10 000 000.00 for 90 days at 9.2 % EA, paid at maturity', () => {
    const s = simulateTermDeposit(
      TERMS,
      { amountMinor: 1_000_000_000, termDays: 90, payout: 'maturity' },
      '2026-12-03',
      'COP',
    )
    expect(s.rateEa).toBe('9.2')
    expect(s.grossInterest).toEqual(cop(21_938_498))
    expect(s.withholdingTax).toEqual(cop(877_540)) // 4 % of 219 384.98, half up
    expect(s.netInterest).toEqual(cop(21_060_958))
    expect(s.amountAtMaturity).toEqual(cop(1_021_060_958))
    expect([s.maturityDate, s.paymentDate]).toEqual(['2027-03-03', '2027-03-03']) // a Wednesday
  })

  it('monthly payout: 30-day periods and a short last one; the threshold spares small payments', () => {
    const s = simulateTermDeposit(
      TERMS,
      { amountMinor: 1_000_000_000, termDays: 95, payout: 'monthly' },
      '2026-12-03',
      'COP',
    )
    expect(s.payments.map((p) => [p.days, p.gross.amountMinor, p.withholding.amountMinor])).toEqual([
      [30, 7_259_998, 290_400],
      [30, 7_259_998, 290_400],
      [30, 7_259_998, 290_400],
      [5, 1_206_356, 0],
    ])
    expect(s.grossInterest).toEqual(cop(22_986_350))
    expect(s.amountAtMaturity).toEqual(cop(1_001_206_356))
  })

  it('a maturity on a Saturday is paid on Monday, with the contracted days only', () => {
    const s = simulateTermDeposit(
      TERMS,
      { amountMinor: 1_000_000_000, termDays: 90, payout: 'maturity' },
      '2026-12-06',
      'COP',
    )
    expect([s.maturityDate, s.paymentDate]).toEqual(['2027-03-06', '2027-03-08'])
    expect(s.grossInterest).toEqual(cop(21_938_498))
  })

  it('takes the rate of the amount band; refuses a term outside the table', () => {
    expect(
      simulateTermDeposit(
        TERMS,
        { amountMinor: 5_000_000_000, termDays: 60, payout: 'maturity' },
        '2026-12-03',
        'COP',
      ).rateEa,
    ).toBe('9.5')
    expect(() =>
      simulateTermDeposit(
        TERMS,
        { amountMinor: 1_000_000_000, termDays: 200, payout: 'maturity' },
        '2026-12-03',
        'COP',
      ),
    ).toThrow(KioskError)
  })
})

describe('dates', () => {
  it('installments keep the day of the month, or the last day of a shorter month', () => {
    expect(
      ['2027-01-31', '2027-02-28', '2027-03-31', '2028-02-29'].map((_, k) =>
        addMonthsClamped('2027-01-31', [0, 1, 2, 13][k]!),
      ),
    ).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2028-02-29'])
    expect(addMonthsClamped('2026-12-03', 360)).toBe('2056-12-03')
  })
  it('Saturday and Sunday move to Monday', () => {
    expect(['2027-03-05', '2027-03-06', '2027-03-07'].map(nextBusinessDay)).toEqual([
      '2027-03-05',
      '2027-03-08',
      '2027-03-08',
    ])
  })
})

describe('fractionAsPercent', () => {
  it('shifts and rounds half up without floats', () => {
    expect(fractionAsPercent('0.012503306038', 4)).toBe('1.2503')
    expect(fractionAsPercent('0.00045', 2)).toBe('0.05')
    expect(fractionAsPercent('0.0004', 3)).toBe('0.040')
    expect(fractionAsPercent('0', 2)).toBe('0.00')
    expect(fractionAsPercent('0.999999', 2)).toBe('100.00')
    expect(fractionAsPercent('0.0125', 0)).toBe('1')
  })
})
