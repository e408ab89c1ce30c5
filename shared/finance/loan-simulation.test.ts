import { describe, expect, it } from 'vitest'
import type { LoanLine } from '../api/simulators'
import { KioskError } from '../ipc/errors'
import { simulateLoan } from './loan-simulation'

const cop = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const LINE: LoanLine = {
  id: 'libre-inversion',
  kind: 'libre_inversion',
  name: 'Libre inversión',
  rateEa: '16.08',
  lifeInsuranceMonthlyRate: '0.0004',
  monthlyFee: cop(1_500_000),
  minAmount: cop(50_000_000),
  maxAmount: cop(10_000_000_000),
  minTermMonths: 1,
  maxTermMonths: 72,
}

describe('simulateLoan', () => {
  it('projects the table with dates, rates and totals (figures of amortization.test.ts)', () => {
    const s = simulateLoan(
      LINE,
      { lineId: LINE.id, amountMinor: 2_000_000_000, termMonths: 36, system: 'french' },
      '2027-01-31',
      'COP',
    )
    expect(s.monthlyRate).toBe('0.012503306038')
    expect(s.installments[0]).toMatchObject({
      number: 1,
      dueDate: '2027-02-28',
      installment: cop(71_634_543),
    })
    expect(s.installments[35]).toMatchObject({ dueDate: '2030-01-31', balance: cop(0) })
    expect(s.totals).toEqual({
      principal: cop(2_000_000_000),
      interest: cop(496_043_530),
      insurance: cop(15_869_194),
      fees: cop(54_000_000),
      installments: cop(2_565_912_724),
    })
  })
  it("refuses an amount or a term outside the line's limits", () => {
    const ask = (amountMinor: number, termMonths: number) => () =>
      simulateLoan(LINE, { lineId: LINE.id, amountMinor, termMonths, system: 'german' }, '2027-01-31', 'COP')
    expect(ask(49_999_999, 12)).toThrow(KioskError)
    expect(ask(10_000_000_001, 12)).toThrow(KioskError)
    expect(ask(50_000_000, 73)).toThrow(KioskError)
  })
})
