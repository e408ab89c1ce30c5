import { describe, expect, it } from 'vitest'
import { SHIFT_LOCK_MS, useShift } from './shift'

function withClock() {
  let t = 1_000
  const shift = useShift(() => t)
  return { shift, wait: (ms: number) => void (t += ms) }
}

describe('useShift', () => {
  it('one tap capitalises one character', () => {
    const { shift } = withClock()
    shift.tap()
    expect([shift.state.value, shift.upper.value]).toEqual(['once', true])
    shift.typed()
    expect([shift.state.value, shift.upper.value]).toEqual(['off', false])
  })

  it(`two taps within ${SHIFT_LOCK_MS} ms lock it; characters keep it locked; a third tap frees it`, () => {
    const { shift, wait } = withClock()
    shift.tap()
    wait(SHIFT_LOCK_MS)
    shift.tap()
    expect(shift.state.value).toBe('locked')
    shift.typed()
    shift.typed()
    expect(shift.state.value).toBe('locked')
    shift.tap()
    expect(shift.state.value).toBe('off')
  })

  it('a slow second tap turns it off instead of locking', () => {
    const { shift, wait } = withClock()
    shift.tap()
    wait(SHIFT_LOCK_MS + 1)
    shift.tap()
    expect(shift.state.value).toBe('off')
  })

  it('a character between two taps breaks the pair: the second tap starts a new one-shot', () => {
    const { shift, wait } = withClock()
    shift.tap()
    shift.typed()
    wait(10)
    shift.tap()
    expect(shift.state.value).toBe('once')
    shift.reset()
    expect(shift.state.value).toBe('off')
  })
})
