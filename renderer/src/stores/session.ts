import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { IpcOutput } from '@shared/ipc/contract'
import { call } from '@/bridge'

/** Who is signed in, as far as the renderer needs to know. The API token itself stays in main. */
export const useSessionStore = defineStore('session', () => {
  const displayName = ref<string | null>(null)
  const mustChangePassword = ref(false)
  const expiresAt = ref<string | null>(null)
  const active = computed(() => displayName.value !== null)

  function start(login: IpcOutput<'auth.login'>): void {
    displayName.value = login.displayName
    mustChangePassword.value = login.mustChangePassword
    expiresAt.value = login.expiresAt
  }

  /** Extends the session in main; throws an IpcFailure (e.g. SESSION_EXPIRED) if it cannot. */
  async function keepAlive(): Promise<void> {
    const result = await call('session.keepAlive', {})
    if (active.value) expiresAt.value = result.expiresAt
  }

  function reset(): void {
    displayName.value = null
    mustChangePassword.value = false
    expiresAt.value = null
  }

  return { displayName, mustChangePassword, expiresAt, active, start, keepAlive, reset }
})
