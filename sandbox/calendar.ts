/** Calendar arithmetic in UTC on ISO dates (YYYY-MM-DD), so results do not depend on the host time zone. */

export interface YearMonth {
  year: number
  /** 1–12 */
  month: number
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** Shifts a month by n (negative goes back). */
export function addMonths({ year, month }: YearMonth, n: number): YearMonth {
  const index = year * 12 + (month - 1) + n
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function yearMonthOf(date: Date): YearMonth {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }
}

export function lastDayOfMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The statement cut-off: the last day of the month before `now`. */
export function cutoffDate(now: Date): string {
  const prev = addMonths(yearMonthOf(now), -1)
  return isoDate(prev.year, prev.month, lastDayOfMonth(prev))
}

/** Whole months from an ISO date to `now` (a month counts once its day-of-month is reached); never negative. */
export function wholeMonthsSince(fromIso: string, now: Date): number {
  const [y, m, d] = fromIso.split('-').map(Number) as [number, number, number]
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m)
  if (now.getUTCDate() < d) months -= 1
  return Math.max(0, months)
}
