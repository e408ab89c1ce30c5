/** Time as the services see it; tests inject a fake one. */
export interface Clock {
  now(): number
  /** Runs fn after ms; returns a function that cancels it. */
  schedule(fn: () => void, ms: number): () => void
}

// setTimeout overflows past ~24.8 days and fires at once; sessions are minutes, but clamp anyway.
const MAX_TIMER_MS = 2 ** 31 - 1

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(fn, ms) {
    const t = setTimeout(fn, Math.min(Math.max(ms, 0), MAX_TIMER_MS))
    // A pending session expiry must not keep the process alive on shutdown.
    t.unref()
    return () => clearTimeout(t)
  },
}
