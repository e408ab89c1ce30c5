import type { CodePage } from './printer-config'

/** The tables themselves; which ones a kiosk may choose, and why, is in the config contract (printer-config). */

// Bytes 0x80–0xFF of each table, in order. U+FFFD marks a byte the table leaves undefined.
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅ' +
  'ÉæÆôöòûùÿÖÜø£Ø×ƒ' +
  'áíóúñÑªº¿®¬½¼¡«»' +
  '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤' +
  'ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´' +
  '\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0'

const WPC1252_HIGH =
  '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD' +
  '\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯' +
  '°±²³´µ¶·¸¹º»¼½¾¿' +
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' +
  'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' +
  'àáâãäåæçèéêëìíîï' +
  'ðñòóôõö÷øùúûüýþÿ'

export interface CodePageSpec {
  /** n of `ESC t n` (Epson's table numbers). */
  escPosTable: number
  /** What node-thermal-printer calls it (its `CharacterSet`). */
  libraryName: 'PC850_MULTILINGUAL' | 'PC858_EURO' | 'WPC1252'
  /** Characters of bytes 0x80–0xFF. */
  high: string
}

export const CODE_PAGES: Record<CodePage, CodePageSpec> = {
  PC850: { escPosTable: 2, libraryName: 'PC850_MULTILINGUAL', high: CP850_HIGH },
  // PC858 is PC850 with the euro sign where PC850 has the dotless i (byte 0xD5).
  PC858: {
    escPosTable: 19,
    libraryName: 'PC858_EURO',
    high: `${CP850_HIGH.slice(0, 0x55)}€${CP850_HIGH.slice(0x56)}`,
  },
  WPC1252: { escPosTable: 16, libraryName: 'WPC1252', high: WPC1252_HIGH },
}

const reverseTables = new Map<CodePage, Map<string, number>>()

/** Character → byte for one table (ASCII maps to itself); undefined when the table lacks it. */
export function codePageByte(ch: string, codePage: CodePage): number | undefined {
  const code = ch.codePointAt(0) ?? 0
  if (ch.length === 1 && code >= 0x20 && code < 0x7f) return code
  let table = reverseTables.get(codePage)
  if (!table) {
    table = new Map()
    for (const [i, c] of [...CODE_PAGES[codePage].high].entries()) if (c !== '\uFFFD') table.set(c, 0x80 + i)
    reverseTables.set(codePage, table)
  }
  return table.get(ch)
}

/** Byte → character for one table; undefined for control bytes and holes. */
export function codePageChar(byte: number, codePage: CodePage): string | undefined {
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte)
  if (byte < 0x80 || byte > 0xff) return undefined
  const c = CODE_PAGES[codePage].high[byte - 0x80]
  return c === '\uFFFD' ? undefined : c
}

// Spaces and invisible marks: always replaced, even where the table has them (0xFF of PC850 prints as
// a space on some printers and as a box on others).
const ALWAYS: Record<string, string> = {
  '\u00A0': ' ', // no-break space (Intl: "$ 1.000", "p. m.")
  '\u202F': ' ', // narrow no-break space (Intl)
  '\u2007': ' ',
  '\u2009': ' ',
  '\u00AD': '', // soft hyphen
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
}

// Typography that Intl and pasted descriptions bring in, with a plain stand-in when the table lacks it.
const FALLBACKS: Record<string, string> = {
  '\u2212': '-', // minus sign (some locales' negative amounts)
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2026': '...',
  '\u2022': '*',
  '\u20AC': 'EUR',
}

const printable = (s: string, codePage: CodePage) =>
  [...s].every((c) => codePageByte(c, codePage) !== undefined)

/**
 * Makes text printable in one table, one character per column: composed accents (NFC), typography
 * replaced by plain equivalents, other accented letters without their accent, anything else `?`.
 * Layout measures the result, so the printer never has to switch tables in the middle of a line.
 */
export function toPrintable(text: string, codePage: CodePage): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const always = ALWAYS[ch]
    if (always !== undefined) out += always
    else if (codePageByte(ch, codePage) !== undefined) out += ch
    else if (FALLBACKS[ch] !== undefined && printable(FALLBACKS[ch], codePage)) out += FALLBACKS[ch]
    else if ((ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f') continue
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      out += base && base !== ch && printable(base, codePage) ? base : '?'
    }
  }
  return out
}
