import type {
  TermDepositRate,
  TermDepositRequest,
  TermDepositSimulation,
  TermDepositTerms,
} from '../api/simulators'
import { KioskError } from '../ipc/errors'
import { money, type CurrencyCode } from '../money/money'
import { addDays, nextBusinessDay } from './dates'
import { Dec, roundMinor } from './decimal'
import { eaFraction, periodFromEa } from './rates'

/** Monthly payout pays every 30 calendar days; a shorter last period pays on the maturity day. */
export const MONTHLY_PERIOD_DAYS = 30

/** The table's rate for a term and an amount; VALIDATION when no band holds them. */
export function termDepositRate(rates: readonly TermDepositRate[], amountMinor: number, days: number) {
  const row = rates.find(
    (r) =>
      days >= r.minDays &&
      days <= r.maxDays &&
      amountMinor >= r.minAmount.amountMinor &&
      (r.maxAmount === null || amountMinor <= r.maxAmount.amountMinor),
  )
  if (!row)
    throw new KioskError('VALIDATION', 'no rate for this term and amount', {
      issues: [{ path: 'termDays', message: 'outside the rate table' }],
    })
  return row
}

/**
 * A CDAT / plazo fijo. Interest for d days on a 365-day year, compounding the effective annual rate:
 * gross = round(amount × ((1 + EA)^(d/365) − 1)), half up to the minor unit per payment. Withholding
 * (retención) = round(gross × rate) on each payment whose gross exceeds the profile's threshold, else 0.
 * Payment dates follow the non-business-day rule of dates.ts.
 */
export function simulateTermDeposit(
  terms: TermDepositTerms,
  request: TermDepositRequest,
  startDate: string,
  currency: CurrencyCode,
): TermDepositSimulation {
  const { amountMinor, termDays, payout } = request
  const rate = termDepositRate(terms.rates, amountMinor, termDays)
  const ea = eaFraction(rate.rateEa)
  const taxRate = eaFraction(terms.withholding.ratePercent)
  const m = (n: number) => money(n, currency)
  const periods: number[] = []
  if (payout === 'maturity') periods.push(termDays)
  else {
    for (let left = termDays; left > 0; left -= MONTHLY_PERIOD_DAYS)
      periods.push(Math.min(left, MONTHLY_PERIOD_DAYS))
  }
  let elapsed = 0
  const payments = periods.map((days, i) => {
    elapsed += days
    const gross = roundMinor(new Dec(amountMinor).times(periodFromEa(ea, days)))
    const withholding = gross > terms.withholding.threshold.amountMinor ? roundMinor(taxRate.times(gross)) : 0
    const periodEnd = addDays(startDate, elapsed)
    return {
      number: i + 1,
      periodEnd,
      paymentDate: nextBusinessDay(periodEnd),
      days,
      gross: m(gross),
      withholding: m(withholding),
      net: m(gross - withholding),
    }
  })
  const total = (key: 'gross' | 'withholding' | 'net') => payments.reduce((s, p) => s + p[key].amountMinor, 0)
  const last = payments[payments.length - 1]!
  return {
    request,
    amount: m(amountMinor),
    startDate,
    maturityDate: last.periodEnd,
    paymentDate: last.paymentDate,
    rateEa: rate.rateEa,
    withholding: terms.withholding,
    payments,
    grossInterest: m(total('gross')),
    withholdingTax: m(total('withholding')),
    netInterest: m(total('net')),
    amountAtMaturity: m(amountMinor + last.net.amountMinor),
  }
}
