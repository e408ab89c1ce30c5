import { z } from 'zod'
import { KioskError } from '../../shared/ipc/errors'
import { formatMoney } from '../../shared/money/money'
import { idDigest } from '../auth/id-digest'
import { createAttemptBudget, DEFAULT_BUDGET_LIMITS } from '../credentials/attempt-budget'
import { normalizeIdNumber } from '../credentials/member-credentials'
import type { SandboxModule } from '../modules/sandbox-module'
import { createChallenges } from '../payments/challenges'
import { paymentsModule } from '../payments/module'
import { createCards } from './cards'
import { catalogueOf } from './catalogue'
import { createBillHandlers, type BillRouteName } from './handlers'
import { createHistory } from './history'
import { BILLS_MIGRATIONS } from './migrations'
import { createBillMoney } from './money'
import { createSchedules } from './schedules'
import { createServices } from './services'

export const BILLS_CLOCK_PATH = '/sandbox/bills/clock'

/** Moves the bills clock forward (never back): by days, or to a moment. */
const ClockMoveSchema = z
  .object({ advanceDays: z.number().int().min(0).max(3660).optional(), at: z.iso.datetime().optional() })
  .strict()

/**
 * Bills and top-ups, and card payments (issue 9, items 5 and 6): the per-profile catalogue, registered
 * services and other banks' cards (each with a code), pay now through the payments ledger, automatic
 * payments run when the clock passes their day, and the history. Sandbox only: its clock, which tests move.
 */
export const billsModule: SandboxModule<BillRouteName> = {
  name: 'bills',
  migrations: BILLS_MIGRATIONS,
  start: (ctx) => {
    const { db, secret, profile, options, outbox } = ctx
    const { ledger, faults } = ctx.use(paymentsModule)
    // The bills clock: the sandbox's, plus what tests moved it by (POST /sandbox/bills/clock).
    let offsetMs = 0
    const now = () => new Date(ctx.now().getTime() + offsetMs)
    // The same table and kinds as the credentials' budget: a member's wrong codes count once, everywhere.
    const budget = createAttemptBudget(db, ctx.now, {
      ...DEFAULT_BUDGET_LIMITS,
      sendCooldownSeconds: options.sendCooldownSeconds,
      sendsPerDay: options.sendsPerDay,
    })
    const challenges = createChallenges({
      db,
      secret,
      now,
      outbox,
      budget,
      table: 'bill_challenges',
      cooperativeName: profile.shortName,
      ttlSeconds: options.otpTtlSeconds,
      resendCooldownSeconds: options.otpResendSeconds,
      subjectOf: (idNumber) => idDigest(secret, normalizeIdNumber(idNumber)).toString('hex'),
      formatAmount: (a) => formatMoney(a, profile.locale),
    })
    const money = createBillMoney({ db, profile, now, ledger, faults })
    const catalogue = catalogueOf(profile.id, profile.currency)
    const services = createServices({ db, now, catalogue, challenges, money })
    const schedules = createSchedules({ db, now, ledger, challenges, money, services })
    const cards = createCards({ db, now, profile: profile.id, challenges, money })
    const history = createHistory({ db, money, services })
    return {
      handlers: createBillHandlers(ctx.sessions, {
        catalogue,
        services,
        schedules,
        cards,
        history,
        money,
        challenges,
      }),
      routes: (app) => {
        // Sandbox only, outside the API contract: move the clock, then run what fell due.
        app.post(BILLS_CLOCK_PATH, async (request) => {
          const parsed = ClockMoveSchema.safeParse(request.body ?? {})
          if (!parsed.success) throw new KioskError('VALIDATION', 'Clock: advanceDays? or at?')
          const target = parsed.data.at
            ? Date.parse(parsed.data.at)
            : now().getTime() + (parsed.data.advanceDays ?? 0) * 86_400_000
          offsetMs = Math.max(offsetMs, target - ctx.now().getTime())
          return { now: now().toISOString(), ...schedules.runDue() }
        })
      },
      provides: undefined,
    }
  },
}
