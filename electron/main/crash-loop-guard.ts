export interface CrashLoopGuard {
  /** Records one failure; true when there were more than `limit` within `windowMs`. */
  record(): boolean
}

/** Remembers recent renderer failures, so that a page that keeps crashing is not reloaded forever. */
export function createCrashLoopGuard({
  limit = 3,
  windowMs = 60_000,
  now = Date.now,
}: { limit?: number; windowMs?: number; now?: () => number } = {}): CrashLoopGuard {
  let recent: number[] = []
  return {
    record() {
      const t = now()
      recent = [...recent.filter((at) => t - at < windowMs), t]
      return recent.length > limit
    },
  }
}
