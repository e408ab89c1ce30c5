import { z } from 'zod'
import { ReceiptNumberSchema } from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import type { SandboxModule } from '../modules/sandbox-module'
import { paymentsModule } from '../payments/module'
import { createAch } from './ach'
import { ACH_MIGRATIONS } from './migrations'

export type AchRouteName =
  'achOptions' | 'achAuthorize' | 'achExecute' | 'achByKey' | 'achReceiptGet' | 'achReceiptVerify'

export const CLEARING_PATH = '/sandbox/payments/ach/clearing'
const ClearingBodySchema = z.object({ reject: z.array(ReceiptNumberSchema).max(1000).optional() }).strict()

/**
 * Transfers to another bank (issue 9 item 3, ACH): options, the code, the send; sandbox only, the
 * clearing run (on request, or every `achClearingSeconds`).
 */
export const achModule: SandboxModule<AchRouteName> = {
  name: 'ach',
  migrations: ACH_MIGRATIONS,
  start: ({ db, profile, now, sessions, options, use }) => {
    const { ledger, faults, challenges } = use(paymentsModule)
    const ach = createAch({ db, profile, now, ledger, challenges, faults })
    const member = (bearer: string) => sessions.require(bearer).memberId
    return {
      handlers: {
        achOptions: ({ bearer }) => ach.options(member(bearer)),
        achAuthorize: ({ bearer, body }) => ach.authorize(member(bearer), body),
        achExecute: ({ bearer, body, idempotencyKey, requestId }) =>
          ach.execute(member(bearer), idempotencyKey, body, requestId),
        achByKey: ({ params }) => ach.byKey(params.key),
        achReceiptGet: ({ bearer, params }) => ach.receipt(member(bearer), params.receiptNumber),
        achReceiptVerify: ({ params }) => ach.verify(params.code),
      },
      hooks: (app) => {
        if (options.achClearingSeconds <= 0) return
        const timer = setInterval(() => ach.clear(), options.achClearingSeconds * 1000)
        timer.unref()
        app.addHook('onClose', async () => clearInterval(timer))
      },
      routes: (app) => {
        app.post(CLEARING_PATH, async (request) => {
          const parsed = ClearingBodySchema.safeParse(request.body ?? {})
          if (!parsed.success) throw new KioskError('VALIDATION', 'Clearing: { reject?: receiptNumber[] }')
          return ach.clear(parsed.data.reject)
        })
      },
      provides: undefined,
    }
  },
}
