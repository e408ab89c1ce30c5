import type {
  MemberRef,
  PaymentAccounts,
  PaymentParty,
  TransferAuthorises,
  TransferChallenge,
  TransferDraft,
  TransferExecute,
  TransferReceipt,
} from '../../../shared/api/payments'
import { KioskError } from '../../../shared/ipc/errors'
import type { TransferOutcome } from '../../../shared/ipc/services/payments'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { ServiceLogger } from '../logger'
import type { Clock } from '../session-timer'
import type { Journal } from './journal'

/** The channel whose step-up a code request opens. */
export const TRANSFER_CHANNEL = 'payments.transfer'

/** Answers that say the API applied nothing (the operation may be tried again with the same key). */
const REFUSALS = new Set<string>([
  'VALIDATION',
  'NOT_FOUND',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'ATTEMPTS_EXHAUSTED',
  'INSUFFICIENT_FUNDS',
  'LIMIT_EXCEEDED',
  'IDEMPOTENCY_MISMATCH',
  'SESSION_EXPIRED',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
])

export interface PaymentsServiceDeps {
  api: ApiClient
  auth: AuthService
  journal: Journal
  logger: ServiceLogger
  clock: Clock
}

export interface PaymentsService {
  accounts(): Promise<PaymentAccounts>
  checkDestination(member: MemberRef, accountNumber: string): Promise<PaymentParty>
  authorize(draft: TransferDraft): Promise<TransferChallenge>
  resend(challengeId: string): Promise<TransferChallenge>
  transfer(input: TransferExecute & { idempotencyKey: string }): Promise<TransferOutcome>
  confirm(idempotencyKey: string): Promise<TransferOutcome>
  /** Settles every journal entry without an outcome, by key; resolves when none is left that can be settled. */
  reconcile(): Promise<{ settled: number; stillPending: number }>
  /** A completed transfer's receipt, from the API with the member's session (printing, reprints). */
  receipt(receiptNumber: string): Promise<TransferReceipt>
}

/**
 * Transfers from main: the code request, then the operation itself, journaled before it leaves and
 * told honestly after. The renderer makes the idempotency key; every retry of the same operation reuses
 * it, so the API applies it at most once whatever fails in between.
 */
export function createPaymentsService({
  api,
  auth,
  journal,
  logger,
  clock,
}: PaymentsServiceDeps): PaymentsService {
  const authorised = new Map<string, TransferAuthorises>()
  const withToken = auth.withToken.bind(auth)

  function remember(challenge: TransferChallenge): TransferChallenge {
    authorised.set(challenge.challengeId, challenge.authorises)
    auth.grantStepUp(TRANSFER_CHANNEL, clock.now() + challenge.expiresInSeconds * 1000)
    return challenge
  }

  function completed(
    key: string,
    receipt: TransferReceipt,
    via: 'answer' | 'reconciliation',
  ): TransferOutcome {
    if (journal.lastOutcome(key) === 'completed') return { status: 'completed', receipt }
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

  /** Looks the key up: applied, not applied, or still unknown (in flight, or no answer). */
  async function lookUp(key: string): Promise<'not_applied' | 'unknown' | TransferReceipt> {
    try {
      return (await api.call('paymentOperationByKey', { params: { key } })).receipt
    } catch (e) {
      if (e instanceof KioskError && e.code === 'NOT_FOUND') return 'not_applied'
      return 'unknown'
    }
  }

  const service: PaymentsService = {
    accounts: () => withToken((token) => api.call('paymentAccounts', undefined, token)),
    checkDestination: (member, accountNumber) =>
      withToken((token) => api.call('transferDestinationCheck', { member, accountNumber }, token)),
    authorize: async (draft) =>
      remember(await withToken((token) => api.call('transferAuthorize', draft, token))),
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
        // On disk (fsync) before the request leaves: whatever happens next, the journal knows of it.
        journal.append({
          type: 'intent',
          key,
          operation: what.kind === 'own' ? 'transfer_own' : 'transfer_member',
          member,
          origin: what.origin.maskedNumber,
          destination: what.destination.maskedNumber,
          amount: body.amount,
          reference: body.reference,
        })
      }
      let receipt: TransferReceipt
      try {
        receipt = await withToken((token) =>
          api.call('transferExecute', body, token, { idempotencyKey: key }),
        )
      } catch (e) {
        const code = e instanceof KioskError ? e.code : 'UNKNOWN'
        if (REFUSALS.has(code)) {
          journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'answer', errorCode: code })
          throw e
        }
        // No trustworthy answer (timeout, reset, 500, a body outside the contract, 409): ask by key.
        const found = await lookUp(key)
        if (typeof found === 'object') return completed(key, found, 'reconciliation')
        logger.warn({ code, lookUp: found }, 'payments: transfer without a trustworthy answer')
        journal.append({ type: 'outcome', key, outcome: found, via: 'reconciliation', errorCode: code })
        return found === 'not_applied'
          ? { status: 'not_applied', idempotencyKey: key }
          : { status: 'pending', idempotencyKey: key }
      }
      auth.grantStepUp(TRANSFER_CHANNEL, 0)
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
      // Bill and card payments are looked up by their own route (electron/services/bills).
      for (const intent of journal.pending().filter((p) => p.operation.startsWith('transfer_'))) {
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
      logger.info({ settled, stillPending }, 'payments: journal reconciled')
      return { settled, stillPending }
    },

    receipt: (receiptNumber) =>
      withToken((token) => api.call('paymentReceiptGet', { params: { receiptNumber } }, token)),
  }
  return service
}
