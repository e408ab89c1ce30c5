import { computed, getCurrentScope, onScopeDispose, ref, toValue, type MaybeRefOrGetter } from 'vue'

export interface IdleTimerOptions {
  idleSeconds: MaybeRefOrGetter<number>
  /** The warning shows this many seconds before the end. */
  warningSeconds: MaybeRefOrGetter<number>
  onTimeout: () => void
  /** Called on member activity that restarted the countdown (e.g. to keep the server session alive). */
  onActivity?: () => void
  /** Where member activity is heard; defaults to `window`. */
  target?: EventTarget
  tickMs?: number
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const

/**
 * A countdown restarted by member activity. The deadline is a wall-clock time, so throttled timers in a
 * background tab cannot stretch the session. While the warning shows, activity alone does not restart it:
 * the member must choose (WCAG 2.2.1), and the press on "Continuar" must not dismiss the dialog before it lands.
 */
export function useIdleTimer(options: IdleTimerOptions) {
  const tickMs = options.tickMs ?? 250
  const remainingSeconds = ref(toValue(options.idleSeconds))
  const running = ref(false)
  const warning = computed(() => running.value && remainingSeconds.value <= toValue(options.warningSeconds))
  let deadline = 0
  let interval: ReturnType<typeof setInterval> | undefined

  function tick(): void {
    const leftMs = deadline - Date.now()
    remainingSeconds.value = Math.max(0, Math.ceil(leftMs / 1000))
    if (leftMs <= 0) {
      stop()
      options.onTimeout()
    }
  }

  function onActivity(): void {
    if (!running.value || warning.value) return
    restart()
    options.onActivity?.()
  }

  function listen(on: boolean): void {
    const target = options.target ?? window
    for (const type of ACTIVITY_EVENTS) {
      if (on) target.addEventListener(type, onActivity, { capture: true, passive: true })
      else target.removeEventListener(type, onActivity, { capture: true })
    }
  }

  /** Starts (or restarts) a full countdown. */
  function restart(): void {
    deadline = Date.now() + toValue(options.idleSeconds) * 1000
    remainingSeconds.value = toValue(options.idleSeconds)
    if (!running.value) {
      running.value = true
      listen(true)
      interval = setInterval(tick, tickMs)
    }
  }

  function stop(): void {
    if (!running.value) return
    running.value = false
    listen(false)
    clearInterval(interval)
    interval = undefined
  }

  if (getCurrentScope()) onScopeDispose(stop)

  return { remainingSeconds, running, warning, start: restart, restart, stop }
}

export type IdleTimer = ReturnType<typeof useIdleTimer>

/** m:ss, as in seed 000's "Tiempo restante sesión 4:49". */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
