import type {
  ObligationList,
  ObligationPaymentDraft,
  ObligationReceipt,
  Requirements,
} from '../../../shared/api/obligations'
import { KioskError } from '../../../shared/ipc/errors'
import type { ObligationOutcome } from '../../../shared/ipc/services/obligations'
import { money } from '../../../shared/money/money'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { ServiceLogger } from '../logger'
import type { Journal } from './journal'
import { REFUSALS } from './payments-service'

export interface ObligationsServiceDeps {
  api: ApiClient
  auth: AuthService
  journal: Journal
  logger: ServiceLogger
}

export interface ObligationsService {
  list(): Promise<ObligationList>
  requirements(draft: ObligationPaymentDraft): Promise<Requirements>
  pay(input: ObligationPaymentDraft & { idempotencyKey: string }): Promise<ObligationOutcome>
  confirm(idempotencyKey: string): Promise<ObligationOutcome>
  receipt(receiptNumber: string): Promise<ObligationReceipt>
}

/** "****1234 +1": the first of several, masked, within the journal's column width. */
const several = (items: readonly string[]) =>
  `${items[0] ?? ''}${items.length > 1 ? ` +${items.length - 1}` : ''}`

/**
 * Paying obligations from main, on the transfers' journal: the intent is on disk before the request
 * leaves, the answer (or its absence) is told honestly, and a payment without a trustworthy answer is
 * looked up by its key. Start-up reconciliation is the payments service's (the API's by-key lookup
 * finds obligation payments too).
 */
export function createObligationsService({
  api,
  auth,
  journal,
  logger,
}: ObligationsServiceDeps): ObligationsService {
  const withToken = auth.withToken.bind(auth)

  function completed(
    key: string,
    receipt: ObligationReceipt,
    via: 'answer' | 'reconciliation',
  ): ObligationOutcome {
    if (journal.lastOutcome(key) !== 'completed')
      journal.append({
        type: 'outcome',
        key,
        outcome: 'completed',
        via,
        receiptNumber: receipt.receiptNumber,
        fee: money(0, receipt.total.currency),
      })
    return { status: 'completed', receipt }
  }

  async function lookUp(key: string): Promise<'not_applied' | 'unknown' | ObligationReceipt> {
    try {
      return await withToken((token) => api.call('obligationPaymentByKey', { params: { key } }, token))
    } catch (e) {
      if (e instanceof KioskError && e.code === 'NOT_FOUND') return 'not_applied'
      return 'unknown'
    }
  }

  async function intent(key: string, draft: ObligationPaymentDraft): Promise<void> {
    if (journal.hasIntent(key)) return
    const [list, summary] = await Promise.all([
      withToken((token) => api.call('obligationList', undefined, token)),
      withToken((token) => api.call('memberSummary', undefined, token)),
    ])
    const accounts = draft.sources.map(
      (s) => summary.products.find((p) => p.id === s.accountId)?.maskedNumber ?? '****',
    )
    const obligations = draft.lines.map(
      (l) => list.obligations.find((o) => o.id === l.obligationId)?.obligation ?? '****',
    )
    const total = draft.lines.reduce((s, l) => s + l.amount.amountMinor, 0)
    // On disk (fsync) before the request leaves: whatever happens next, the journal knows of it.
    journal.append({
      type: 'intent',
      key,
      operation: 'obligation_payment',
      member: summary.maskedIdNumber,
      origin: several(accounts),
      destination: several(obligations),
      amount: money(total, list.currency),
      reference: draft.mode === 'overdue' ? 'Obligaciones vencidas' : 'Pago de obligaciones',
    })
  }

  return {
    list: () => withToken((token) => api.call('obligationList', undefined, token)),
    requirements: (draft) => withToken((token) => api.call('obligationRequirements', draft, token)),

    async pay({ idempotencyKey: key, ...draft }) {
      await intent(key, draft)
      let receipt: ObligationReceipt
      try {
        receipt = await withToken((token) => api.call('obligationPay', draft, token, { idempotencyKey: key }))
      } catch (e) {
        const code = e instanceof KioskError ? e.code : 'UNKNOWN'
        if (REFUSALS.has(code)) {
          journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'answer', errorCode: code })
          throw e
        }
        // No trustworthy answer (timeout, reset, 500, a body outside the contract, 409): ask by key.
        const found = await lookUp(key)
        if (typeof found === 'object') return completed(key, found, 'reconciliation')
        logger.warn({ code, lookUp: found }, 'obligations: payment without a trustworthy answer')
        journal.append({ type: 'outcome', key, outcome: found, via: 'reconciliation', errorCode: code })
        return found === 'not_applied'
          ? { status: 'not_applied', idempotencyKey: key }
          : { status: 'pending', idempotencyKey: key }
      }
      return completed(key, receipt, 'answer')
    },

    async confirm(key) {
      const found = await lookUp(key)
      if (typeof found === 'object') return completed(key, found, 'reconciliation')
      if (found === 'not_applied' && journal.pending().some((p) => p.key === key))
        journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'reconciliation' })
      return found === 'not_applied'
        ? { status: 'not_applied', idempotencyKey: key }
        : { status: 'pending', idempotencyKey: key }
    },

    receipt: (receiptNumber) =>
      withToken((token) => api.call('obligationReceiptGet', { params: { receiptNumber } }, token)),
  }
}
