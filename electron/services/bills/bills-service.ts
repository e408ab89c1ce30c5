import type {
  BillChallenge,
  BillPay,
  BillReceipt,
  CardPay,
  CardPaymentOptions,
  RegisteredService,
} from '../../../shared/api/bills'
import type { ApiRequest } from '../../../shared/api/routes'
import { KioskError } from '../../../shared/ipc/errors'
import type { BillOutcome } from '../../../shared/ipc/services/bills'
import type { Money } from '../../../shared/money/money-schema'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { ServiceLogger } from '../logger'
import type { Journal } from '../payments/journal'
import { BILL_JOURNAL_OPERATIONS } from '../payments/journal'
import type { Clock } from '../session-timer'

/** The step-up each kind of code opens: a service's code registers no card, and no schedule. */
export const BILL_STEP_UPS = {
  service: 'bills.addService',
  schedule: 'bills.addSchedule',
  card: 'bills.addCard',
} as const

/** Answers that say the API applied nothing (as for transfers). */
const REFUSALS = new Set<string>([
  'VALIDATION',
  'NOT_FOUND',
  'INSUFFICIENT_FUNDS',
  'LIMIT_EXCEEDED',
  'IDEMPOTENCY_MISMATCH',
  'SESSION_EXPIRED',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
])

type Operation = (typeof BILL_JOURNAL_OPERATIONS)[number]
const isBillOperation = (op: string): op is Operation =>
  (BILL_JOURNAL_OPERATIONS as readonly string[]).includes(op)

export interface BillsServiceDeps {
  api: ApiClient
  auth: AuthService
  journal: Journal
  logger: ServiceLogger
  clock: Clock
}

/**
 * Bills, top-ups and card payments from main. Registrations and schedules go with their bound code;
 * payments are journaled (fsync) before they leave, sent with the renderer's key, and told honestly:
 * a lost answer is looked up by key, and what stays unknown is settled by reconciliation.
 */
export function createBillsService({ api, auth, journal, logger, clock }: BillsServiceDeps) {
  const withToken = auth.withToken.bind(auth)
  // The services and cards last listed: the journal's intent names the destination, masked.
  const destinations = new Map<string, { name: string; masked: string; kind: Operation }>()

  /** A code sent (or resent) opens the step-up of what it authorises, as the API states it. */
  function opened(challenge: BillChallenge): BillChallenge {
    auth.grantStepUp(
      BILL_STEP_UPS[challenge.authorises.purpose],
      clock.now() + challenge.expiresInSeconds * 1000,
    )
    return challenge
  }
  const spent = (purpose: keyof typeof BILL_STEP_UPS) => auth.grantStepUp(BILL_STEP_UPS[purpose], 0)

  /** The services or cards last listed, replacing what an earlier listing (maybe another member's) left. */
  function forget(prefixes: readonly string[]): void {
    for (const k of [...destinations.keys()])
      if (prefixes.some((p) => k.startsWith(p))) destinations.delete(k)
  }
  function remember(list: RegisteredService[], replace = true): void {
    if (replace) forget(['service:'])
    for (const s of list)
      destinations.set(`service:${s.id}`, {
        name: s.biller.name,
        masked: s.maskedContract,
        kind: s.biller.kind,
      })
  }
  function rememberCards(o: CardPaymentOptions): void {
    forget(['card:', 'other:'])
    for (const c of o.own)
      destinations.set(`card:${c.productId}`, { name: c.name, masked: c.maskedCardNumber, kind: 'card_own' })
    for (const c of o.other)
      destinations.set(`other:${c.id}`, { name: c.bankName, masked: c.maskedCardNumber, kind: 'card_other' })
  }
  /** What the journal names as the destination: from the last listing, else listed now. */
  async function destinationOf(id: string) {
    if (!destinations.has(id)) {
      if (id.startsWith('service:'))
        remember((await withToken((token) => api.call('billServiceList', undefined, token))).services)
      else rememberCards(await withToken((token) => api.call('cardPaymentOptions', undefined, token)))
    }
    const dest = destinations.get(id)
    // Not the member's: the API would refuse it too.
    if (!dest) throw new KioskError('NOT_FOUND', 'No such service or card of yours')
    return dest
  }

  function completed(key: string, receipt: BillReceipt, via: 'answer' | 'reconciliation'): BillOutcome {
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

  async function lookUp(key: string): Promise<'not_applied' | 'unknown' | BillReceipt> {
    try {
      return (await api.call('billOperationByKey', { params: { key } })).receipt
    } catch (e) {
      if (e instanceof KioskError && e.code === 'NOT_FOUND') return 'not_applied'
      return 'unknown'
    }
  }

  /** Journal, send, tell: the one path of both money methods. */
  async function move(
    key: string,
    what: { destination: string; origin: string; amount: Money },
    send: (token: string) => Promise<BillReceipt>,
  ): Promise<BillOutcome> {
    const dest = await destinationOf(what.destination)
    if (!journal.hasIntent(key)) {
      const member = (await withToken((token) => api.call('memberSummary', undefined, token))).maskedIdNumber
      const accounts = await withToken((token) => api.call('paymentAccounts', undefined, token))
      const origin = accounts.accounts.find((a) => a.id === what.origin)
      // On disk (fsync) before the request leaves.
      journal.append({
        type: 'intent',
        key,
        operation: dest.kind,
        member,
        origin: origin?.maskedNumber ?? '****',
        destination: dest.masked,
        amount: what.amount,
        reference: dest.name.slice(0, 60),
      })
    }
    let receipt: BillReceipt
    try {
      receipt = await withToken(send)
    } catch (e) {
      const code = e instanceof KioskError ? e.code : 'UNKNOWN'
      if (REFUSALS.has(code)) {
        journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'answer', errorCode: code })
        throw e
      }
      // No trustworthy answer (timeout, reset, 500, a malformed body, 409 in flight): ask by key.
      const found = await lookUp(key)
      if (typeof found === 'object') return completed(key, found, 'reconciliation')
      logger.warn({ code, lookUp: found }, 'bills: payment without a trustworthy answer')
      journal.append({ type: 'outcome', key, outcome: found, via: 'reconciliation', errorCode: code })
      return found === 'not_applied'
        ? { status: 'not_applied', idempotencyKey: key }
        : { status: 'pending', idempotencyKey: key }
    }
    return completed(key, receipt, 'answer')
  }

  return {
    catalogue: () => withToken((token) => api.call('billCatalogue', undefined, token)),
    services: async () => {
      const list = await withToken((token) => api.call('billServiceList', undefined, token))
      remember(list.services)
      return list
    },
    authorizeService: async (draft: ApiRequest<'billServiceAuthorize'>) =>
      opened(await withToken((token) => api.call('billServiceAuthorize', draft, token))),
    resend: async (challengeId: string) =>
      opened(await withToken((token) => api.call('billAuthorizeResend', { params: { challengeId } }, token))),
    addService: async (body: ApiRequest<'billServiceAdd'>) => {
      const added = await withToken((token) => api.call('billServiceAdd', body, token))
      spent('service')
      remember([added], false)
      return added
    },
    removeService: (id: string) =>
      withToken((token) => api.call('billServiceDelete', { params: { serviceId: id } }, token)),
    pay: ({ idempotencyKey, ...body }: BillPay & { idempotencyKey: string }) =>
      move(
        idempotencyKey,
        { destination: `service:${body.serviceId}`, origin: body.originAccountId, amount: body.amount },
        (token) => api.call('billPay', body, token, { idempotencyKey }),
      ),
    schedules: () => withToken((token) => api.call('billScheduleList', undefined, token)),
    authorizeSchedule: async (draft: ApiRequest<'billScheduleAuthorize'>) =>
      opened(await withToken((token) => api.call('billScheduleAuthorize', draft, token))),
    addSchedule: async (body: ApiRequest<'billScheduleAdd'>) => {
      const added = await withToken((token) => api.call('billScheduleAdd', body, token))
      spent('schedule')
      return added
    },
    cancelSchedule: (id: string) =>
      withToken((token) => api.call('billScheduleCancel', { params: { scheduleId: id } }, token)),
    history: () => withToken((token) => api.call('billHistory', undefined, token)),
    cardOptions: async () => {
      const o = await withToken((token) => api.call('cardPaymentOptions', undefined, token))
      rememberCards(o)
      return o
    },
    authorizeCard: async (draft: ApiRequest<'cardAuthorize'>) =>
      opened(await withToken((token) => api.call('cardAuthorize', draft, token))),
    addCard: async (body: ApiRequest<'cardAdd'>) => {
      const added = await withToken((token) => api.call('cardAdd', body, token))
      spent('card')
      destinations.set(`other:${added.id}`, {
        name: added.bankName,
        masked: added.maskedCardNumber,
        kind: 'card_other',
      })
      return added
    },
    payCard: ({ idempotencyKey, ...body }: CardPay & { idempotencyKey: string }) =>
      move(
        idempotencyKey,
        {
          destination: body.card.kind === 'own' ? `card:${body.card.productId}` : `other:${body.card.cardId}`,
          origin: body.originAccountId,
          amount: body.amount,
        },
        (token) => api.call('cardPay', body, token, { idempotencyKey }),
      ),

    async confirm(key: string): Promise<BillOutcome> {
      const found = await lookUp(key)
      if (typeof found === 'object') return completed(key, found, 'reconciliation')
      if (found === 'not_applied' && journal.pending().some((p) => p.key === key))
        journal.append({ type: 'outcome', key, outcome: 'not_applied', via: 'reconciliation' })
      return found === 'not_applied'
        ? { status: 'not_applied', idempotencyKey: key }
        : { status: 'pending', idempotencyKey: key }
    },

    /** Settles the journal's open bill and card payments by key (start-up, and before new money moves). */
    async reconcile(): Promise<{ settled: number; stillPending: number }> {
      let settled = 0
      let stillPending = 0
      for (const intent of journal.pending().filter((p) => isBillOperation(p.operation))) {
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
      logger.info({ settled, stillPending }, 'bills: journal reconciled')
      return { settled, stillPending }
    },

    /** A completed payment's receipt, with the member's session (printing, reprints). */
    receipt: (receiptNumber: string) =>
      withToken((token) => api.call('billReceiptGet', { params: { receiptNumber } }, token)),
  }
}
export type BillsService = ReturnType<typeof createBillsService>
