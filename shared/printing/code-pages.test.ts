import { describe, expect, it } from 'vitest'
import { CODE_PAGE_IDS } from './printer-config'
import { CODE_PAGES, codePageByte, codePageChar, toPrintable } from './code-pages'

// The bytes of each table, from the code page charts (IBM CP850/CP858, Microsoft CP1252).
const SPANISH: Record<string, Record<(typeof CODE_PAGE_IDS)[number], number>> = {
  ñ: { PC850: 0xa4, PC858: 0xa4, WPC1252: 0xf1 },
  á: { PC850: 0xa0, PC858: 0xa0, WPC1252: 0xe1 },
  é: { PC850: 0x82, PC858: 0x82, WPC1252: 0xe9 },
  í: { PC850: 0xa1, PC858: 0xa1, WPC1252: 0xed },
  ó: { PC850: 0xa2, PC858: 0xa2, WPC1252: 0xf3 },
  ú: { PC850: 0xa3, PC858: 0xa3, WPC1252: 0xfa },
  ü: { PC850: 0x81, PC858: 0x81, WPC1252: 0xfc },
  '¿': { PC850: 0xa8, PC858: 0xa8, WPC1252: 0xbf },
  '¡': { PC850: 0xad, PC858: 0xad, WPC1252: 0xa1 },
  $: { PC850: 0x24, PC858: 0x24, WPC1252: 0x24 },
  Ñ: { PC850: 0xa5, PC858: 0xa5, WPC1252: 0xd1 },
  É: { PC850: 0x90, PC858: 0x90, WPC1252: 0xc9 },
  Á: { PC850: 0xb5, PC858: 0xb5, WPC1252: 0xc1 },
  Ó: { PC850: 0xe0, PC858: 0xe0, WPC1252: 0xd3 },
}

describe('code pages', () => {
  it('have 128 characters for the high half and the Epson ESC t numbers', () => {
    for (const id of CODE_PAGE_IDS) expect([...CODE_PAGES[id].high]).toHaveLength(128)
    expect(CODE_PAGES.PC850.escPosTable).toBe(2)
    expect(CODE_PAGES.PC858.escPosTable).toBe(19)
    expect(CODE_PAGES.WPC1252.escPosTable).toBe(16)
  })

  it.each(CODE_PAGE_IDS)('%s has every Spanish letter and sign at its chart position', (id) => {
    for (const [ch, bytes] of Object.entries(SPANISH)) {
      expect(codePageByte(ch, id), `${ch} in ${id}`).toBe(bytes[id])
      expect(codePageChar(bytes[id], id)).toBe(ch)
    }
  })

  it('PC858 differs from PC850 only by the euro sign at 0xD5', () => {
    expect(codePageChar(0xd5, 'PC850')).toBe('ı')
    expect(codePageChar(0xd5, 'PC858')).toBe('€')
    const diff = [...CODE_PAGES.PC850.high].filter((c, i) => c !== [...CODE_PAGES.PC858.high][i])
    expect(diff).toEqual(['ı'])
  })

  it('makes text printable: accents kept, typography replaced, one character per column', () => {
    expect(toPrintable('¿Año? ¡Sí! Ñandú, pingüino, ÉXITO', 'PC850')).toBe(
      '¿Año? ¡Sí! Ñandú, pingüino, ÉXITO',
    )
    // Decomposed accents (e + U+0301) are composed first.
    expect(toPrintable('Jose\u0301 Mun\u0303oz', 'PC850')).toBe('José Muñoz')
    // Intl's no-break spaces and minus sign, curly quotes, ellipsis, bullet, euro.
    expect(toPrintable('$\u00a01.000\u202fp.\u00a0m. \u22125 “a” ‘b’ … • €', 'PC850')).toBe(
      '$ 1.000 p. m. -5 "a" \'b\' ... * EUR',
    )
    expect(toPrintable('€ 5', 'PC858')).toBe('€ 5')
    expect(toPrintable('“a” …', 'WPC1252')).toBe('“a” …')
    // Letters the table lacks lose their accent; the rest becomes "?"; control characters go.
    expect(toPrintable('Ŝódź Łuk 漢 a\u0007b\tc', 'PC850')).toBe('Sódz ?uk ? ab c')
  })
})
