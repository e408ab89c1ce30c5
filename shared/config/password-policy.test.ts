import { describe, expect, it } from 'vitest'
import { PasswordPolicySchema } from './password-policy-schema'
import {
  checkPassword,
  PASSWORD_POLICY_PRESETS,
  PASSWORD_SYMBOLS,
  passwordSatisfies,
  type PasswordPolicy,
} from './password-policy'

const { seed000, seed004 } = PASSWORD_POLICY_PRESETS
const failed = (password: string, policy: PasswordPolicy) =>
  checkPassword(password, policy)
    .filter((c) => !c.ok)
    .map((c) => c.rule)

describe('password policy presets', () => {
  it('seed 000: 4 to 8 characters with an upper-case letter, a lower-case letter and a digit', () => {
    expect(checkPassword('Ab1x', seed000).map((c) => c.rule)).toEqual([
      'minLength',
      'maxLength',
      'upper',
      'lower',
      'digit',
    ])
    for (const ok of ['Ab1x', 'Coop2024', 'Rosa*99', 'aB3']) {
      if (ok.length < 4) continue
      expect(passwordSatisfies(ok, seed000), ok).toBe(true)
    }
    expect(failed('Ab1', seed000)).toEqual(['minLength'])
    expect(failed('Abcdef123', seed000)).toEqual(['maxLength'])
    expect(failed('abcd12', seed000)).toEqual(['upper'])
    expect(failed('ABCD12', seed000)).toEqual(['lower'])
    expect(failed('Abcdefg', seed000)).toEqual(['digit'])
    expect(failed('', seed000)).toEqual(['minLength', 'upper', 'lower', 'digit'])
  })

  it('seed 004: at least 8 characters with an upper-case letter and a digit; lower case optional', () => {
    expect(checkPassword('x', seed004).map((c) => c.rule)).toEqual([
      'minLength',
      'maxLength',
      'upper',
      'digit',
    ])
    expect(passwordSatisfies('CANAL2024', seed004)).toBe(true)
    expect(passwordSatisfies('Canal#2024', seed004)).toBe(true)
    expect(failed('Canal24', seed004)).toEqual(['minLength'])
    expect(failed('canal2024', seed004)).toEqual(['upper'])
    expect(failed('Canalxxxx', seed004)).toEqual(['digit'])
    expect(failed('A1' + 'x'.repeat(30), seed004)).toEqual([])
    expect(failed('A1' + 'x'.repeat(31), seed004)).toEqual(['maxLength'])
  })
})

describe('password policy edge cases', () => {
  it('takes the length bounds inclusively', () => {
    expect(failed('Ab1x', seed000)).toEqual([]) // exactly 4
    expect(failed('Ab1xxxxx', seed000)).toEqual([]) // exactly 8
    expect(failed('Abcdef12', seed004)).toEqual([]) // exactly 8
    expect(failed('Abcdef1', seed004)).toEqual(['minLength'])
  })

  it('counts accented letters and ñ as letters with their case, and as one character each', () => {
    expect(failed('Ñandú12', seed000)).toEqual([])
    expect(failed('ñandú12', seed000)).toEqual(['upper'])
    expect(failed('ÑANDÚ12', seed000)).toEqual(['lower'])
    expect(failed('Émile1', seed000)).toEqual([])
    // "ñ" typed as n + combining tilde is still one character: 8, not 9.
    const decomposed = 'Pin\u0303a2024'
    expect(decomposed.length).toBe(9)
    expect(failed(decomposed, seed000)).toEqual([])
  })

  it('treats symbols as neither letters nor digits, and only keyboard symbols satisfy requireSymbol', () => {
    expect(failed('#-=@.$*_', seed000)).toEqual(['upper', 'lower', 'digit'])
    const withSymbol: PasswordPolicy = { ...seed004, requireSymbol: true }
    expect(failed('Canal2024', withSymbol)).toEqual(['symbol'])
    for (const s of PASSWORD_SYMBOLS) expect(failed(`Canal2024${s}`, withSymbol), s).toEqual([])
    expect(failed('Canal2024!', withSymbol)).toEqual(['symbol'])
  })

  it('counts only ASCII digits as digits', () => {
    expect(failed('Abcd١٢', seed000)).toEqual(['digit']) // Arabic-Indic digits
    expect(failed('Abcd12', seed000)).toEqual([])
  })

  it('validates the policy itself: bounds in range and min ≤ max', () => {
    expect(PasswordPolicySchema.safeParse(seed000).success).toBe(true)
    expect(PasswordPolicySchema.safeParse(seed004).success).toBe(true)
    expect(PasswordPolicySchema.safeParse({ ...seed000, minLength: 9 }).success).toBe(false)
    expect(PasswordPolicySchema.safeParse({ ...seed000, minLength: 3 }).success).toBe(false)
    expect(PasswordPolicySchema.safeParse({ ...seed004, maxLength: 65 }).success).toBe(false)
  })
})
