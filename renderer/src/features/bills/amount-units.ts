import { CURRENCY_DIGITS, type CurrencyCode } from '@shared/money/money'

/** The most digits the amount keypad takes: whole units, far above any limit. */
export const AMOUNT_MAX_DIGITS = 10

/** Whole units typed on the keypad ("25000") to minor units of the currency. */
export const unitsToMinor = (units: string, currency: CurrencyCode): number =>
  units === '' ? 0 : Number(units) * 10 ** CURRENCY_DIGITS[currency]

/** A digit typed: no leading zero, never more than AMOUNT_MAX_DIGITS. */
export const typeUnit = (units: string, d: string): string =>
  units.length >= AMOUNT_MAX_DIGITS || (units === '' && d === '0') ? units : units + d
