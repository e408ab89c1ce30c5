import { describe, expect, it } from 'vitest'
import { NOBODY, refusal, type HeldPrincipals } from './audience'

const TELLER: HeldPrincipals = { ...NOBODY, staff: ['teller'] }
const SUPERVISOR: HeldPrincipals = { ...NOBODY, staff: ['supervisor'] }
const MEMBER: HeldPrincipals = { ...NOBODY, member: true }

describe('refusal', () => {
  it('lets staff through by role when the method names roles, any staff role when it does not', () => {
    const unlock = { audience: 'staff', roles: ['supervisor'] } as const
    expect(refusal(unlock, SUPERVISOR)).toBeNull()
    expect(refusal(unlock, TELLER)).toBe('FORBIDDEN')
    expect(refusal({ audience: 'staff' }, TELLER)).toBeNull()
  })

  it('tells nobody to sign in, and a signed-in principal of the wrong kind that it may not', () => {
    expect(refusal({ audience: 'staff' }, NOBODY)).toBe('NOT_AUTHENTICATED')
    expect(refusal({ audience: 'member' }, NOBODY)).toBe('NOT_AUTHENTICATED')
    expect(refusal({ audience: 'staff' }, MEMBER)).toBe('FORBIDDEN')
    expect(refusal({ audience: 'member' }, TELLER)).toBe('FORBIDDEN')
  })

  it('has no sign-in to offer for maintenance', () => {
    expect(refusal({ audience: 'maintenance' }, NOBODY)).toBe('FORBIDDEN')
    expect(refusal({ audience: 'maintenance' }, { ...MEMBER, maintenance: true })).toBeNull()
  })
})
