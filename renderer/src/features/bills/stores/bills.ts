import { defineStore } from 'pinia'
import { computed, reactive, shallowRef } from 'vue'
import type {
  BillChallenge,
  BillPay,
  CardPay,
  OtherCardDraft,
  ScheduleDraft,
  ServiceDraft,
} from '@shared/api/bills'
import type { BillOutcome } from '@shared/ipc/services/bills'
import { call } from '@/bridge'
import { useRemote } from '@/composables/useRemote'

/** A code request and what it authorises: a service's registration, a schedule or another bank's card. */
export type CodeRequest =
  | { purpose: 'service'; draft: ServiceDraft }
  | { purpose: 'schedule'; draft: ScheduleDraft }
  | { purpose: 'card'; draft: OtherCardDraft }
interface Authorization {
  request: CodeRequest
  challenge: BillChallenge
  sent: number
  sentAt: number
}

/** A payment on its way: the body and the key made once for it (every retry reuses the key). */
export type PendingPayment =
  { kind: 'bill'; body: BillPay; key: string } | { kind: 'card'; body: CardPay; key: string }

/** What the registration form holds while the member chooses (seed 002: category → company → contract). */
export interface ServiceChoices {
  category: string | null
  billerId: string | null
  debitAccountId: string | null
  contract: string
}
const emptyChoices = (): ServiceChoices => ({
  category: null,
  billerId: null,
  debitAccountId: null,
  contract: '',
})

/**
 * Bills, top-ups and card payments: what the screens list, the code of a registration or schedule,
 * and the payment with its idempotency key and honest outcome. Member-scoped: `reset()` forgets it all.
 */
export const useBillsStore = defineStore('bills', () => {
  const catalogue = useRemote(() => call('bills.catalogue', {}))
  const services = useRemote(() => call('bills.services', {}))
  const accounts = useRemote(() => call('payments.accounts', {}))
  const schedules = useRemote(() => call('bills.schedules', {}))
  const history = useRemote(() => call('bills.history', {}))
  const cards = useRemote(() => call('bills.cardOptions', {}))
  const choices = reactive<ServiceChoices>(emptyChoices())
  const authorization = shallowRef<Authorization | null>(null)
  const payment = shallowRef<PendingPayment | null>(null)
  const outcome = shallowRef<BillOutcome | null>(null)
  /** The receipt printed by itself already (a revisit of the result screen does not print again). */
  const autoPrinted = shallowRef<string | null>(null)
  /** The last registration done, told on the screen it returns to. */
  const notice = shallowRef<'service' | 'schedule' | 'card' | 'cancelled' | null>(null)
  let generation = 0
  let sends = 0

  const currency = computed(() => accounts.data.value?.accounts[0]?.available.currency ?? null)

  async function requestCode(request: CodeRequest): Promise<void> {
    const mine = generation
    const challenge =
      request.purpose === 'service'
        ? await call('bills.authorizeService', request.draft)
        : request.purpose === 'schedule'
          ? await call('bills.authorizeSchedule', request.draft)
          : await call('bills.authorizeCard', request.draft)
    if (mine === generation) authorization.value = { request, challenge, sent: ++sends, sentAt: Date.now() }
  }
  const requestAgain = async () => {
    if (authorization.value) await requestCode(authorization.value.request)
  }

  async function resend(): Promise<void> {
    const a = authorization.value
    if (!a) return
    const mine = generation
    const challenge = await call('bills.resend', { challengeId: a.challenge.challengeId })
    if (mine === generation) authorization.value = { ...a, challenge, sent: ++sends, sentAt: Date.now() }
  }

  function spendTry(attemptsLeft: number): void {
    const a = authorization.value
    if (a) authorization.value = { ...a, challenge: { ...a.challenge, attemptsLeft } }
  }

  /** The registration or schedule the code was sent for, with the code; refusals throw (nothing added). */
  async function confirmCode(code: string): Promise<CodeRequest['purpose'] | null> {
    const a = authorization.value
    if (!a) return null
    const mine = generation
    const withCode = { challengeId: a.challenge.challengeId, code }
    const r = a.request
    if (r.purpose === 'service') await call('bills.addService', { ...r.draft, ...withCode })
    else if (r.purpose === 'schedule') await call('bills.addSchedule', { ...r.draft, ...withCode })
    else await call('bills.addCard', { ...r.draft, ...withCode })
    if (mine !== generation) return null
    authorization.value = null
    Object.assign(choices, emptyChoices())
    notice.value = r.purpose
    return r.purpose
  }

  /** "Confirmar" on a payment: a key made once per payment, reused by every retry of it. */
  function prepare(p: Omit<PendingPayment, 'key'>): void {
    payment.value = { ...p, key: crypto.randomUUID() } as PendingPayment
    outcome.value = null
  }

  async function pay(): Promise<void> {
    const p = payment.value
    if (!p) return
    const mine = generation
    const result =
      p.kind === 'bill'
        ? await call('bills.pay', { ...p.body, idempotencyKey: p.key })
        : await call('bills.payCard', { ...p.body, idempotencyKey: p.key })
    if (mine === generation) outcome.value = result
  }

  async function recheck(): Promise<void> {
    const o = outcome.value
    if (!o || o.status !== 'pending') return
    const mine = generation
    const result = await call('bills.confirm', { idempotencyKey: o.idempotencyKey })
    if (mine === generation) outcome.value = result
  }

  async function cancelSchedule(id: string): Promise<void> {
    await call('bills.cancelSchedule', { id })
    notice.value = 'cancelled'
    await schedules.run()
  }

  /** "Cancelar": the typed details and any code or payment in progress are dropped. */
  function discard(): void {
    generation++
    Object.assign(choices, emptyChoices())
    authorization.value = null
  }
  function finish(): void {
    discard()
    payment.value = null
    outcome.value = null
  }

  function reset(): void {
    finish()
    notice.value = null
    autoPrinted.value = null
    for (const r of [catalogue, services, accounts, schedules, history, cards]) r.clear()
  }

  return {
    catalogue,
    services,
    accounts,
    schedules,
    history,
    cards,
    choices,
    authorization,
    payment,
    outcome,
    autoPrinted,
    notice,
    currency,
    requestCode,
    requestAgain,
    resend,
    spendTry,
    confirmCode,
    prepare,
    pay,
    recheck,
    cancelSchedule,
    discard,
    finish,
    reset,
  }
})
