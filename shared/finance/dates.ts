/** Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so figures never depend on the host time zone. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso)
  if (!m) throw new RangeError(`not an ISO date: "${iso}"`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

const toIso = (d: Date) => d.toISOString().slice(0, 10)

/**
 * Installment k falls k months after the start, on the start's day of the month, or on the month's last
 * day when it is shorter (a loan disbursed on 31 January is due on 28/29 February, then 31 March).
 */
export function addMonthsClamped(startIso: string, months: number): string {
  const [y, m, d] = parts(startIso)
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate()
  return toIso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))))
}

export function addDays(startIso: string, days: number): string {
  const [y, m, d] = parts(startIso)
  return toIso(new Date(Date.UTC(y, m - 1, d + days)))
}

/** 0 Sunday … 6 Saturday */
export const weekday = (iso: string): number => {
  const [y, m, d] = parts(iso)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/**
 * THE NON-BUSINESS-DAY RULE of term deposits: the deposit matures after its term in calendar days; when
 * that day is a Saturday or a Sunday it is paid on the following Monday, with interest for the days
 * contracted only (the extra days earn nothing). Public holidays are not modelled (the sandbox has no
 * holiday calendar): a core that has one moves the payment day further the same way.
 */
export function nextBusinessDay(iso: string): string {
  const day = weekday(iso)
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso
}
