/** Masking rules shared by real lookups and decoys, so both have the same shape. */

const chars = (s: string) => Array.from(s) // code points: "Á" counts once

/** "MARÍA FERNANDA GÓMEZ RESTREPO" → "MARÍA F******* G**** R*******": first name whole, others initial only. */
export function maskName(fullName: string): string {
  const [first = '', ...rest] = fullName.trim().split(/\s+/)
  return [first, ...rest.map((w) => chars(w)[0] + '*'.repeat(chars(w).length - 1))].join(' ')
}

/** Keeps the last four characters: "52874193" → "****4193". */
export function maskTail(value: string, keep = 4): string {
  const c = chars(value)
  if (c.length <= keep) return '*'.repeat(c.length)
  return '*'.repeat(c.length - keep) + c.slice(-keep).join('')
}

/** Account numbers always show as four stars and the last four digits ("****4821"). */
export function maskAccountNumber(number: string): string {
  return `****${number.slice(-4)}`
}
