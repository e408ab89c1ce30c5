import { Dec, roundMinor } from './decimal'

export type System = 'french' | 'german'

export interface AmortizationInput {
  /** Amount lent, integer minor units (> 0). */
  amountMinor: number
  termMonths: number
  /** Monthly interest rate as a fraction (exact, not rounded: see rates.ts). */
  monthlyRate: Dec
  /** Life insurance: monthly fraction of the balance owed before each installment. */
  insuranceRate: Dec
  /** Fixed fees billed with every installment, minor units. */
  feeMinor: number
  system: System
}

/** One row in integer minor units. */
export interface AmortizationRowMinor {
  number: number
  principal: number
  interest: number
  insurance: number
  fees: number
  installment: number
  balance: number
}

/**
 * The fixed installment (principal + interest) of the French system, PMT(i, n, −A) of a spreadsheet:
 * A·i / (1 − (1 + i)^−n), or A / n without interest; rounded half up to the minor unit once.
 */
export function frenchPayment(amountMinor: number, termMonths: number, monthlyRate: Dec): number {
  const a = new Dec(amountMinor)
  if (monthlyRate.isZero()) return roundMinor(a.div(termMonths))
  const factor = new Dec(1).minus(monthlyRate.plus(1).pow(-termMonths))
  return roundMinor(a.times(monthlyRate).div(factor))
}

/**
 * French (fixed principal + interest) or German (constant principal) table. Each month, on the balance
 * owed before it (a whole number of minor units): interest = round(balance × i), insurance =
 * round(balance × insurance rate), both half up (decimal.ts). French: principal = payment − interest.
 * German: principal = round(amount / n). In both the last month's principal is the balance left, so the
 * principal column sums exactly to the amount and the last installment absorbs every rounding.
 */
export function amortize(input: AmortizationInput): AmortizationRowMinor[] {
  const { amountMinor, termMonths, monthlyRate, insuranceRate, feeMinor, system } = input
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new RangeError('amount must be > 0')
  if (!Number.isInteger(termMonths) || termMonths < 1) throw new RangeError('term must be ≥ 1 month')
  if (monthlyRate.isNegative() || insuranceRate.isNegative()) throw new RangeError('negative rate')
  const payment = system === 'french' ? frenchPayment(amountMinor, termMonths, monthlyRate) : 0
  const constant = system === 'german' ? roundMinor(new Dec(amountMinor).div(termMonths)) : 0
  const rows: AmortizationRowMinor[] = []
  let balance = amountMinor
  for (let n = 1; n <= termMonths; n++) {
    const interest = roundMinor(monthlyRate.times(balance))
    const insurance = roundMinor(insuranceRate.times(balance))
    const planned = system === 'french' ? payment - interest : constant
    // Never more than is owed (rounding of a long table cannot push the balance below zero), never negative.
    const principal = n === termMonths ? balance : Math.min(balance, Math.max(0, planned))
    balance -= principal
    rows.push({
      number: n,
      principal,
      interest,
      insurance,
      fees: feeMinor,
      installment: principal + interest + insurance + feeMinor,
      balance,
    })
  }
  return rows
}
