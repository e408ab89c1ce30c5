import type { AchDraft, AchExecute, AchOptions } from '../../../shared/api/ach'
import type { TransferAuthorises, TransferChallenge, TransferReceipt } from '../../../shared/api/payments'
import { KioskError } from '../../../shared/ipc/errors'
import type { TransferOutcome } from '../../../shared/ipc/services/payments'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { ServiceLogger } from '../logger'
import type { Clock } from '../session-timer'
import type { Journal } from './journal'
import { REFUSALS } from './payments-service'

/** The channel whose step-up an ACH code request opens. */
export const ACH_CHANNEL = 'ach.transfer'

export interface AchServiceDeps {
  api: ApiClient
  auth: AuthService
  journal: Journal
  logger: ServiceLogger
  clock: Clock
}

export interface AchService {
  options(): Promise<AchOptions>
  authorize(draft: AchDraft): Promise<TransferChallenge>
  resend(challengeId: string): Promise<TransferChallenge>
  transfer(input: AchExecute & { idempotencyKey: string }): Promise<TransferOutcome>
  confirm(idempotencyKey: string): Promise<TransferOutcome>
  /** Settles the journal's open ACH entries by key (at start-up, before anyone is served). */
  reconcile(): Promise<{ settled: number; stillPending: number }>
}

/**
 * ACH transfers from main, as transfers: the code bound to the operation opens the step-up, the intent
 * is on disk before the request leaves, and no trustworthy answer is settled by asking the API by key.
 * "Completed" means the money left the account; the receipt says it is pending at the clearing house.
 */
export function createAchService({ api, auth, journal, logger, clock }: AchServiceDeps): AchService {
  const authorised = new Map<string, TransferAuthorises>()
  const withToken = auth.withToken.bind(auth)

  function remember(challenge: TransferChallenge): TransferChallenge {
    authorised.set(challenge.challengeId, challenge.authorises)
    auth.grantStepUp(ACH_CHANNEL, clock.now() + challenge.expiresInSeconds * 1000)
    return challenge
  }

  function completed(
    key: string,
    receipt: TransferReceipt,
    via: 'answer' | 'reconciliation',
  ): TransferOutcome {
    if (journal.lastOutcome(key) !== 'completed')
      journal.append({
        type: 'outcome',
        key,
        outcome: 'completed',
        via,
        receiptNumber: receipt.receiptNumber,
        fee: receipt.fee,
      })
    return { status: 'completed', receipt }
  }

  async function lookUp(key: string): Promise<'not_applied' | 'unknown' | TransferReceipt> {
    try {
      return (await api.call('achByKey', { params: { key } })).receipt
    } catch (e) {
      if (e instanceof KioskError && e.code === 'NOT_FOUND') return 'not_applied'
      return 'unknown'
    }
  }

  return {
    options: () => withToken((token) => api.call('achOptions', undefined, token)),
    authorize: async (draft) => remember(await withToken((token) => api.call('achAuthorize', draft, token))),
    resend: async (challengeId) =>
      remember(
        await withToken((token) => api.call('transferAuthorizeResend', { params: { challengeId } }, token)),
      ),

    async transfer({ idempotencyKey: key, ...body }) {
      const what = authorised.get(body.challengeId)
      if (!what) throw new KioskError('VERIFICATION_REQUIRED', 'Ask for a code for this operation first')
      if (!journal.hasIntent(key)) {
        const member = (await withToken((token) => api.call('memberSummary', undefined, token)))
          .maskedIdNumber
        journal.append({
          type: 'intent',
          key,
          operation: 'transfer_bank',
          member,
          origin: what.origin.maskedNumber,
          destination: `${what.destination.name.slice(0, 30)} ${what.destination.maskedNumber}`,
          amount: body.amount,
          reference: body.reference,
        })
      }
      let receipt: TransferReceipt
      try {
        receipt = await withToken((token) => api.call('achExecute', body, token, { idempotencyKey: key }))
      } catch (e) {
        const code = e instanceof KioskError ? e.code : 'UNKNOWN'
        if (REFUSALS.has(code)) {
          journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'answer', errorCode: code })
          throw e
        }
        const found = await lookUp(key)
        if (typeof found === 'object') return completed(key, found, 'reconciliation')
        logger.warn({ code, lookUp: found }, 'ach: transfer without a trustworthy answer')
        journal.append({ type: 'outcome', key, outcome: found, via: 'reconciliation', errorCode: code })
        return found === 'not_applied'
          ? { status: 'not_applied', idempotencyKey: key }
          : { status: 'pending', idempotencyKey: key }
      }
      auth.grantStepUp(ACH_CHANNEL, 0)
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

    async reconcile() {
      let settled = 0
      let stillPending = 0
      for (const intent of journal.pending().filter((p) => p.operation === 'transfer_bank')) {
        const found = await lookUp(intent.key)
        if (found === 'unknown') {
          stillPending++
          continue
        }
        if (typeof found === 'object') completed(intent.key, found, 'reconciliation')
        else
          journal.append({ type: 'outcome', key: intent.key, outcome: 'not_applied', via: 'reconciliation' })
        settled++
      }
      logger.info({ settled, stillPending }, 'ach: journal reconciled')
      return { settled, stillPending }
    },
  }
}
