import type { PseDraft, PseLimits, PsePayment, PseStatus } from '../../../shared/api/pse'
import { KioskError } from '../../../shared/ipc/errors'
import type { PseCreateOutcome } from '../../../shared/ipc/services/pse'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { ServiceLogger } from '../logger'
import type { Journal } from './journal'
import { REFUSALS } from './payments-service'

export interface PseServiceDeps {
  api: ApiClient
  auth: AuthService
  journal: Journal
  logger: ServiceLogger
}

export interface PseService {
  limits(): Promise<PseLimits>
  create(input: PseDraft & { idempotencyKey: string }): Promise<PseCreateOutcome>
  confirm(idempotencyKey: string): Promise<PseCreateOutcome>
  status(paymentId: string): Promise<PsePayment>
  cancel(paymentId: string): Promise<PsePayment>
  /** Settles the journal's open PSE entries by key (at start-up, before anyone is served). */
  reconcile(): Promise<{ settled: number; stillPending: number }>
}

/** Statuses after which the money has arrived (approved) or never will. */
const NOT_PAID: readonly PseStatus[] = ['rejected', 'expired', 'cancelled']

/**
 * PSE from main. The payment's creation is journaled before it leaves (operation `pse_topup`, the key
 * the renderer made); its outcome is written once the payment is final: `completed` with the receipt
 * number when the bank approved, `not_applied` when it was rejected, expired or cancelled. While it is
 * created or pending at the bank the entry stays open, and start-up reconciliation asks again by key.
 */
export function createPseService({ api, auth, journal, logger }: PseServiceDeps): PseService {
  const withToken = auth.withToken.bind(auth)

  /** Writes the final outcome of a payment once (a payment still open writes nothing). */
  function record(p: PsePayment, via: 'answer' | 'reconciliation'): PsePayment {
    const key = p.idempotencyKey
    if (!journal.hasIntent(key) || journal.lastOutcome(key) === 'completed') return p
    if (p.status === 'approved' && p.receipt)
      journal.append({
        type: 'outcome',
        key,
        outcome: 'completed',
        via,
        receiptNumber: p.receipt.receiptNumber,
      })
    else if (NOT_PAID.includes(p.status) && journal.lastOutcome(key) !== 'not_applied')
      journal.append({
        type: 'outcome',
        key,
        outcome: 'not_applied',
        via,
        errorCode: `PSE_${p.status.toUpperCase()}`,
      })
    return p
  }

  async function lookUp(key: string): Promise<'not_created' | 'unknown' | PsePayment> {
    try {
      return await api.call('pseByKey', { params: { key } })
    } catch (e) {
      if (e instanceof KioskError && e.code === 'NOT_FOUND') return 'not_created'
      return 'unknown'
    }
  }

  function outcomeOf(key: string, found: 'not_created' | 'unknown' | PsePayment): PseCreateOutcome {
    if (typeof found === 'object') return { status: 'created', payment: record(found, 'reconciliation') }
    if (found === 'not_created' && journal.pending().some((p) => p.key === key))
      journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'reconciliation' })
    return found === 'not_created'
      ? { status: 'not_created', idempotencyKey: key }
      : { status: 'unconfirmed', idempotencyKey: key }
  }

  return {
    limits: () => withToken((token) => api.call('pseLimits', undefined, token)),

    async create({ idempotencyKey: key, ...draft }) {
      if (!journal.hasIntent(key)) {
        const [summary, accounts] = await withToken((token) =>
          Promise.all([
            api.call('memberSummary', undefined, token),
            api.call('paymentAccounts', undefined, token),
          ]),
        )
        const account = accounts.accounts.find((a) => a.id === draft.accountId)
        // Only the member's own savings: refused here before anything is journaled (the API refuses it too).
        if (!account) throw new KioskError('NOT_FOUND', 'No such account of yours')
        journal.append({
          type: 'intent',
          key,
          operation: 'pse_topup',
          member: summary.maskedIdNumber,
          origin: 'PSE',
          destination: account.maskedNumber,
          amount: draft.amount,
          reference: 'Recarga PSE',
        })
      }
      try {
        const payment = await withToken((token) =>
          api.call('pseCreate', draft, token, { idempotencyKey: key }),
        )
        return { status: 'created', payment: record(payment, 'answer') }
      } catch (e) {
        const code = e instanceof KioskError ? e.code : 'UNKNOWN'
        if (REFUSALS.has(code)) {
          journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'answer', errorCode: code })
          throw e
        }
        const found = await lookUp(key)
        if (found === 'unknown') {
          logger.warn({ code }, 'pse: payment creation without a trustworthy answer')
          journal.append({ type: 'outcome', key, outcome: 'unknown', via: 'reconciliation', errorCode: code })
        }
        return outcomeOf(key, found)
      }
    },

    confirm: async (key) => outcomeOf(key, await lookUp(key)),

    status: async (paymentId) =>
      record(await withToken((token) => api.call('pseStatus', { params: { paymentId } }, token)), 'answer'),

    cancel: async (paymentId) =>
      record(await withToken((token) => api.call('pseCancel', { params: { paymentId } }, token)), 'answer'),

    async reconcile() {
      let settled = 0
      let stillPending = 0
      for (const intent of journal.pending().filter((p) => p.operation === 'pse_topup')) {
        const found = await lookUp(intent.key)
        if (found === 'not_created') {
          journal.append({ type: 'outcome', key: intent.key, outcome: 'not_applied', via: 'reconciliation' })
          settled++
        } else if (
          typeof found === 'object' &&
          (found.status === 'approved' || NOT_PAID.includes(found.status))
        ) {
          record(found, 'reconciliation')
          settled++
        } else stillPending++
      }
      logger.info({ settled, stillPending }, 'pse: journal reconciled')
      return { settled, stillPending }
    },
  }
}
