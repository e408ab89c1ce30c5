import { describe, expect, it } from 'vitest'
import { createCrashLoopGuard } from './crash-loop-guard'

describe('createCrashLoopGuard', () => {
  it('trips on the fourth failure within a minute', () => {
    let t = 0
    const guard = createCrashLoopGuard({ now: () => t })
    expect([guard.record(), guard.record(), guard.record()]).toEqual([false, false, false])
    t = 59_000
    expect(guard.record()).toBe(true)
  })

  it('forgets failures older than the window', () => {
    let t = 0
    const guard = createCrashLoopGuard({ now: () => t })
    guard.record()
    guard.record()
    guard.record()
    t = 60_000
    expect(guard.record()).toBe(false)
  })
})
