// Checks without zod, so the renderer can use them; the schema is in password-policy-schema.ts.
import type { PasswordPolicy } from './password-policy-schema'

export type { PasswordPolicy } from './password-policy-schema'

/** Symbols the on-screen keyboard offers (seed 000). */
export const PASSWORD_SYMBOLS = ['#', '-', '=', '@', '.', '$', '*', '_', '~', '+'] as const

/** Presets from the seeds: 000 (becoop) and 004 (Cooprofesionales). */
export const PASSWORD_POLICY_PRESETS = {
  seed000: {
    minLength: 4,
    maxLength: 8,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSymbol: false,
  },
  seed004: {
    minLength: 8,
    maxLength: 32,
    requireUpper: true,
    requireLower: false,
    requireDigit: true,
    requireSymbol: false,
  },
} as const satisfies Record<string, PasswordPolicy>
export type PasswordPolicyPreset = keyof typeof PASSWORD_POLICY_PRESETS

export type PasswordRule = 'minLength' | 'maxLength' | 'upper' | 'lower' | 'digit' | 'symbol'
export interface PasswordCheck {
  rule: PasswordRule
  ok: boolean
}

/**
 * The live checklist: one line per rule the policy turns on. Length counts characters as a member sees
 * them (NFC code points, as the password is hashed), so "ñ" or "É" is one character however it was typed.
 * Letters are Unicode letters: "Ñ" is an upper-case letter, "ñ" a lower-case one.
 */
export function checkPassword(password: string, policy: PasswordPolicy): PasswordCheck[] {
  const length = Array.from(password.normalize('NFC')).length
  const checks: PasswordCheck[] = [
    { rule: 'minLength', ok: length >= policy.minLength },
    { rule: 'maxLength', ok: length <= policy.maxLength },
  ]
  if (policy.requireUpper) checks.push({ rule: 'upper', ok: /\p{Lu}/u.test(password) })
  if (policy.requireLower) checks.push({ rule: 'lower', ok: /\p{Ll}/u.test(password) })
  if (policy.requireDigit) checks.push({ rule: 'digit', ok: /\d/.test(password) })
  if (policy.requireSymbol)
    checks.push({ rule: 'symbol', ok: PASSWORD_SYMBOLS.some((s) => password.includes(s)) })
  return checks
}

export function passwordSatisfies(password: string, policy: PasswordPolicy): boolean {
  return checkPassword(password, policy).every((c) => c.ok)
}
