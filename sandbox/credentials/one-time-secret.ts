import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { PASSWORD_SYMBOLS, type PasswordPolicy } from '../../shared/config/password-policy'

/**
 * Temporary keys and one-time codes are random, short-lived and single-use, so a keyed hash is enough to
 * store them: HMAC(server secret, purpose + value). A copied data file alone cannot be brute-forced (the
 * secret is needed), and checking costs no scrypt, so it takes the same time for members and strangers.
 */
export function secretDigest(secret: string, purpose: 'temporary-key' | 'enrollment-code', value: string) {
  return createHmac('sha256', secret).update(`${purpose}:${value}`, 'utf8').digest('hex')
}

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && timingSafeEqual(x, y)
}

// Letters and digits that cannot be misread on a phone screen (no I/l/1, O/0) and that the kiosk's
// keyboard types (no ñ: some phones cannot show it).
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOWER = 'abcdefghijkmnpqrstuvwxyz'
const DIGITS = '23456789'
// "." is left out: messages end sentences with it.
const SYMBOLS = PASSWORD_SYMBOLS.filter((s) => s !== '.').join('')

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!

/** Preferred length of a temporary key, moved inside the policy's bounds (seed 001's example has 8). */
const PREFERRED_LENGTH = 10

/**
 * A temporary key (seed 001: "5uqZ7zkp") that satisfies the cooperative's policy, so the forced change is
 * the only thing asked of the member, and that can be typed on the kiosk's shuffled keyboard.
 */
export function generateTemporaryKey(policy: PasswordPolicy): string {
  const length = Math.min(policy.maxLength, Math.max(policy.minLength, PREFERRED_LENGTH))
  // One of each class a policy may require, then any allowed character.
  const required = [pick(UPPER), pick(LOWER), pick(DIGITS), ...(policy.requireSymbol ? [pick(SYMBOLS)] : [])]
  const all = UPPER + LOWER + DIGITS
  const chars = [...required]
  while (chars.length < length) chars.push(pick(all))
  // Fisher–Yates with crypto randomness: the required classes do not sit at fixed positions.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
  }
  return chars.join('')
}

/** A 6-digit code, leading zeros included. */
export function generateOtp(): string {
  return String(randomInt(1_000_000)).padStart(6, '0')
}
