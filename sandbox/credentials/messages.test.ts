import { describe, expect, it } from 'vitest'
import { PASSWORD_POLICY_PRESETS } from '../../shared/config/password-policy'
import { describePasswordPolicy, MESSAGES } from './messages'

describe('the temporary-key messages state the password rules (seed 003)', () => {
  it('says each cooperative’s rules in one sentence', () => {
    expect(describePasswordPolicy(PASSWORD_POLICY_PRESETS.seed000)).toBe(
      'Su nueva clave debe tener entre 4 y 8 caracteres, con al menos una mayúscula, una minúscula y un número.',
    )
    expect(describePasswordPolicy(PASSWORD_POLICY_PRESETS.seed004)).toBe(
      'Su nueva clave debe tener entre 8 y 32 caracteres, con al menos una mayúscula y un número.',
    )
    const lengthOnly = {
      ...PASSWORD_POLICY_PRESETS.seed000,
      requireUpper: false,
      requireLower: false,
      requireDigit: false,
    }
    expect(describePasswordPolicy(lengthOnly)).toBe('Su nueva clave debe tener entre 4 y 8 caracteres.')
  })

  it('puts them in the recovery and enrollment keys, after the key and before the warning', () => {
    const policy = PASSWORD_POLICY_PRESETS.seed004
    for (const text of [
      MESSAGES.recoveryKey('Coop', 'K3Y', 1800, policy),
      MESSAGES.enrollmentKey('Coop', 'K3Y', 1800, policy),
    ]) {
      expect(text).toMatch(/K3Y.*entre 8 y 32 caracteres.*No la comparta/)
    }
  })
})
