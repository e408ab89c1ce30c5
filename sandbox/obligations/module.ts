import type { SandboxModule } from '../modules/sandbox-module'
import { paymentsModule } from '../payments/module'
import { createObligationHandlers, type ObligationRouteName } from './handlers'
import { OBLIGATIONS_MIGRATIONS } from './migrations'
import { createObligations } from './obligations'

/** Paying obligations (issue 9, item 1): over the payments module's ledger, keys and fault switch. */
export const obligationsModule: SandboxModule<ObligationRouteName> = {
  name: 'obligations',
  migrations: OBLIGATIONS_MIGRATIONS,
  start: ({ db, profile, now, sessions, use }) => {
    const { ledger, faults } = use(paymentsModule)
    return {
      handlers: createObligationHandlers(sessions, createObligations({ db, profile, now, ledger, faults })),
      provides: undefined,
    }
  },
}
