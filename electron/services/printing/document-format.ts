import type { Language } from '../../../shared/config/kiosk-config'
import { formatMoney, type Money } from '../../../shared/money/money'

export interface DocumentFormat {
  language: Language
  /** Amounts in the cooperative's locale (config.locale), whatever the language: "$ 1.234.567,89". */
  money(m: Money): string
  /** A count in the cooperative's locale: "2.000". */
  count(n: number): string
  /** An ISO calendar date, short: "20/11/2026". Read as UTC so it never shifts a day. */
  date(isoDate: string): string
  /** An ISO calendar date in words: "20 de noviembre de 2026". */
  longDate(isoDate: string): string
  /** An instant in the kiosk's time zone, with the time: "20/11/26, 11:17 p. m.". */
  dateTime(epochMs: number): string
}

export interface DocumentFormatOptions {
  /** The cooperative's locale, e.g. es-CO. */
  locale: string
  language: Language
  /** IANA zone for printed times; the kiosk's own zone when absent. */
  timeZone?: string
}

/**
 * Number and date formats for receipts and PDFs, the same rules as the screens (useFormatters):
 * money follows the cooperative's locale, dates the member's language with the cooperative's region.
 */
export function documentFormat({ locale, language, timeZone }: DocumentFormatOptions): DocumentFormat {
  const [lang, region] = locale.split('-')
  const dateLocale = lang === language || !region ? locale : `${language}-${region}`
  const short = new Intl.DateTimeFormat(dateLocale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const long = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' })
  const stamp = new Intl.DateTimeFormat(dateLocale, {
    dateStyle: 'short',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  })
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const utcDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  return {
    language,
    money: (m) => formatMoney(m, locale),
    count: (n) => counts.format(n),
    date: (iso) => short.format(utcDate(iso)),
    longDate: (iso) => long.format(utcDate(iso)),
    dateTime: (ms) => stamp.format(new Date(ms)),
  }
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}
