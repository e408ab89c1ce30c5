import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { StaffProfile } from '@shared/api/staff'
import { call } from '@/bridge'

/**
 * The staff member signed in (teller mode, maintenance), apart from any member's session: who, with
 * which roles, at which terminal. The staff token itself stays in main.
 */
export const useStaffStore = defineStore('staff', () => {
  const profile = shallowRef<StaffProfile | null>(null)
  const active = computed(() => profile.value !== null)
  const hasRole = (role: StaffProfile['roles'][number]) => profile.value?.roles.includes(role) ?? false

  async function signIn(username: string, password: string): Promise<void> {
    profile.value = await call('staff.signIn', { username, password })
  }
  /** Moves the API's idle expiry on (staff activity); a lost session ends here too. */
  async function refresh(): Promise<void> {
    try {
      profile.value = await call('staff.me', {})
    } catch (e) {
      profile.value = null
      throw e
    }
  }
  async function signOut(): Promise<void> {
    profile.value = null
    await call('staff.signOut', {}).catch(() => undefined)
  }
  function reset(): void {
    profile.value = null
  }
  return { profile, active, hasRole, signIn, refresh, signOut, reset }
})
