import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { ACH_SERVICE, OBLIGATIONS_SERVICE, PAYMENTS_SERVICE, PSE_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { openJournal } from '../../services/payments/journal'
import { createAchService } from '../../services/payments/ach-service'
import { createObligationsService } from '../../services/payments/obligations-service'
import { createPaymentsService } from '../../services/payments/payments-service'
import { createPseService } from '../../services/payments/pse-service'
import { createBillsService } from '../../services/bills/bills-service'
import { defineFeature } from '../feature'
import { billsHandlers } from './bills-handlers'

/** Where the journal lives: absolute as configured, else under the data folder (a temp file without one). */
export function journalFile(configured: string, dataDir: string | null): string {
  if (isAbsolute(configured)) return configured
  return dataDir ? join(dataDir, configured) : join(tmpdir(), `kiosk-journal-${randomUUID()}.jsonl`)
}

/**
 * Money moves: transfers, ACH, PSE and obligation payments over the payments API, each journaled before it leaves. Start-up settles the
 * journal's open entries with the API (by key) before the kiosk serves anyone (`ready`).
 */
export const paymentsFeature = defineFeature(({ config, api, auth, logger, clock, journalFile: file }) => {
  const journal = openJournal({
    file,
    kioskId: config.kioskId,
    now: () => new Date(clock.now()),
  })
  const payments = createPaymentsService({ api, auth, journal, logger, clock })
  // ACH, PSE, obligations, bills and card payments write the same journal (one file, one chain); each
  // settles its own operations.
  const ach = createAchService({ api, auth, journal, logger, clock })
  const pse = createPseService({ api, auth, journal, logger })
  const obligations = createObligationsService({ api, auth, journal, logger })
  const bills = createBillsService({ api, auth, journal, logger, clock })
  const reconcile = () =>
    Promise.all([payments.reconcile(), ach.reconcile(), pse.reconcile(), bills.reconcile()])
      .then((all) => ({
        settled: all.reduce((s, r) => s + r.settled, 0),
        stillPending: all.reduce((s, r) => s + r.stillPending, 0),
      }))
      .catch((e: unknown) => {
        logger.error({ err: e instanceof Error ? e.message : String(e) }, 'payments: reconciliation failed')
        return { settled: 0, stillPending: journal.pending().length }
      })
  const ready = reconcile()
  const afterReady =
    <A extends unknown[], T>(fn: (...a: A) => Promise<T>) =>
    async (...a: A): Promise<T> => {
      await ready
      return fn(...a)
    }
  return {
    name: 'payments',
    ready: ready.then(() => undefined),
    handlers: {
      ...registerService(PAYMENTS_SERVICE, {
        accounts: afterReady(() => payments.accounts()),
        checkDestination: afterReady(({ member, accountNumber }) =>
          payments.checkDestination(member, accountNumber),
        ),
        authorize: afterReady((draft) => payments.authorize(draft)),
        resend: afterReady(({ challengeId }) => payments.resend(challengeId)),
        transfer: afterReady(async (input) => {
          // What an earlier start could not settle (API down) is settled before new money moves.
          if (journal.pending().some((p) => p.key !== input.idempotencyKey)) await reconcile()
          return payments.transfer(input)
        }),
        confirm: afterReady(({ idempotencyKey }) => payments.confirm(idempotencyKey)),
      }),
      ...registerService(ACH_SERVICE, {
        options: afterReady(() => ach.options()),
        authorize: afterReady((draft) => ach.authorize(draft)),
        resend: afterReady(({ challengeId }) => ach.resend(challengeId)),
        transfer: afterReady((input) => ach.transfer(input)),
        confirm: afterReady(({ idempotencyKey }) => ach.confirm(idempotencyKey)),
      }),
      ...registerService(PSE_SERVICE, {
        limits: afterReady(() => pse.limits()),
        create: afterReady((input) => pse.create(input)),
        confirm: afterReady(({ idempotencyKey }) => pse.confirm(idempotencyKey)),
        status: afterReady(({ paymentId }) => pse.status(paymentId)),
        cancel: afterReady(({ paymentId }) => pse.cancel(paymentId)),
      }),
      ...registerService(OBLIGATIONS_SERVICE, {
        list: afterReady(() => obligations.list()),
        requirements: afterReady((draft) => obligations.requirements(draft)),
        pay: afterReady(async (input) => {
          if (journal.pending().some((p) => p.key !== input.idempotencyKey)) await reconcile()
          return obligations.pay(input)
        }),
        confirm: afterReady(({ idempotencyKey }) => obligations.confirm(idempotencyKey)),
      }),
      ...billsHandlers(bills, async (key) => {
        await ready
        if (journal.pending().some((p) => p.key !== key)) await reconcile()
      }),
    },
  }
})
