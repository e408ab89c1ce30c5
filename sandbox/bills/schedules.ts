import { createHash, randomBytes } from 'node:crypto'
import type {
  BillChallenge,
  Schedule,
  ScheduleAdd,
  ScheduleDraft,
  ScheduleList,
} from '../../shared/api/bills'
import { KioskError } from '../../shared/ipc/errors'
import { maskAccountNumber } from '../auth/mask'
import { addMonths, isoDate, yearMonthOf } from '../calendar'
import type { Database } from '../db/database'
import type { Ledger } from '../payments/ledger'
import type { Challenges } from '../payments/challenges'
import { canonicalJson } from '../payments/transfers'
import type { BillMoney } from './money'
import { maskContract, type Services } from './services'

interface ScheduleRow {
  id: string
  member_id: number
  service_id: string
  origin_product_id: string
  day_of_month: number
  next_run_on: string
  status: 'active' | 'cancelled'
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const today = (t: Date) => t.toISOString().slice(0, 10)

/** The first `day` on or after `from` (a UTC date). */
export function nextOccurrence(from: Date, day: number): string {
  const ym = yearMonthOf(from)
  const thisMonth = isoDate(ym.year, ym.month, day)
  if (thisMonth >= today(from)) return thisMonth
  const next = addMonths(ym, 1)
  return isoDate(next.year, next.month, day)
}

const monthAfter = (iso: string, day: number) => {
  const [y, mo] = iso.split('-').map(Number) as [number, number]
  const next = addMonths({ year: y, month: mo }, 1)
  return isoDate(next.year, next.month, day)
}

/**
 * Automatic payments (seed 002 "Pagos Programados"): scheduled with a code bound to the service, the
 * account and the day; `runDue` pays each schedule whose day the clock has passed, once per month, in
 * its own ledger transaction. A run without funds (or with nothing due) moves nothing and is recorded.
 */
export function createSchedules(deps: {
  db: Database
  now: () => Date
  ledger: Ledger
  challenges: Challenges
  money: BillMoney
  services: Services
}) {
  const { db, now, ledger, challenges, money, services } = deps

  const list = db.prepare<[number], ScheduleRow>(
    "SELECT * FROM bill_schedules WHERE member_id = ? AND status = 'active' ORDER BY day_of_month, created_at",
  )
  const one = db.prepare<[string, number], ScheduleRow>(
    'SELECT * FROM bill_schedules WHERE id = ? AND member_id = ?',
  )
  const due = db.prepare<[string], ScheduleRow>(
    "SELECT * FROM bill_schedules WHERE status = 'active' AND next_run_on <= ? ORDER BY next_run_on, id",
  )
  const insert = db.prepare(
    `INSERT INTO bill_schedules (id, member_id, service_id, origin_product_id, day_of_month, next_run_on,
       status, created_at) VALUES (@id, @memberId, @serviceId, @origin, @day, @next, 'active', @t)`,
  )
  const cancel = db.prepare<[string, number]>(
    "UPDATE bill_schedules SET status = 'cancelled' WHERE id = ? AND member_id = ?",
  )
  const advance = db.prepare<[string, string]>('UPDATE bill_schedules SET next_run_on = ? WHERE id = ?')
  const failed = db.prepare(
    `INSERT INTO bill_failed_runs (member_id, schedule_id, amount_minor, reason, at)
     VALUES (@memberId, @scheduleId, @amount, @reason, @at)`,
  )

  function view(row: ScheduleRow): Schedule {
    const service = services.owned(row.member_id, row.service_id)
    const origin = money.own(row.member_id, row.origin_product_id)
    return {
      id: row.id,
      serviceId: row.service_id,
      billerName: services.entryOf(service.biller_id).biller.name,
      maskedContract: maskContract(service.contract_number),
      origin: { name: origin.name, maskedNumber: maskAccountNumber(origin.number) },
      dayOfMonth: row.day_of_month,
      nextRunOn: row.next_run_on,
      status: row.status,
    }
  }

  function check(memberId: number, draft: ScheduleDraft) {
    const service = services.owned(memberId, draft.serviceId)
    const e = services.entryOf(service.biller_id)
    // A top-up has no amount due to pay by itself.
    if (e.biller.kind !== 'bill')
      throw new KioskError('VALIDATION', 'Only bills can be paid automatically', {
        issues: [{ path: 'serviceId', message: 'a top-up' }],
      })
    return { service, e, origin: money.own(memberId, draft.originAccountId) }
  }
  const fingerprint = (d: ScheduleDraft) =>
    sha256(
      canonicalJson({
        purpose: 'schedule',
        service: d.serviceId,
        origin: d.originAccountId,
        day: d.dayOfMonth,
      }),
    )

  return {
    list: (memberId: number): ScheduleList => ({ schedules: list.all(memberId).map(view) }),

    authorize(memberId: number, draft: ScheduleDraft): BillChallenge {
      const { service, e, origin } = check(memberId, draft)
      return challenges.issue(memberId, 'bill', fingerprint(draft), {
        purpose: 'schedule',
        billerName: e.biller.name,
        maskedContract: maskContract(service.contract_number),
        origin: { name: origin.name, maskedNumber: maskAccountNumber(origin.number) },
        dayOfMonth: draft.dayOfMonth,
      })
    },

    add(memberId: number, body: ScheduleAdd): Schedule {
      let refusal: KioskError | null = null
      const id = randomBytes(12).toString('base64url')
      db.transaction(() => {
        check(memberId, body)
        refusal = challenges.check(memberId, 'bill', body.challengeId, fingerprint(body), body.code)
        if (refusal) return
        insert.run({
          id,
          memberId,
          serviceId: body.serviceId,
          origin: body.originAccountId,
          day: body.dayOfMonth,
          next: nextOccurrence(now(), body.dayOfMonth),
          t: now().getTime(),
        })
      })()
      if (refusal) throw refusal
      return view(one.get(id, memberId)!)
    },

    cancel(memberId: number, id: string): Schedule {
      const row = one.get(id, memberId)
      if (!row || row.status !== 'active') throw new KioskError('NOT_FOUND', 'No such schedule of yours')
      cancel.run(id, memberId)
      return view({ ...row, status: 'cancelled' })
    },

    /** Pays every schedule whose day has come; each run in its own transaction. Returns how many ran. */
    runDue(): { paid: number; failed: number } {
      const at = now()
      let paid = 0
      let failedRuns = 0
      // A clock moved by months catches up one month per round.
      for (let round = 0; round < 36; round++) {
        const rows = due.all(today(at))
        if (rows.length === 0) break
        for (const row of rows) {
          // The run counts for its month even when it fails: the member is told, it is not retried daily.
          const next = monthAfter(row.next_run_on, row.day_of_month)
          try {
            ledger.immediate(() => {
              advance.run(next, row.id)
              const service = services.owned(row.member_id, row.service_id)
              money.applyPlan(row.member_id, services.planFor(service, row.origin_product_id, null, true))
            })
            paid++
          } catch (e) {
            const reason = e instanceof KioskError ? e.code : 'INTERNAL'
            // NOTHING_DUE: the member already paid this month by hand.
            const code = reason === 'CONFLICT' ? 'NOTHING_DUE' : reason
            ledger.immediate(() => {
              advance.run(next, row.id)
              const service = services.owned(row.member_id, row.service_id)
              failed.run({
                memberId: row.member_id,
                scheduleId: row.id,
                amount: code === 'NOTHING_DUE' ? 0 : services.dueOf(service, at),
                reason: code,
                at: at.getTime(),
              })
            })
            failedRuns++
          }
        }
      }
      return { paid, failed: failedRuns }
    },
  }
}
export type Schedules = ReturnType<typeof createSchedules>
