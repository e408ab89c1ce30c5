import { describe, expect, it } from 'vitest'
import { labelValueLines, padLeft, truncate, twoColumns, wrapClamped, wrapText } from './text-layout'

describe('text layout', () => {
  it('wraps on spaces and cuts words longer than a line', () => {
    expect(wrapText('Pago cuota crédito de vivienda número 12', 16)).toEqual([
      'Pago cuota',
      'crédito de',
      'vivienda número',
      '12',
    ])
    expect(wrapText('ABCDEFGHIJKLMNOPQRSTUVWXYZ xy', 10)).toEqual(['ABCDEFGHIJ', 'KLMNOPQRST', 'UVWXYZ xy'])
    expect(wrapText('', 10)).toEqual([''])
    expect(wrapText('  a   b  ', 10)).toEqual(['a b'])
  })

  it('clamps to a number of lines, marking the cut', () => {
    const lines = wrapClamped('uno dos tres cuatro cinco seis siete ocho', 10, 2)
    expect(lines).toEqual(['uno dos', 'tres cu...'])
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10)
    expect(wrapClamped('corto', 10, 2)).toEqual(['corto'])
  })

  it('truncates with dots', () => {
    expect(truncate('Retiro cajero automático', 12)).toBe('Retiro ca...')
    expect(truncate('corto', 12)).toBe('corto')
    expect(truncate('abcdef', 2)).toBe('ab')
  })

  it('right-aligns values after their label, wrapping long labels', () => {
    expect(labelValueLines('Saldo', '$ 1.000,00', 20)).toEqual(['Saldo     $ 1.000,00'])
    expect(labelValueLines('Saldo', '$ 1.000,00', 20)[0]).toHaveLength(20)
    const lines = labelValueLines('Ahorros permanentes especiales a la vista', '$ 33.329,00', 24)
    expect(lines).toEqual(['Ahorros permanentes', 'especiales a la vista', '             $ 33.329,00'])
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(24)
    expect(lines.at(-1)!.endsWith('$ 33.329,00')).toBe(true)
    expect(labelValueLines('', '5', 4)).toEqual(['   5'])
  })

  it('puts two right-aligned columns on a line', () => {
    expect(twoColumns('-1,00', '9,00', 12)).toBe(' -1,00  9,00')
    expect(padLeft('7', 3)).toBe('  7')
  })
})
