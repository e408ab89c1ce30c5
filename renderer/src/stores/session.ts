import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { SetupStep } from '@shared/credentials/setup-steps'
import type { PreviousSignIn } from '@shared/api/auth'
import type { SignedIn } from '@shared/ipc/signed-in'
import { call } from '@/bridge'

/** Who is signed in, as far as the renderer needs to know. The API token itself stays in main. */
export const useSessionStore = defineStore('session', () => {
  const displayName = ref<string | null>(null)
  const mustChangePassword = ref(false)
  /** Setup steps the member must finish, in order, before reaching home (the API enforces the same). */
  const pendingSetup = ref<SetupStep[]>([])
  /** Setup steps finished in this session, for the closing "Su clave quedó cambiada". */
  const setupDone = ref<SetupStep[]>([])
  const expiresAt = ref<string | null>(null)
  /** "Última conexión" in the header: the sign-in before this one, as the API told it. */
  const previousSignIn = ref<PreviousSignIn>(null)
  const active = computed(() => displayName.value !== null)

  function start(signedIn: SignedIn): void {
    displayName.value = signedIn.displayName
    mustChangePassword.value = signedIn.mustChangePassword
    pendingSetup.value = [...signedIn.pendingSetup]
    setupDone.value = []
    expiresAt.value = signedIn.expiresAt
    previousSignIn.value = signedIn.previousSignIn
  }

  /** What is left after a setup step, as the API answered it. */
  function setPendingSetup(steps: readonly SetupStep[]): void {
    const finished = pendingSetup.value.filter((s) => !steps.includes(s) && !setupDone.value.includes(s))
    setupDone.value = [...setupDone.value, ...finished]
    pendingSetup.value = [...steps]
    if (!steps.includes('password')) mustChangePassword.value = false
  }

  /** Extends the session in main; throws an IpcFailure (e.g. SESSION_EXPIRED) if it cannot. */
  async function keepAlive(): Promise<void> {
    const result = await call('session.keepAlive', {})
    if (active.value) expiresAt.value = result.expiresAt
  }

  function reset(): void {
    displayName.value = null
    mustChangePassword.value = false
    pendingSetup.value = []
    setupDone.value = []
    expiresAt.value = null
    previousSignIn.value = null
  }

  return {
    displayName,
    mustChangePassword,
    pendingSetup,
    setupDone,
    expiresAt,
    previousSignIn,
    active,
    start,
    setPendingSetup,
    keepAlive,
    reset,
  }
})
