import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { PsePayment, PseStatus } from '@shared/api/pse'
import type { PseCreateOutcome } from '@shared/ipc/services/pse'
import { CURRENCY_DIGITS } from '@shared/money/money'
import { call } from '@/bridge'
import { useRemote } from '@/composables/useRemote'
import { useMemberStore } from '@/stores/member'

/** Seed 000's four steps: choose, check, pay on the phone, the status. */
export const PSE_STEPS = ['how', 'info', 'pay', 'status'] as const
export type PseStep = (typeof PSE_STEPS)[number]
/** After these the payment never changes; `pending` is told too, and still followed. */
const FINAL: readonly PseStatus[] = ['approved', 'rejected', 'expired', 'cancelled']

/**
 * One PSE payment, from the choice of account and amount to its end. Member-scoped: `reset()` forgets it.
 * The idempotency key is made once per payment asked for and reused by every retry of its creation.
 */
export const usePseStore = defineStore('pse', () => {
  const accounts = useRemote(() => call('payments.accounts', {}))
  const limits = useRemote(() => call('pse.limits', {}))
  const step = ref<PseStep>('how')
  const accountId = ref<string | null>(null)
  const amountUnits = ref('')
  /** The key and the draft it was made for: a changed draft is another payment, with another key. */
  const attempt = shallowRef<{ key: string; signature: string } | null>(null)
  /** A creation without a trustworthy answer: asked again by key. */
  const unconfirmed = ref<string | null>(null)
  const notCreated = ref(false)
  const payment = shallowRef<PsePayment | null>(null)
  const autoPrinted = ref<string | null>(null)
  let generation = 0

  const currency = computed(() => accounts.data.value?.accounts[0]?.available.currency ?? 'COP')
  const account = computed(() => accounts.data.value?.accounts.find((a) => a.id === accountId.value) ?? null)
  const amount = computed(() => ({
    amountMinor: Number(amountUnits.value || '0') * 10 ** CURRENCY_DIGITS[currency.value],
    currency: currency.value,
  }))
  const ready = computed(() => !!account.value && amount.value.amountMinor > 0)
  const isFinal = computed(() => !!payment.value && FINAL.includes(payment.value.status))

  function load(): void {
    if (accounts.status.value === 'idle' || accounts.status.value === 'error') void accounts.run()
    if (limits.status.value === 'idle' || limits.status.value === 'error') void limits.run()
  }

  function show(p: PsePayment): void {
    payment.value = p
    step.value = p.status === 'created' ? 'pay' : 'status'
    if (p.status === 'approved') {
      // The money arrived: balances shown elsewhere are stale.
      useMemberStore().reset()
      void accounts.run()
    }
  }

  /** "Generar pago PSE": one payment per key; not created and unconfirmed are told, never guessed. */
  async function create(): Promise<void> {
    if (!accountId.value || !ready.value) return
    const signature = JSON.stringify([accountId.value, amount.value])
    if (attempt.value?.signature !== signature) attempt.value = { key: crypto.randomUUID(), signature }
    const mine = generation
    notCreated.value = false
    const outcome = await call('pse.create', {
      accountId: accountId.value,
      amount: amount.value,
      idempotencyKey: attempt.value.key,
    })
    if (mine !== generation) return
    settle(outcome)
  }

  function settle(outcome: PseCreateOutcome): void {
    unconfirmed.value = outcome.status === 'unconfirmed' ? outcome.idempotencyKey : null
    notCreated.value = outcome.status === 'not_created'
    if (outcome.status === 'created') show(outcome.payment)
  }

  async function confirm(): Promise<void> {
    const key = unconfirmed.value
    if (!key) return
    const mine = generation
    const outcome = await call('pse.confirm', { idempotencyKey: key })
    if (mine === generation) settle(outcome)
  }

  /** One look at the payment's status (the page repeats it until the payment is final). */
  async function refresh(): Promise<void> {
    const p = payment.value
    if (!p || isFinal.value) return
    const mine = generation
    const next = await call('pse.status', { paymentId: p.paymentId })
    if (mine === generation) show(next)
  }

  /** "Cancelar proceso": the gateway cancels an unpaid payment (one at the bank answers CONFLICT). */
  async function cancel(): Promise<void> {
    const p = payment.value
    if (!p) return
    const mine = generation
    const next = await call('pse.cancel', { paymentId: p.paymentId })
    if (mine === generation) show(next)
  }

  const go = (to: PseStep) => (step.value = to)

  function reset(): void {
    generation++
    step.value = 'how'
    accountId.value = null
    amountUnits.value = ''
    attempt.value = null
    unconfirmed.value = null
    notCreated.value = false
    payment.value = null
    autoPrinted.value = null
    accounts.clear()
    limits.clear()
  }

  return {
    accounts,
    limits,
    step,
    accountId,
    amountUnits,
    unconfirmed,
    notCreated,
    payment,
    autoPrinted,
    account,
    amount,
    ready,
    isFinal,
    load,
    create,
    confirm,
    refresh,
    cancel,
    go,
    reset,
  }
})
