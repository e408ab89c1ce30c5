import { describe, expect, it } from 'vitest'
import { evaluateCode, evaluateResend, OTP_MAX_ATTEMPTS, OTP_MAX_SENDS } from './otp-rules'

const T0 = 1_700_000_000_000
const fresh = { expiresAt: T0 + 300_000, attempts: 0, closedAt: null }

describe('one-time code: expiry', () => {
  it('accepts the right code until the last millisecond before expiry, and nothing from then on', () => {
    expect(evaluateCode(fresh, T0, true)).toEqual({ kind: 'accepted' })
    expect(evaluateCode(fresh, T0 + 299_999, true)).toEqual({ kind: 'accepted' })
    expect(evaluateCode(fresh, T0 + 300_000, true)).toEqual({ kind: 'expired' })
    expect(evaluateCode(fresh, T0 + 300_000, false)).toEqual({ kind: 'expired' })
  })

  it('is single-use: a closed code is refused even when right', () => {
    expect(evaluateCode({ ...fresh, closedAt: T0 }, T0 + 1, true)).toEqual({ kind: 'expired' })
  })
})

describe('one-time code: attempt limit', () => {
  it('counts wrong codes down to zero, then refuses even the right one', () => {
    let state = { ...fresh }
    const left: number[] = []
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i++) {
      const outcome = evaluateCode(state, T0, false)
      if (outcome.kind !== 'wrong') throw new Error(`unexpected ${outcome.kind}`)
      left.push(outcome.attemptsLeft)
      state = { ...state, attempts: outcome.attempts }
    }
    expect(left).toEqual([2, 1, 0])
    expect(evaluateCode(state, T0, true)).toEqual({ kind: 'expired' })
  })

  it('accepts the right code on the last try', () => {
    expect(evaluateCode({ ...fresh, attempts: OTP_MAX_ATTEMPTS - 1 }, T0, true)).toEqual({ kind: 'accepted' })
  })
})

describe('one-time code: resend', () => {
  const sent = { sends: 1, lastSentAt: T0, closedAt: null }
  it('waits for the cooldown and says how long, rounding up', () => {
    expect(evaluateResend(sent, T0 + 1, 30)).toEqual({ kind: 'wait', retryAfterSeconds: 30 })
    expect(evaluateResend(sent, T0 + 29_001, 30)).toEqual({ kind: 'wait', retryAfterSeconds: 1 })
    expect(evaluateResend(sent, T0 + 30_000, 30)).toEqual({ kind: 'allowed' })
  })
  it('stops after the last allowed send, and for a closed enrollment', () => {
    expect(evaluateResend({ ...sent, sends: OTP_MAX_SENDS }, T0 + 60_000, 30)).toEqual({ kind: 'exhausted' })
    expect(evaluateResend({ ...sent, closedAt: T0 }, T0 + 60_000, 30)).toEqual({ kind: 'exhausted' })
  })
})
