import type { Clock } from '../../../electron/services/session-timer'

/** A Clock whose time and timers move only when the test says so. */
export function manualClock(start = Date.parse('2026-03-15T12:00:00.000Z')) {
  let t = start
  const timers: { at: number; fn: () => void; done: boolean }[] = []
  const clock: Clock = {
    now: () => t,
    schedule(fn, ms) {
      const timer = { at: t + ms, fn, done: false }
      timers.push(timer)
      return () => void (timer.done = true)
    },
  }
  return {
    clock,
    /** For the sandbox's `now` option, so both sides share one time. */
    date: () => new Date(t),
    advance(ms: number) {
      t += ms
      for (const timer of timers) {
        if (!timer.done && timer.at <= t) {
          timer.done = true
          timer.fn()
        }
      }
    },
    pending: () => timers.filter((x) => !x.done).map((x) => x.at - t),
  }
}
