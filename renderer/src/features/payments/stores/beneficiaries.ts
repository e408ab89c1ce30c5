import { defineStore } from 'pinia'
import { computed, reactive, shallowRef } from 'vue'
import type { BeneficiaryChallenge, BeneficiaryDraft } from '@shared/api/beneficiaries'
import { call } from '@/bridge'
import { useRemote } from '@/composables/useRemote'

/** What the member types on the add form; the service and ID type have one choice each today. */
export interface BeneficiaryChoices {
  name: string
  idNumber: string
  accountNumber: string
}
const emptyChoices = (): BeneficiaryChoices => ({ name: '', idNumber: '', accountNumber: '' })

/** A code request and the beneficiary it authorises. */
interface Authorization {
  challenge: BeneficiaryChallenge
  draft: BeneficiaryDraft
  sent: number
  sentAt: number
}

/**
 * The member's beneficiaries: the list, the add form with its code, rename and delete. Member-scoped:
 * `reset()` forgets it all at the end of the visit.
 */
export const useBeneficiariesStore = defineStore('payments-beneficiaries', () => {
  const list = useRemote(() => call('beneficiaries.list', {}))
  const choices = reactive<BeneficiaryChoices>(emptyChoices())
  const authorization = shallowRef<Authorization | null>(null)
  /** The last change made, told on the list ("Beneficiario inscrito."). */
  const notice = shallowRef<'added' | 'saved' | 'removed' | null>(null)
  let generation = 0
  let sends = 0

  const draft = computed<BeneficiaryDraft>(() => ({
    service: 'member_transfer',
    idType: 'cedula',
    name: choices.name.trim(),
    idNumber: choices.idNumber,
    accountNumber: choices.accountNumber,
  }))

  const load = () => list.run()
  const find = (id: string) => list.data.value?.beneficiaries.find((b) => b.id === id) ?? null

  async function requestCode(): Promise<void> {
    const d = draft.value
    const mine = generation
    const challenge = await call('beneficiaries.authorize', d)
    if (mine === generation) authorization.value = { challenge, draft: d, sent: ++sends, sentAt: Date.now() }
  }

  async function resend(): Promise<void> {
    const a = authorization.value
    if (!a) return
    const mine = generation
    const challenge = await call('beneficiaries.resend', { challengeId: a.challenge.challengeId })
    if (mine === generation) authorization.value = { ...a, challenge, sent: ++sends, sentAt: Date.now() }
  }

  function spendTry(attemptsLeft: number): void {
    const a = authorization.value
    if (a) authorization.value = { ...a, challenge: { ...a.challenge, attemptsLeft } }
  }

  /** The draft the code was sent for, with the code: refusals throw (nothing added). */
  async function add(code: string): Promise<boolean> {
    const a = authorization.value
    if (!a) return false
    const mine = generation
    await call('beneficiaries.add', { ...a.draft, challengeId: a.challenge.challengeId, code })
    if (mine !== generation) return false
    authorization.value = null
    Object.assign(choices, emptyChoices())
    notice.value = 'added'
    await load()
    return true
  }

  async function rename(id: string, name: string): Promise<void> {
    await call('beneficiaries.edit', { id, name: name.trim() })
    notice.value = 'saved'
    await load()
  }

  async function remove(id: string): Promise<void> {
    await call('beneficiaries.remove', { id })
    notice.value = 'removed'
    await load()
  }

  /** "Cancelar" on the add form: the typed details and any code are dropped. */
  function discard(): void {
    generation++
    Object.assign(choices, emptyChoices())
    authorization.value = null
  }

  function reset(): void {
    discard()
    notice.value = null
    list.clear()
  }

  return {
    list,
    choices,
    draft,
    authorization,
    notice,
    load,
    find,
    requestCode,
    resend,
    spendTry,
    add,
    rename,
    remove,
    discard,
    reset,
  }
})
