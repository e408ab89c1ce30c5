import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { PublicConfig } from '@shared/config/kiosk-config'
import type { IpcError } from '@shared/ipc/errors'
import { call, getBridge, toIpcError } from '@/bridge'

export const CONFIG_STORE_ID = 'config'

/** The kiosk's own configuration (cooperative, branch, session limits). Holds no member data. */
export const useConfigStore = defineStore(CONFIG_STORE_ID, () => {
  // Handed over with the page when the shell did so: then the first screen needs no round trip.
  const config = shallowRef<PublicConfig | null>(getBridge().bootConfig ?? null)
  const error = shallowRef<IpcError | null>(null)
  const loading = ref(false)
  let pending: Promise<void> | null = null

  /** Loads once; concurrent callers share the request. A failure can be retried by calling again. */
  function load(): Promise<void> {
    if (config.value) return Promise.resolve()
    pending ??= (async () => {
      loading.value = true
      error.value = null
      try {
        config.value = await call('config.get', {})
      } catch (e) {
        error.value = toIpcError(e)
      } finally {
        loading.value = false
        pending = null
      }
    })()
    return pending
  }

  function reset(): void {
    config.value = null
    error.value = null
    loading.value = false
  }

  return { config, error, loading, load, reset }
})
