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

/** Milliseconds the zone's wall clock is ahead of UTC at instant `t` (−5 h in Bogotá: −18 000 000). */
function zoneOffsetMs(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(t))
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'))
  return wall - (t - (t % 1000))
}

/**
 * The local calendar day around instant `t` in `timeZone`: its ISO date and its bounds in UTC ms
 * ([from, to)). A day across a daylight-saving change is 23 or 25 hours long, as it is on the wall.
 */
export function zonedDay(t: number, timeZone: string): { day: string; from: number; to: number } {
  const local = new Date(t + zoneOffsetMs(t, timeZone))
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  const d = local.getUTCDate()
  const startOf = (year: number, month: number, day: number) => {
    const guess = Date.UTC(year, month, day)
    // The offset at local midnight, not at `t`: they differ on a daylight-saving day.
    return guess - zoneOffsetMs(guess - zoneOffsetMs(guess, timeZone), timeZone)
  }
  return { day: isoDate(y, m + 1, d), from: startOf(y, m, d), to: startOf(y, m, d + 1) }
}
