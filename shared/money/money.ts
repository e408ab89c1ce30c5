// Arithmetic and display without zod, so the renderer can use it; the schemas are in money-schema.ts.
import { CURRENCY_DIGITS, type CurrencyCode } from './currencies'
import type { Money } from './money-schema'

export { CURRENCY_DIGITS, type CurrencyCode } from './currencies'
export type { Money } from './money-schema'

export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`not an integer amount: ${amountMinor}`)
  return { amountMinor, currency }
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`currency mismatch: ${a.currency} + ${b.currency}`)
  return money(a.amountMinor + b.amountMinor, a.currency)
}

export function sumMoney(items: readonly Money[], currency: CurrencyCode): Money {
  return items.reduce((acc, m) => addMoney(acc, m), money(0, currency))
}

const formatters = new Map<string, Intl.NumberFormat>()

/** Formats with Intl for the locale; the minor units are divided exactly (no float accumulation). */
export function formatMoney(m: Money, locale: string): string {
  const key = `${locale}|${m.currency}`
  const digits = CURRENCY_DIGITS[m.currency]
  let f = formatters.get(key)
  if (!f) {
    // Always the ISO minor digits: CLDR shows COP without centavos, which would round real balances.
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    formatters.set(key, f)
  }
  // One division of an integer by a power of ten is exact enough for display of any safe integer amount.
  return f.format(m.amountMinor / 10 ** digits)
}
