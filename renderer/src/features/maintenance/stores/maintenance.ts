import { computed, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { MaintenanceProfile } from '@shared/ipc/services/maintenance'
import { call } from '@/bridge'

/**
 * Who is signed in for maintenance, as main told it (main holds the session and its token). Cleared
 * with every other store on any teardown, so leaving maintenance leaves nothing behind.
 */
export const useMaintenanceStore = defineStore('maintenance', () => {
  const profile = shallowRef<MaintenanceProfile | null>(null)
  const active = computed(() => profile.value !== null)

  async function signIn(username: string, password: string): Promise<void> {
    profile.value = await call('maintenance.signIn', { username, password })
  }

  /** Ends the session in main; locally it is over in any case. */
  async function signOut(): Promise<void> {
    profile.value = null
    await call('maintenance.signOut', {}).catch(() => undefined)
  }

  function reset(): void {
    profile.value = null
  }

  return { profile, active, signIn, signOut, reset }
})
