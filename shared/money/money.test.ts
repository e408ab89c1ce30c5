import { describe, expect, it } from 'vitest'
import { addMoney, formatMoney, money, sumMoney } from './money'
import { MoneySchema } from './money-schema'

describe('money', () => {
  it('rejects non-integer minor units', () => {
    expect(() => money(10.5, 'COP')).toThrow(RangeError)
    expect(MoneySchema.safeParse({ amountMinor: 1.5, currency: 'USD' }).success).toBe(false)
    expect(MoneySchema.safeParse({ amountMinor: 150, currency: 'XXX' }).success).toBe(false)
  })
  it('adds only the same currency', () => {
    expect(addMoney(money(100, 'USD'), money(250, 'USD'))).toEqual(money(350, 'USD'))
    expect(() => addMoney(money(1, 'USD'), money(1, 'COP'))).toThrow(/mismatch/)
    expect(sumMoney([money(1, 'COP'), money(2, 'COP')], 'COP')).toEqual(money(3, 'COP'))
  })
  it('formats with Intl for the locale', () => {
    expect(formatMoney(money(123456789, 'COP'), 'es-CO').replace(/\s/g, ' ')).toBe('$ 1.234.567,89')
    expect(formatMoney(money(123456, 'USD'), 'en-US')).toBe('$1,234.56')
  })
})
