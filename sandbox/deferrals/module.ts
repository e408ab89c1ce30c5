import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import type { SandboxModule } from '../modules/sandbox-module'
import { createSandboxDeferrals, type SandboxDeferrals } from './deferrals'
import { DEFERRALS_MIGRATIONS } from './migrations'

type DeferralRouteName = 'deferralOptions' | 'simulateDeferral' | 'deferralConfirm' | 'cardDeferrals'

function handlers(sessions: SessionStore, d: SandboxDeferrals): Pick<RouteHandlers, DeferralRouteName> {
  const member = (bearer: string) => sessions.require(bearer).memberId
  return {
    deferralOptions: ({ bearer }) => d.options(member(bearer)),
    simulateDeferral: ({ bearer, body }) => d.simulate(member(bearer), body),
    deferralConfirm: ({ bearer, body, idempotencyKey }) =>
      d.confirm(member(bearer), idempotencyKey, body.simulation),
    cardDeferrals: ({ bearer, params }) => d.cardDeferrals(member(bearer), params.productId),
  }
}

/** Card purchase deferrals (issue 11 item 4, seed 002): over the seeded cards' purchases and balances. */
export const deferralsModule: SandboxModule<DeferralRouteName> = {
  name: 'deferrals',
  migrations: DEFERRALS_MIGRATIONS,
  start: ({ db, profile, now, sessions }) => ({
    handlers: handlers(sessions, createSandboxDeferrals(db, profile, now)),
    provides: undefined,
  }),
}
