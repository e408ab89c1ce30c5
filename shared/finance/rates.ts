import { Dec } from './decimal'

import { FRACTION_PATTERN, PERCENT_PATTERN } from './rate-patterns'

function parse(value: string, pattern: RegExp, what: string): Dec {
  if (!pattern.test(value)) throw new RangeError(`not a ${what}: "${value}"`)
  return new Dec(value)
}

/** "16.08" → 0.1608 */
export const eaFraction = (eaPercent: string): Dec => parse(eaPercent, PERCENT_PATTERN, 'percentage').div(100)
export const fraction = (value: string): Dec => parse(value, FRACTION_PATTERN, 'fraction')

/** Monthly rate equivalent to an effective annual one: (1 + EA)^(1/12) − 1. */
export const monthlyFromEa = (ea: Dec): Dec => ea.plus(1).pow(new Dec(1).div(12)).minus(1)
/** The inverse: (1 + i)^12 − 1. */
export const eaFromMonthly = (monthly: Dec): Dec => monthly.plus(1).pow(12).minus(1)
/** Rate for a number of days on a 365-day year: (1 + EA)^(days/365) − 1. */
export const periodFromEa = (ea: Dec, days: number): Dec => ea.plus(1).pow(new Dec(days).div(365)).minus(1)

/** How a derived rate crosses the wire: a fraction with 12 decimals (exact enough to show 6 as %). */
export const rateString = (rate: Dec): string => rate.toDecimalPlaces(12).toFixed(12)
/** A fraction shown as a percentage with `places` decimals ("0.012503…" → "1.2503"). */
export const percentString = (rate: Dec, places: number): string => rate.times(100).toFixed(places)
