import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { Money } from '@shared/money/money'
import type { PaymentParty, TransferChallenge } from '@shared/api/payments'
import type { TransferOutcome } from '@shared/ipc/services/payments'
import { call } from '@/bridge'
import { useRemote } from '@/composables/useRemote'
import { useMemberStore } from '@/stores/member'
import { useProductsStore } from '@/features/products'
import {
  draftSignature,
  emptyChoices,
  isAchDraft,
  toDraft,
  WIZARD_STEPS,
  type TransferChoices,
  type WizardDraft,
  type WizardStep,
} from '../transfer-draft'

/** The cooperative's limits and the fee for the kind chosen, as the API states them. */
export interface KindLimits {
  perOperation: Money
  perDay: Money
  usedToday: Money
  fee: Money
}

/** A code request and the operation it authorises, with the idempotency key of that one operation. */
interface Authorization {
  challenge: TransferChallenge
  draft: WizardDraft
  /** Made here, once per authorised operation; every retry of it (wrong code, fault, re-check) reuses it. */
  key: string
  /** Bumped with every code sent, so the screen restarts its expiry and cooldown clocks. */
  sent: number
  /** When the API's answer arrived: its "expires in" and "resend in" count from here, even after a remount. */
  sentAt: number
}

/**
 * One transfer, from the first choice to its outcome. Member-scoped: `reset()` forgets everything at
 * the end of the visit (or on "Cancelar"). Going back keeps every choice; a code stays attached to the
 * exact operation it was sent for, so changing anything afterwards asks for a new one.
 */
export const useTransferStore = defineStore('payments-transfer', () => {
  const accounts = useRemote(() => call('payments.accounts', {}))
  /** Banks, limits and fee of transfers to another bank: asked for when that kind is chosen. */
  const achOptions = useRemote(() => call('ach.options', {}))
  const choices = reactive<TransferChoices>(emptyChoices())
  const step = ref<WizardStep>('kind')
  /** The other member's account as the API checked it, and for which typed details. */
  const checked = shallowRef<{ party: PaymentParty; for: string } | null>(null)
  const authorization = shallowRef<Authorization | null>(null)
  const outcome = shallowRef<TransferOutcome | null>(null)
  /** The receipt already printed by itself, so coming back to the result does not print it again. */
  const autoPrinted = ref<string | null>(null)
  let generation = 0
  let sends = 0

  const currency = computed(() => accounts.data.value?.accounts[0]?.available.currency ?? 'COP')
  const origin = computed(() => accounts.data.value?.accounts.find((a) => a.id === choices.originId) ?? null)
  const ownDestination = computed(
    () => accounts.data.value?.accounts.find((a) => a.id === choices.ownDestinationId) ?? null,
  )
  const memberDetails = computed(() =>
    JSON.stringify([choices.memberBy, choices.memberValue, choices.accountNumber]),
  )
  const checkedParty = computed(() =>
    checked.value && checked.value.for === memberDetails.value ? checked.value.party : null,
  )
  const draft = computed(() => toDraft(choices, currency.value))
  const limits = computed((): KindLimits | null => {
    const kind = choices.kind
    if (kind === 'bank') return achOptions.data.value?.rules ?? null
    const r = accounts.data.value?.rules
    return r && kind
      ? { perOperation: r.perOperation, perDay: r.perDay, usedToday: r.usedToday, fee: r.fees[kind] }
      : null
  })
  const bankName = computed(
    () => achOptions.data.value?.banks.find((b) => b.code === choices.bankCode)?.name ?? null,
  )
  /** The code on hand still authorises what is on screen. */
  const codeMatches = computed(
    () =>
      !!authorization.value &&
      !!draft.value &&
      draftSignature(authorization.value.draft) === draftSignature(draft.value),
  )

  function ensureAccounts(): void {
    if (accounts.status.value === 'idle' || accounts.status.value === 'error') void accounts.run()
  }
  function ensureAchOptions(): void {
    if (achOptions.status.value === 'idle' || achOptions.status.value === 'error') void achOptions.run()
  }

  const go = (to: WizardStep) => (step.value = to)
  const move = (by: 1 | -1) => {
    const i = WIZARD_STEPS.indexOf(step.value) + by
    if (i >= 0 && i < WIZARD_STEPS.length) step.value = WIZARD_STEPS[i]!
  }

  async function checkDestination(): Promise<void> {
    const mine = generation
    const typed = memberDetails.value
    const party = await call('payments.checkDestination', {
      member: { by: choices.memberBy, value: choices.memberValue },
      accountNumber: choices.accountNumber,
    })
    if (mine === generation) checked.value = { party, for: typed }
  }

  /** Sends a code bound to the draft on screen (a new operation, so a new idempotency key). */
  async function requestCode(): Promise<void> {
    const d = draft.value
    if (!d) return
    const mine = generation
    const challenge = isAchDraft(d) ? await call('ach.authorize', d) : await call('payments.authorize', d)
    if (mine === generation)
      authorization.value = {
        challenge,
        draft: d,
        key: crypto.randomUUID(),
        sent: ++sends,
        sentAt: Date.now(),
      }
  }

  async function resend(): Promise<void> {
    const a = authorization.value
    if (!a) return
    const mine = generation
    const input = { challengeId: a.challenge.challengeId }
    const challenge = isAchDraft(a.draft)
      ? await call('ach.resend', input)
      : await call('payments.resend', input)
    if (mine === generation) authorization.value = { ...a, challenge, sent: ++sends, sentAt: Date.now() }
  }

  /** After a wrong code, the tries left the API stated. */
  function spendTry(attemptsLeft: number): void {
    const a = authorization.value
    if (a) authorization.value = { ...a, challenge: { ...a.challenge, attemptsLeft } }
  }

  function settle(result: TransferOutcome): void {
    outcome.value = result
    if (result.status !== 'completed') return
    // The money moved: balances shown elsewhere are stale, and this code is spent.
    authorization.value = null
    useMemberStore().reset()
    useProductsStore().reset()
    void accounts.run()
    if (achOptions.status.value !== 'idle') void achOptions.run()
  }

  /** "Confirmar": the operation with its code and key. Refusals throw (nothing moved); the rest is an outcome. */
  async function confirm(code: string): Promise<TransferOutcome | null> {
    const a = authorization.value
    if (!a) return null
    const mine = generation
    const auth = { challengeId: a.challenge.challengeId, code, idempotencyKey: a.key }
    const d = a.draft
    const result = isAchDraft(d)
      ? await call('ach.transfer', { ...d, ...auth })
      : await call('payments.transfer', { ...d, ...auth })
    if (mine !== generation) return null
    settle(result)
    return result
  }

  /** Asks main again what became of an operation being confirmed (by its key). */
  async function recheck(): Promise<void> {
    const current = outcome.value
    if (!current || current.status !== 'pending') return
    const mine = generation
    const input = { idempotencyKey: current.idempotencyKey }
    const result =
      choices.kind === 'bank' ? await call('ach.confirm', input) : await call('payments.confirm', input)
    if (mine === generation) settle(result)
  }

  /** "Intentar de nuevo" after a transfer that was not applied: the same operation, key and code request. */
  function retry(): void {
    outcome.value = null
  }

  /** Everything forgotten: a cancelled transfer, another one, or the end of the visit. */
  function reset(): void {
    generation++
    Object.assign(choices, emptyChoices())
    step.value = 'kind'
    checked.value = null
    authorization.value = null
    outcome.value = null
    autoPrinted.value = null
    accounts.clear()
    achOptions.clear()
  }

  return {
    accounts,
    achOptions,
    limits,
    bankName,
    ensureAchOptions,
    choices,
    step,
    currency,
    origin,
    ownDestination,
    checkedParty,
    draft,
    authorization,
    codeMatches,
    outcome,
    autoPrinted,
    ensureAccounts,
    go,
    move,
    checkDestination,
    requestCode,
    resend,
    spendTry,
    confirm,
    recheck,
    retry,
    reset,
  }
})
