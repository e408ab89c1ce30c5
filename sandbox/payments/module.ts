import { formatMoney } from '../../shared/money/money'
import { idDigest } from '../auth/id-digest'
import { createAttemptBudget, DEFAULT_BUDGET_LIMITS } from '../credentials/attempt-budget'
import { normalizeIdNumber } from '../credentials/member-credentials'
import type { SandboxModule } from '../modules/sandbox-module'
import { createBeneficiaries } from './beneficiaries'
import { createChallenges } from './challenges'
import { createFaultSwitch } from './faults'
import { createPaymentHandlers, type PaymentRouteName } from './handlers'
import { createLedger } from './ledger'
import { PAYMENTS_MIGRATIONS } from './migrations'
import { createTransfers } from './transfers'

export const INVARIANT_PATH = '/sandbox/payments/invariant'

/**
 * Money moves (issue 9): the double-entry ledger over the savings products, operation codes bound to
 * the operation, idempotency keys, transfers; sandbox-only, the ledger invariant and the fault switch.
 */
/** What later money modules (sandbox/bills) share: one ledger and one fault switch. */
export interface PaymentsProvides {
  ledger: ReturnType<typeof createLedger>
  faults: ReturnType<typeof createFaultSwitch>
}

export const paymentsModule: SandboxModule<PaymentRouteName, PaymentsProvides> = {
  name: 'payments',
  migrations: PAYMENTS_MIGRATIONS,
  start: ({ db, secret, profile, now, options, sessions, outbox }) => {
    const ledger = createLedger(db)
    // Files seeded before this module take their constant on first start; new ones right after seeding.
    ledger.ensureBaseline(now().getTime())
    // The same table and kinds as the credentials' budget: a member's wrong codes count once, everywhere.
    const budget = createAttemptBudget(db, now, {
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
      cooperativeName: profile.shortName,
      ttlSeconds: options.otpTtlSeconds,
      resendCooldownSeconds: options.otpResendSeconds,
      subjectOf: (idNumber) => idDigest(secret, normalizeIdNumber(idNumber)).toString('hex'),
      formatAmount: (a) => formatMoney(a, profile.locale),
    })
    const faults = createFaultSwitch()
    const transfers = createTransfers({ db, profile, now, ledger, challenges, faults })
    return {
      handlers: createPaymentHandlers(sessions, transfers, createBeneficiaries({ db, now, challenges })),
      hooks: (app) => faults.install(app),
      routes: (app) => {
        // Sandbox only, outside the API contract: the ledger invariant and the fault switch.
        app.get(INVARIANT_PATH, async () => ledger.invariant())
        faults.routes(app)
      },
      provides: { ledger, faults },
    }
  },
}
