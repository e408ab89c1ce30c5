import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { CredentialStatus } from '@shared/api/credentials'
import type { IpcError } from '@shared/ipc/errors'
import { call, toIpcError } from '@/bridge'
import { useSessionStore } from '@/stores/session'

/** The signed-in member's credentials as user options show them (username, image, contract, services). */
export const useCredentialStatusStore = defineStore('credentials-status', () => {
  const status = shallowRef<CredentialStatus | null>(null)
  const loading = ref(false)
  const error = shallowRef<IpcError | null>(null)
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const result = await call('credentials.status', {})
      if (mine !== generation) return
      status.value = result
      useSessionStore().setPendingSetup(result.pendingSetup)
    } catch (e) {
      if (mine === generation) error.value = toIpcError(e)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function reset(): void {
    generation++
    status.value = null
    loading.value = false
    error.value = null
  }

  return { status, loading, error, load, reset }
})
