import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { PasswordPolicy } from '../../shared/config/password-policy'

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

// Capitals and digits only, none that can be misread on a phone screen or a slip (no I/1, O/0), and no
// Ñ (some phones cannot show it). One case means no Mayúscula juggling on the shuffled keyboard, where
// mixed-case keys ("JXxs9JWf") were hard to type (issue 17, item 7).
export const TEMPORARY_KEY_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
export const TEMPORARY_KEY_DIGITS = '23456789'

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!

/** Preferred length; at least 8 wherever the policy's maximum allows (seed 000's maximum is 8). */
const PREFERRED_LENGTH = 10

/**
 * A temporary key, single-use and short-lived (seed 001: "5uqZ7zkp"). The cooperative's password policy
 * governs the personal password that replaces it at the first sign-in (credential-changes.ts checks that
 * one), so this key only has to fit the kiosk's password field: no longer than the policy's maximum.
 */
export function generateTemporaryKey(policy: PasswordPolicy): string {
  const length = Math.min(policy.maxLength, PREFERRED_LENGTH)
  // At least one letter and one digit, so a key never looks like a PIN or a word.
  const chars = [pick(TEMPORARY_KEY_LETTERS), pick(TEMPORARY_KEY_DIGITS)]
  const all = TEMPORARY_KEY_LETTERS + TEMPORARY_KEY_DIGITS
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
