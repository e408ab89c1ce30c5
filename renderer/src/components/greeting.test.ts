import { describe, expect, it } from 'vitest'
import { firstName, partOfDay } from './greeting'

describe('greeting', () => {
  it.each([
    [0, 'evening'],
    [4, 'evening'],
    [5, 'morning'],
    [11, 'morning'],
    [12, 'afternoon'],
    [18, 'afternoon'],
    [19, 'evening'],
    [23, 'evening'],
  ] as const)('hour %i is %s', (hour, part) => expect(partOfDay(hour)).toBe(part))

  it('greets by the first name', () => {
    expect(firstName('María Fernanda Gómez')).toBe('María')
    expect(firstName('  Ana ')).toBe('Ana')
  })
})
