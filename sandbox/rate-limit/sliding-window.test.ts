import { describe, expect, it } from 'vitest'
import { createSlidingWindow } from './sliding-window'

function clock() {
  let t = 1_000_000
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) }
}

describe('sliding window', () => {
  it('allows up to the limit in any window, then says when the oldest hit leaves it', () => {
    const c = clock()
    const w = createSlidingWindow(c.now)
    const check = [{ key: 'id:a', limit: 3 }]
    expect(w.hit(check, 60).allowed).toBe(true)
    c.advance(10_000)
    expect(w.hit(check, 60).allowed).toBe(true)
    expect(w.hit(check, 60).allowed).toBe(true)
    expect(w.hit(check, 60)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    c.advance(50_000) // the first hit is now 60 s old: out of the window
    expect(w.hit(check, 60).allowed).toBe(true)
    expect(w.hit(check, 60)).toEqual({ allowed: false, retryAfterSeconds: 10 })
  })

  it('records nothing when any limit refuses, and keys are independent', () => {
    const c = clock()
    const w = createSlidingWindow(c.now)
    expect(w.hit([{ key: 'kiosk:1', limit: 1 }], 60).allowed).toBe(true)
    // The ID would allow, the kiosk refuses: the ID's count stays untouched.
    expect(
      w.hit(
        [
          { key: 'id:a', limit: 1 },
          { key: 'kiosk:1', limit: 1 },
        ],
        60,
      ).allowed,
    ).toBe(false)
    expect(w.hit([{ key: 'id:a', limit: 1 }], 60).allowed).toBe(true)
    expect(w.hit([{ key: 'id:b', limit: 1 }], 60).allowed).toBe(true)
  })
})
