import type { Clock } from '../../../electron/services/session-timer'
import type { TestClock } from '../../../sandbox/testing/harness'

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
  const date = () => new Date(t)
  const advance = (ms: number) => {
    t += ms
    for (const timer of timers) {
      if (!timer.done && timer.at <= t) {
        timer.done = true
        timer.fn()
      }
    }
  }
  /** The same time seen by a test sandbox, so both sides share one clock. */
  const sandboxClock: TestClock = { now: date, advance: (s) => advance(s * 1000) }
  return {
    clock,
    /** For the sandbox's `now` option, so both sides share one time. */
    date,
    advance,
    sandboxClock,
    pending: () => timers.filter((x) => !x.done).map((x) => x.at - t),
  }
}
