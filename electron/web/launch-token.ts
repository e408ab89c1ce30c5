import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'kiosk_session'

/** What presenting a launch token gets: admission once, then a refusal that says the link is spent. */
export type Redemption = { kind: 'admitted'; setCookie: string } | { kind: 'spent' } | { kind: 'wrong' }

export interface LaunchToken {
  readonly value: string
  /** Constant-time check of a candidate; the first right one admits and consumes the token. */
  redeem(candidate: unknown): Redemption
  /** Whether a Cookie header carries the session secret of the admitted browser. */
  inCookieHeader(header: string | undefined): boolean
}

const digest = (s: string) => createHash('sha256').update(s).digest()
const secret = () => randomBytes(32).toString('base64url')
// Digests are compared, not strings: equal lengths for timingSafeEqual and no early exit on a prefix.
const same = (candidate: unknown, expected: Buffer) =>
  typeof candidate === 'string' && candidate.length < 256 && timingSafeEqual(digest(candidate), expected)

/**
 * A secret known only to this process and the browser it launches, so other local users, programs and
 * web pages cannot drive the kiosk through its loopback port. The token travels on the browser's command
 * line, which other local users can read, so it admits one browser only: the first request that presents
 * it gets a cookie with a fresh session secret (never the token) and the token is spent.
 */
export function createLaunchToken(): LaunchToken {
  const value = secret()
  const expected = digest(value)
  let session: Buffer | null = null

  return {
    value,
    redeem(candidate) {
      if (!same(candidate, expected)) return { kind: 'wrong' }
      if (session) return { kind: 'spent' }
      const cookie = secret()
      session = digest(cookie)
      return { kind: 'admitted', setCookie: `${SESSION_COOKIE}=${cookie}; HttpOnly; SameSite=Strict; Path=/` }
    },
    inCookieHeader(header) {
      if (!header || !session) return false
      const admitted = session
      return header.split(';').some((part) => {
        const eq = part.indexOf('=')
        return (
          eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE && same(part.slice(eq + 1).trim(), admitted)
        )
      })
    },
  }
}
