import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const LAUNCH_COOKIE = 'kiosk_launch'

export interface LaunchToken {
  readonly value: string
  /** Constant-time check of a candidate (query parameter or cookie value). */
  matches(candidate: unknown): boolean
  /** Whether a Cookie header carries the launch cookie with this token. */
  inCookieHeader(header: string | undefined): boolean
  /** The Set-Cookie value that admits this browser for the rest of the run. */
  readonly setCookie: string
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * A secret known only to this process and the browser it launches, so other local users, programs
 * and web pages cannot drive the kiosk through its loopback port.
 */
export function createLaunchToken(): LaunchToken {
  const value = randomBytes(32).toString('base64url')
  const expected = digest(value)
  const matches = (candidate: unknown) =>
    typeof candidate === 'string' && candidate.length < 256 && timingSafeEqual(digest(candidate), expected)
  return {
    value,
    matches,
    inCookieHeader(header) {
      if (!header) return false
      return header.split(';').some((part) => {
        const eq = part.indexOf('=')
        return eq > 0 && part.slice(0, eq).trim() === LAUNCH_COOKIE && matches(part.slice(eq + 1).trim())
      })
    },
    setCookie: `${LAUNCH_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/`,
  }
}
