import { effectScope, ref } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatCountdown, useIdleTimer } from './useIdleTimer'

function setup(idleSeconds = 60, warningSeconds = 10) {
  const target = new EventTarget()
  const onTimeout = vi.fn()
  const onActivity = vi.fn()
  const scope = effectScope()
  const timer = scope.run(() => useIdleTimer({ idleSeconds, warningSeconds, onTimeout, onActivity, target }))!
  const activity = (type = 'pointerdown') => target.dispatchEvent(new Event(type))
  return { timer, onTimeout, onActivity, activity, scope }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useIdleTimer', () => {
  it('counts down and raises the warning at idle − warning seconds', () => {
    const { timer } = setup()
    timer.start()
    vi.advanceTimersByTime(49_000)
    expect(timer.remainingSeconds.value).toBe(11)
    expect(timer.warning.value).toBe(false)
    vi.advanceTimersByTime(1_000)
    expect(timer.remainingSeconds.value).toBe(10)
    expect(timer.warning.value).toBe(true)
  })

  it('restarts on member activity before the warning (pointer, key, touch)', () => {
    const { timer, activity, onActivity } = setup()
    timer.start()
    for (const type of ['pointerdown', 'keydown', 'touchstart']) {
      vi.advanceTimersByTime(40_000)
      activity(type)
      expect(timer.remainingSeconds.value).toBe(60)
    }
    expect(onActivity).toHaveBeenCalledTimes(3)
    vi.advanceTimersByTime(45_000)
    expect(timer.warning.value).toBe(false)
  })

  it('ignores activity while the warning shows: only an explicit extend restarts', () => {
    const { timer, activity, onTimeout } = setup()
    timer.start()
    vi.advanceTimersByTime(55_000)
    expect(timer.warning.value).toBe(true)
    activity()
    expect(timer.warning.value).toBe(true)
    timer.restart()
    expect(timer.warning.value).toBe(false)
    expect(timer.remainingSeconds.value).toBe(60)
    vi.advanceTimersByTime(59_000)
    expect(onTimeout).not.toHaveBeenCalled()
  })

  it('calls onTimeout once at the end and stops listening', () => {
    const { timer, onTimeout, activity, onActivity } = setup()
    timer.start()
    vi.advanceTimersByTime(60_000)
    expect(onTimeout).toHaveBeenCalledTimes(1)
    expect(timer.running.value).toBe(false)
    expect(timer.remainingSeconds.value).toBe(0)
    activity()
    vi.advanceTimersByTime(120_000)
    expect(onTimeout).toHaveBeenCalledTimes(1)
    expect(onActivity).not.toHaveBeenCalled()
  })

  it('follows the configured seconds when they change', () => {
    const idle = ref(30)
    const onTimeout = vi.fn()
    const scope = effectScope()
    const timer = scope.run(() =>
      useIdleTimer({ idleSeconds: idle, warningSeconds: 5, onTimeout, target: new EventTarget() }),
    )!
    idle.value = 20
    timer.start()
    vi.advanceTimersByTime(20_000)
    expect(onTimeout).toHaveBeenCalledTimes(1)
    scope.stop()
  })

  it('stops when its scope is disposed', () => {
    const { timer, onTimeout, scope } = setup()
    timer.start()
    scope.stop()
    vi.advanceTimersByTime(120_000)
    expect(onTimeout).not.toHaveBeenCalled()
  })

  it('formats m:ss like the seed portals', () => {
    expect(formatCountdown(289)).toBe('4:49')
    expect(formatCountdown(60)).toBe('1:00')
    expect(formatCountdown(9)).toBe('0:09')
    expect(formatCountdown(-3)).toBe('0:00')
  })
})
