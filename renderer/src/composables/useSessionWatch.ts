import { computed, onBeforeUnmount, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import type { IpcError } from '@shared/ipc/errors'
import { onEvent, onIpcFailure } from '@/bridge'
import { phaseOf, type Phase } from '@/router'
import { useConfigStore } from '@/stores/config'
import { useSessionStore } from '@/stores/session'
import { useIdleTimer } from './useIdleTimer'
import { useSessionTeardown } from './useSessionTeardown'

const SESSION_LOST = new Set<IpcError['code']>(['SESSION_EXPIRED', 'NOT_AUTHENTICATED'])

/**
 * Everything that can end a visit, in one place: local inactivity (before and after sign-in), the
 * member's "Salida segura", main's `session.ended` event, and any call answered "session expired".
 * Activity while signed in also keeps main's session alive (throttled), so an active member is never cut off.
 */
export function useSessionWatch() {
  const route = useRoute()
  const config = useConfigStore()
  const session = useSessionStore()
  const teardown = useSessionTeardown()

  const phase = computed<Phase>(() => phaseOf(route.meta, session.active))
  const timed = computed(() => phase.value === 'prelogin' || phase.value === 'session')
  const idleSeconds = computed(() => config.config?.session.idleSeconds ?? 120)
  const warningSeconds = computed(() => config.config?.session.warningSeconds ?? 30)
  const extending = ref(false)
  let lastKeepAlive = 0

  function keepAlive(): Promise<void> {
    lastKeepAlive = Date.now()
    // Failures that mean "no session" end it through onIpcFailure; transient ones are not the member's problem.
    return session.keepAlive().catch(() => undefined)
  }

  const idle = useIdleTimer({
    idleSeconds,
    warningSeconds,
    onTimeout() {
      if (phase.value === 'session') void teardown.endSession('timeout')
      else void teardown.abandonSignIn('timeout')
    },
    onActivity() {
      const throttleMs = (idleSeconds.value * 1000) / 4
      if (session.active && Date.now() - lastKeepAlive >= throttleMs) void keepAlive()
    },
  })

  // Each new screen of the journey starts a full countdown; welcome and goodbye have none.
  watch(
    [() => route.name, timed],
    () => {
      if (timed.value) idle.restart()
      else idle.stop()
    },
    { immediate: true },
  )

  async function extend(): Promise<void> {
    idle.restart()
    if (!session.active) return
    extending.value = true
    try {
      await keepAlive()
    } finally {
      extending.value = false
    }
  }

  function exit(): void {
    if (session.active) void teardown.endSession('logout')
    else void teardown.abandonSignIn()
  }

  const offEvent = onEvent('session.ended', ({ reason }) => {
    if (session.active) void teardown.endSession(reason)
  })
  const offFailure = onIpcFailure((error) => {
    if (session.active && SESSION_LOST.has(error.code)) void teardown.endSession('expired')
  })
  onBeforeUnmount(() => {
    offEvent()
    offFailure()
  })

  return {
    phase,
    remainingSeconds: idle.remainingSeconds,
    warning: idle.warning,
    extending,
    extend,
    exit,
  }
}
