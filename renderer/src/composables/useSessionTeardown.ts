import { inject, type InjectionKey } from 'vue'
import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import type { IpcEventPayload } from '@shared/ipc/contract'
import { call } from '@/bridge'
import { wipeAllSecretBuffers } from '@/keyboard/secret-buffer'
import { resetMemberStores } from '@/stores/reset'

/** Why a session ended: the member's choice, local inactivity, or main's `session.ended` reasons. */
export type EndReason = 'timeout' | IpcEventPayload<'session.ended'>['reason']
export const END_REASONS: readonly EndReason[] = ['logout', 'timeout', 'expired', 'revoked']

/** Notices the welcome screen can show after an abandoned sign-in. */
export type WelcomeNotice = 'not-my-image' | 'timeout'

export interface TeardownDeps {
  router: Router
  pinia: Pinia
  /** Back to the kiosk's configured language, for the next member. */
  resetLanguage: () => void
}

export interface SessionTeardown {
  /** Signs out in main (errors ignored), clears every trace of the member, shows goodbye. */
  endSession(reason: EndReason): Promise<void>
  /** Before sign-in: forgets what was typed and returns to welcome. */
  abandonSignIn(notice?: WelcomeNotice): Promise<void>
  resetLanguage(): void
}

/** Everything the renderer may hold about a member: typed secrets, Pinia, web storage. */
export function clearMemberState(pinia: Pinia): void {
  wipeAllSecretBuffers()
  resetMemberStores(pinia)
  try {
    sessionStorage.clear()
    localStorage.clear()
  } catch {
    // Storage can be disabled (opaque origins); then there is nothing in it either.
  }
}

export function createSessionTeardown(deps: TeardownDeps): SessionTeardown {
  let ending: Promise<void> | null = null

  function endSession(reason: EndReason): Promise<void> {
    // Timeout, "Salida segura" and the session.ended event can race: the first one wins.
    ending ??= (async () => {
      const logout = call('auth.logout', {}).catch(() => undefined)
      clearMemberState(deps.pinia)
      await deps.router.replace({ name: 'goodbye', query: { reason } })
      await logout
    })().finally(() => {
      ending = null
    })
    return ending
  }

  async function abandonSignIn(notice?: WelcomeNotice): Promise<void> {
    clearMemberState(deps.pinia)
    if (notice === 'timeout') deps.resetLanguage()
    await deps.router.replace({ name: 'welcome', query: notice ? { notice } : {} })
  }

  return { endSession, abandonSignIn, resetLanguage: deps.resetLanguage }
}

export const SESSION_TEARDOWN: InjectionKey<SessionTeardown> = Symbol('session-teardown')

/** The app's one teardown (provided in main.ts), shared so concurrent triggers are deduplicated. */
export function useSessionTeardown(): SessionTeardown {
  const teardown = inject(SESSION_TEARDOWN)
  if (!teardown) throw new Error('session teardown not provided')
  return teardown
}
