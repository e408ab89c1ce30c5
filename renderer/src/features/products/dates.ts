/** Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, for the touch date-range picker. */

export interface YearMonth {
  year: number
  /** 1–12 */
  month: number
}

const pad = (n: number) => String(n).padStart(2, '0')
export const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`
export const monthOf = (iso: string): YearMonth => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
})

export function addMonths({ year, month }: YearMonth, n: number): YearMonth {
  const index = year * 12 + (month - 1) + n
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}
export const daysInMonth = ({ year, month }: YearMonth) => new Date(Date.UTC(year, month, 0)).getUTCDate()
export const firstOfMonth = (ym: YearMonth) => isoOf(ym.year, ym.month, 1)
export const lastOfMonth = (ym: YearMonth) => isoOf(ym.year, ym.month, daysInMonth(ym))
export const compareMonths = (a: YearMonth, b: YearMonth) => a.year * 12 + a.month - (b.year * 12 + b.month)

/**
 * The weeks of a month for a calendar grid starting on Monday (the Latin-American convention): each
 * week has seven cells, null outside the month.
 */
export function monthGrid(ym: YearMonth): (string | null)[][] {
  // getUTCDay: 0 = Sunday; shift so Monday is column 0.
  const lead = (new Date(Date.UTC(ym.year, ym.month - 1, 1)).getUTCDay() + 6) % 7
  const cells: (string | null)[] = Array.from({ length: lead }, () => null)
  for (let d = 1; d <= daysInMonth(ym); d++) cells.push(isoOf(ym.year, ym.month, d))
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

export interface DateRange {
  from: string
  to: string
}

/** Quick choices relative to the cut-off date, clipped to what the product has. */
export function presetRange(
  preset: 'thisMonth' | 'lastMonth' | 'last3' | 'last12',
  cutoff: string,
  earliest: string,
): DateRange {
  const end = monthOf(cutoff)
  const span = { thisMonth: [0, 0], lastMonth: [-1, -1], last3: [-2, 0], last12: [-11, 0] }[preset]
  const from = firstOfMonth(addMonths(end, span[0]!))
  const to = span[1] === 0 ? cutoff : lastOfMonth(addMonths(end, span[1]!))
  return { from: from < earliest ? earliest : from, to }
}

/**
 * One tap of the picker: the first tap (or a tap after a full range) starts a new range; the second
 * closes it, in either order.
 */
export function tapRange(current: { from: string | null; to: string | null }, day: string) {
  if (!current.from || current.to) return { from: day, to: null }
  return day < current.from ? { from: day, to: current.from } : { from: current.from, to: day }
}

/** Seven weekday names, Monday first, in the given locale ("lun", "mar" …). */
export function weekdayNames(locale: string, style: 'short' | 'long'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    ),
  )
}
