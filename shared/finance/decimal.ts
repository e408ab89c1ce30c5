import Decimal from 'decimal.js'

/**
 * The one decimal type of the finance code: 40 significant digits (a 360-month power of a monthly rate
 * keeps far more than the minor unit needs) and half-up rounding. A private clone, so nothing else that
 * configures decimal.js changes these figures.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })
export type Dec = InstanceType<typeof Dec>

/**
 * THE ROUNDING RULE: every money figure (interest, insurance, a constant or fixed installment) is rounded
 * to a whole minor unit (centavo, cent) once, half up (0.5 → 1; amounts here are never negative), when
 * it is computed for its month; later months use the rounded figures (the balance is always a whole
 * number of minor units). The last installment's principal is whatever balance remains, so the principal
 * column sums exactly to the amount lent.
 */
export function roundMinor(x: Dec): number {
  const n = x.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${x.toString()}`)
  return n
}
