export type WindowDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Sliding-window log in memory: each key keeps the times of its recent hits. A hit is recorded only when
 * every limit it is checked against allows it, so a refused client does not extend its own wait.
 * (In memory on purpose: a restart forgets, like a core's front proxy would; the lockout of wrong
 * passwords is the durable guard and lives in SQLite.)
 */
export function createSlidingWindow(now: () => Date) {
  const hits = new Map<string, number[]>()
  let lastSweep = 0

  function recent(key: string, windowMs: number, t: number): number[] {
    const list = (hits.get(key) ?? []).filter((at) => at > t - windowMs)
    if (list.length > 0) hits.set(key, list)
    else hits.delete(key)
    return list
  }

  /** Drops keys idle for a whole window, at most once a window, so memory stays bounded. */
  function sweep(windowMs: number, t: number): void {
    if (t - lastSweep < windowMs) return
    lastSweep = t
    for (const key of [...hits.keys()]) recent(key, windowMs, t)
  }

  return {
    /** Checks every (key, limit) pair; records the hit on all of them only if all allow it. */
    hit(checks: readonly { key: string; limit: number }[], windowSeconds: number): WindowDecision {
      const t = now().getTime()
      const windowMs = windowSeconds * 1000
      sweep(windowMs, t)
      let waitMs = 0
      for (const { key, limit } of checks) {
        const list = recent(key, windowMs, t)
        if (list.length >= limit) waitMs = Math.max(waitMs, list[list.length - limit]! + windowMs - t)
      }
      if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
      for (const { key } of checks) hits.set(key, [...(hits.get(key) ?? []), t])
      return { allowed: true }
    },
  }
}
export type SlidingWindow = ReturnType<typeof createSlidingWindow>
