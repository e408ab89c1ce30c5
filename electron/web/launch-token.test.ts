import { describe, expect, it } from 'vitest'
import { createLaunchToken, SESSION_COOKIE, type Redemption } from './launch-token'

const cookieOf = (r: Redemption) => {
  if (r.kind !== 'admitted') throw new Error(`not admitted: ${r.kind}`)
  return r.setCookie.split(';')[0]!
}

describe('createLaunchToken', () => {
  it('admits once with a fresh session secret, never the token itself', () => {
    const launch = createLaunchToken()
    expect(launch.inCookieHeader(`${SESSION_COOKIE}=${launch.value}`)).toBe(false)
    const first = launch.redeem(launch.value)
    expect(first).toMatchObject({ kind: 'admitted' })
    const cookie = cookieOf(first)
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}$`))
    expect(cookie).not.toContain(launch.value)
    expect(first.kind === 'admitted' && first.setCookie).toBe(`${cookie}; HttpOnly; SameSite=Strict; Path=/`)
    expect(launch.inCookieHeader(`other=1; ${cookie}`)).toBe(true)
    expect(launch.inCookieHeader(`${SESSION_COOKIE}=${launch.value}`)).toBe(false)
  })

  it('refuses the token the second time, and wrong or odd candidates always', () => {
    const launch = createLaunchToken()
    expect(launch.redeem(`${launch.value}x`)).toEqual({ kind: 'wrong' })
    expect(launch.redeem([launch.value])).toEqual({ kind: 'wrong' })
    expect(launch.redeem('x'.repeat(300))).toEqual({ kind: 'wrong' })
    expect(launch.redeem(launch.value).kind).toBe('admitted')
    expect(launch.redeem(launch.value)).toEqual({ kind: 'spent' })
    expect(launch.redeem(`${launch.value}x`)).toEqual({ kind: 'wrong' })
  })

  it('gives every run its own token and secret', () => {
    const a = createLaunchToken()
    const b = createLaunchToken()
    expect(a.value).not.toBe(b.value)
    const cookieA = cookieOf(a.redeem(a.value))
    const cookieB = cookieOf(b.redeem(b.value))
    expect(cookieA).not.toBe(cookieB)
    expect(b.inCookieHeader(cookieA)).toBe(false)
    expect(a.inCookieHeader(cookieB)).toBe(false)
  })
})
