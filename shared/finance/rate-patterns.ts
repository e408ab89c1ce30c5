/**
 * Rates cross the API and IPC as decimal strings: an effective annual rate as a percentage ("16.08" is
 * 16.08 % EA), a periodic rate as a fraction ("0.0125"). Never floats, never basis points (a monthly rate
 * derived from an EA has no exact number of basis points). No decimal.js here, so schemas and the
 * renderer can read the patterns alone.
 */
export const PERCENT_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,6})?$/
export const FRACTION_PATTERN = /^0(\.\d{1,12})?$/

/**
 * A fraction string as a percentage with `places` decimals, rounded half up, in plain string and BigInt
 * arithmetic (the renderer shows rates without decimal.js): ("0.012503306038", 4) → "1.2503".
 */
export function fractionAsPercent(value: string, places: number): string {
  if (!FRACTION_PATTERN.test(value)) throw new RangeError(`not a fraction: "${value}"`)
  const digits = (value.split('.')[1] ?? '').padEnd(places + 2, '0')
  // value = 0.<digits>; percent = digits shifted 2 places; keep places decimals, round on the rest.
  const keep = places + 2
  let scaled = BigInt(digits.slice(0, keep) || '0')
  if (Number(digits[keep] ?? '0') >= 5) scaled += 1n
  const s = scaled.toString().padStart(places + 1, '0')
  return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`
}
