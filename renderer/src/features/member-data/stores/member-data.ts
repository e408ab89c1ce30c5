import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type {
  ContactChangeChallenge,
  ContactChangeRequest,
  WithdrawalDraft,
  WithdrawalRequest,
} from '@shared/api/member-data'
import { call } from '@/bridge'
import { useRemote } from '@/composables/useRemote'
import { useProductsStore } from '@/features/products'

/** A change whose codes were sent, and when (the countdown starts from it). */
interface PendingChange {
  request: ContactChangeRequest
  challenge: ContactChangeChallenge
  sentAt: number
}

/**
 * The member's own data: profile, the contact change in progress, withdrawals and activity.
 * Member-scoped: `reset()` forgets it all at the end of the visit.
 */
export const useMemberDataStore = defineStore('member-data', () => {
  const profile = useRemote(() => call('memberData.profile', {}))
  const withdrawals = useRemote(() => call('memberData.withdrawals', {}))
  const activity = useRemote(() => call('memberData.activity', {}))
  const change = shallowRef<PendingChange | null>(null)
  /** The last outcome, told on the profile screen. */
  const changeNotice = shallowRef<'applied' | 'pending' | null>(null)
  const lastRequest = shallowRef<{ kind: 'requested' | 'cancelled'; request: WithdrawalRequest } | null>(null)
  let generation = 0

  async function startChange(request: ContactChangeRequest): Promise<void> {
    const mine = generation
    const challenge = await call('memberData.startChange', request)
    if (mine === generation) change.value = { request, challenge, sentAt: Date.now() }
  }

  /** Both codes; a refusal throws and the change stays open for another try. */
  async function confirmChange(confirmCode: string, proveCode: string | undefined): Promise<void> {
    const c = change.value
    if (!c) return
    const result = await call('memberData.confirmChange', {
      changeId: c.challenge.changeId,
      confirmCode,
      ...(proveCode ? { proveCode } : {}),
    })
    change.value = null
    changeNotice.value = result.change.status === 'applied' ? 'applied' : 'pending'
    profile.data.value = result.profile
  }

  function spendTry(attemptsLeft: number): void {
    const c = change.value
    if (c) change.value = { ...c, challenge: { ...c.challenge, attemptsLeft } }
  }

  function discardChange(): void {
    generation++
    change.value = null
  }

  /** One key per request the member makes; a retry of the same tap reuses it (the API answers it again). */
  /** "Mis Aportes" shows whether a withdrawal is requested: its kept tab is read again next time. */
  function contributionsChanged(): void {
    useProductsStore().tabs.contribution.clear()
  }

  async function requestWithdrawal(
    draft: WithdrawalDraft,
    idempotencyKey: string,
  ): Promise<WithdrawalRequest> {
    const request = await call('memberData.requestWithdrawal', { ...draft, idempotencyKey })
    lastRequest.value = { kind: 'requested', request }
    contributionsChanged()
    await withdrawals.run()
    return request
  }

  async function cancelWithdrawal(requestNumber: string): Promise<void> {
    const request = await call('memberData.cancelWithdrawal', { requestNumber })
    lastRequest.value = { kind: 'cancelled', request }
    contributionsChanged()
    await withdrawals.run()
  }

  function reset(): void {
    discardChange()
    changeNotice.value = null
    lastRequest.value = null
    profile.clear()
    withdrawals.clear()
    activity.clear()
  }

  return {
    profile,
    withdrawals,
    activity,
    change,
    changeNotice,
    lastRequest,
    startChange,
    confirmChange,
    spendTry,
    discardChange,
    requestWithdrawal,
    cancelWithdrawal,
    reset,
  }
})
