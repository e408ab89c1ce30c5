import { describe, expect, it } from 'vitest'
import { PASSWORD_POLICY_PRESETS } from '../../shared/config/password-policy'
import { generateOtp, generateTemporaryKey, sameDigest, secretDigest } from './one-time-secret'

// The shuffled keyboard's letter and digit keys (renderer/src/keyboard/layout.ts), shown in lower case.
const KEYBOARD_KEYS = new Set([...'abcdefghijklmnñopqrstuvwxyz0123456789'])

describe('temporary keys', () => {
  for (const [name, policy] of Object.entries({
    ...PASSWORD_POLICY_PRESETS,
    withSymbol: { ...PASSWORD_POLICY_PRESETS.seed004, requireSymbol: true },
  })) {
    it(`fit the ${name} policy's field and are capitals and digits only, easy to read and type`, () => {
      const keys = new Set<string>()
      for (let i = 0; i < 300; i++) {
        const key = generateTemporaryKey(policy)
        keys.add(key)
        expect(key.length, key).toBeLessThanOrEqual(policy.maxLength)
        expect(key.length, key).toBeGreaterThanOrEqual(8)
        // One key each on the shuffled keyboard (in lower case there; Mayúscula once per letter).
        for (const ch of key)
          expect(KEYBOARD_KEYS.has(ch.toLocaleLowerCase('es')), `${key}: ${ch}`).toBe(true)
        expect(key).toMatch(/^[A-HJ-NP-Z2-9]+$/)
        expect(key).toMatch(/[A-Z]/)
        expect(key).toMatch(/[0-9]/)
      }
      expect(keys.size).toBe(300)
    })
  }

  it('fit the seed 000 maximum of 8 and prefer 10 characters elsewhere', () => {
    expect(generateTemporaryKey(PASSWORD_POLICY_PRESETS.seed000)).toHaveLength(8)
    expect(generateTemporaryKey(PASSWORD_POLICY_PRESETS.seed004)).toHaveLength(10)
  })
})

describe('one-time codes', () => {
  it('are six digits, leading zeros kept, and spread over the range', () => {
    const codes = Array.from({ length: 2000 }, generateOtp)
    for (const c of codes) expect(c).toMatch(/^\d{6}$/)
    expect(new Set(codes).size).toBeGreaterThan(1990)
  })
})

describe('secret digests', () => {
  it('depend on the server secret and the purpose, and compare in constant time', () => {
    const a = secretDigest('s'.repeat(16), 'temporary-key', 'Ab3xYz9Q')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(sameDigest(a, secretDigest('s'.repeat(16), 'temporary-key', 'Ab3xYz9Q'))).toBe(true)
    expect(sameDigest(a, secretDigest('t'.repeat(16), 'temporary-key', 'Ab3xYz9Q'))).toBe(false)
    expect(sameDigest(a, secretDigest('s'.repeat(16), 'enrollment-code', 'Ab3xYz9Q'))).toBe(false)
    expect(sameDigest(a, 'zz')).toBe(false)
  })
})
