import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { ObligationPaymentDraft, Requirements } from '@shared/api/obligations'
import type { ObligationOutcome } from '@shared/ipc/services/obligations'
import { call } from '@/bridge'
import { useRemote } from '@/composables/useRemote'
import { useMemberStore } from '@/stores/member'
import { useProductsStore } from '@/features/products'
import {
  emptyObligationChoices,
  linesOf,
  OBLIGATION_STEPS,
  obligationSignature,
  toObligationDraft,
  totalOf,
  type ObligationStep,
} from '../obligation-draft'

/**
 * One payment of obligations, from the payment type to its outcome. Member-scoped: `reset()` forgets
 * everything at the end of the visit (or on "Cancelar"). Going back keeps every choice; the idempotency
 * key belongs to exactly one draft, so changing anything makes a new operation with a new key.
 */
export const useObligationsStore = defineStore('payments-obligations', () => {
  const list = useRemote(() => call('obligations.list', {}))
  const accounts = useRemote(() => call('payments.accounts', {}))
  const requirements = useRemote((d: ObligationPaymentDraft): Promise<Requirements> =>
    call('obligations.requirements', d),
  )
  const choices = reactive(emptyObligationChoices())
  const step = ref<ObligationStep>('type')
  const outcome = shallowRef<ObligationOutcome | null>(null)
  /** The key of the draft it was made for; every retry of that draft reuses it. */
  const keyed = shallowRef<{ signature: string; key: string } | null>(null)
  const autoPrinted = ref<string | null>(null)
  let generation = 0

  const currency = computed(() => list.data.value?.currency ?? 'COP')
  const lines = computed(() => (list.data.value && choices.mode ? linesOf(choices, list.data.value) : []))
  const total = computed(() => totalOf(lines.value, currency.value))
  const draft = computed(() =>
    toObligationDraft(choices, list.data.value, accounts.data.value?.accounts ?? null),
  )
  const hasOverdue = computed(() => (list.data.value?.totals.overdue.amountMinor ?? 0) > 0)

  function ensureLoaded(): void {
    for (const r of [list, accounts])
      if (r.status.value === 'idle' || r.status.value === 'error') void r.run()
  }

  const move = (by: 1 | -1) => {
    const i = OBLIGATION_STEPS.indexOf(step.value) + by
    if (i >= 0 && i < OBLIGATION_STEPS.length) step.value = OBLIGATION_STEPS[i]!
  }

  /** The tick pays the next due amount; it and "Otro valor" exclude each other. */
  function toggle(id: string): void {
    const i = choices.ticked.indexOf(id)
    if (i >= 0) choices.ticked.splice(i, 1)
    else {
      choices.ticked.push(id)
      delete choices.others[id]
    }
  }
  function setOther(id: string, units: string): void {
    choices.others[id] = units
    const i = choices.ticked.indexOf(id)
    if (units && i >= 0) choices.ticked.splice(i, 1)
  }

  /** "Requisitos": the API decides each row for the draft on screen. */
  async function check(): Promise<void> {
    const d = draft.value
    if (d) await requirements.run(d)
  }

  function keyFor(d: ObligationPaymentDraft): string {
    const signature = obligationSignature(d)
    if (keyed.value?.signature !== signature) keyed.value = { signature, key: crypto.randomUUID() }
    return keyed.value.key
  }

  function settle(result: ObligationOutcome): void {
    outcome.value = result
    if (result.status !== 'completed') return
    // The money moved: balances and dues shown elsewhere are stale.
    keyed.value = null
    useMemberStore().reset()
    useProductsStore().reset()
    void list.run()
    void accounts.run()
  }

  /** "Finalizar": refusals throw (nothing moved); the rest is an outcome. */
  async function finish(): Promise<ObligationOutcome | null> {
    const d = draft.value
    if (!d) return null
    const mine = generation
    const result = await call('obligations.pay', { ...d, idempotencyKey: keyFor(d) })
    if (mine !== generation) return null
    settle(result)
    return result
  }

  async function recheck(): Promise<void> {
    const current = outcome.value
    if (!current || current.status !== 'pending') return
    const mine = generation
    const result = await call('obligations.confirm', { idempotencyKey: current.idempotencyKey })
    if (mine === generation) settle(result)
  }

  /** "Intentar de nuevo" after a payment that was not applied: back to Verificación, same draft and key. */
  function retry(): void {
    outcome.value = null
    step.value = 'verification'
  }

  function reset(): void {
    generation++
    Object.assign(choices, emptyObligationChoices())
    step.value = 'type'
    outcome.value = null
    keyed.value = null
    autoPrinted.value = null
    list.clear()
    accounts.clear()
    requirements.clear()
  }

  return {
    list,
    accounts,
    requirements,
    choices,
    step,
    currency,
    lines,
    total,
    draft,
    hasOverdue,
    outcome,
    autoPrinted,
    ensureLoaded,
    move,
    toggle,
    setOther,
    check,
    finish,
    recheck,
    retry,
    reset,
  }
})
