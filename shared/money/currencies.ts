/** ISO 4217 currencies the kiosk knows how to show, with their minor-unit digits. */
export const CURRENCY_DIGITS = { COP: 2, USD: 2, PAB: 2, PEN: 2, MXN: 2, GTQ: 2 } as const
export type CurrencyCode = keyof typeof CURRENCY_DIGITS
