import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { TellerActionRequest, TellerMember } from '@shared/api/teller'
import type { Language } from '@shared/config/kiosk-config'
import type { IpcOutput } from '@shared/ipc/contract'
import { call } from '@/bridge'

export type ActionOutcome = IpcOutput<'teller.act'>

/** The member at the desk and the last action's outcome. Cleared on sign-out and idle lock. */
export const useDeskStore = defineStore('teller-desk', () => {
  const member = shallowRef<TellerMember | null>(null)
  const outcome = shallowRef<ActionOutcome | null>(null)

  async function lookup(idNumber: string): Promise<void> {
    outcome.value = null
    member.value = null
    member.value = await call('teller.lookup', { idNumber })
  }

  async function act(request: TellerActionRequest, language: Language): Promise<ActionOutcome> {
    const done = await call('teller.act', { request, language })
    member.value = done.member
    outcome.value = done
    return done
  }

  async function printSlipAgain(): Promise<void> {
    const slip = await call('teller.printSlipAgain', {})
    if (outcome.value) outcome.value = { ...outcome.value, slip }
  }

  function reset(): void {
    member.value = null
    outcome.value = null
  }

  return { member, outcome, lookup, act, printSlipAgain, reset }
})
