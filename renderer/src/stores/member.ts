import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { MemberSummary } from '@shared/api/member'
import type { IpcError } from '@shared/ipc/errors'
import { call, toIpcError } from '@/bridge'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** The signed-in member's header data and product balances (member.summary). */
export const useMemberStore = defineStore('member', () => {
  const summary = shallowRef<MemberSummary | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<IpcError | null>(null)
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    status.value = 'loading'
    error.value = null
    try {
      const result = await call('member.summary', {})
      if (mine !== generation) return
      summary.value = result
      status.value = 'ready'
    } catch (e) {
      if (mine !== generation) return
      error.value = toIpcError(e)
      status.value = 'error'
    }
  }

  function reset(): void {
    // A summary still in flight belongs to the session being torn down: bumping the generation drops it.
    generation++
    summary.value = null
    status.value = 'idle'
    error.value = null
  }

  return { summary, status, error, load, reset }
})
