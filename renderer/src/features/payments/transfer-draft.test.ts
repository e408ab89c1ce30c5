import { describe, expect, it } from 'vitest'
import { draftSignature, emptyChoices, toDraft, unitsToMinor } from './transfer-draft'

describe('the transfer draft', () => {
  it('turns whole units into integer minor units with the currency’s own digits', () => {
    expect(unitsToMinor('250000', 'COP')).toBe(25_000_000)
    expect(unitsToMinor('2500', 'USD')).toBe(250_000)
    expect(unitsToMinor('', 'COP')).toBe(0)
    expect(Number.isSafeInteger(unitsToMinor('9999999999', 'COP'))).toBe(true)
  })

  it('is null until every choice is made, then the API’s shape (reference trimmed)', () => {
    const c = {
      ...emptyChoices(),
      kind: 'member' as const,
      originId: 's1',
      amountUnits: '5',
      reference: ' x ',
    }
    expect(toDraft(c, 'COP')).toBeNull()
    expect(toDraft({ ...c, memberValue: '006233' }, 'COP')).toBeNull()
    expect(toDraft({ ...c, memberValue: '006233', accountNumber: '3178816432' }, 'COP')).toEqual({
      originAccountId: 's1',
      destination: {
        kind: 'member',
        member: { by: 'memberNumber', value: '006233' },
        accountNumber: '3178816432',
      },
      amount: { amountMinor: 500, currency: 'COP' },
      reference: 'x',
    })
    expect(toDraft({ ...c, kind: 'own', ownDestinationId: 's2', reference: '  ' }, 'COP')).toBeNull()
  })

  it('signs a draft by everything a code is bound to', () => {
    const c = {
      ...emptyChoices(),
      kind: 'own' as const,
      originId: 's1',
      ownDestinationId: 's2',
      reference: 'r',
    }
    const a = toDraft({ ...c, amountUnits: '10' }, 'COP')!
    expect(draftSignature(a)).toBe(draftSignature(toDraft({ ...c, amountUnits: '10' }, 'COP')!))
    expect(draftSignature(a)).not.toBe(draftSignature(toDraft({ ...c, amountUnits: '100' }, 'COP')!))
    expect(draftSignature(a)).not.toBe(
      draftSignature(toDraft({ ...c, amountUnits: '10', reference: 's' }, 'COP')!),
    )
  })
})
