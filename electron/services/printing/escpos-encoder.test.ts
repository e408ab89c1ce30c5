import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { CODE_PAGE_IDS, type CodePage } from '../../../shared/printing/printer-config'
import { CODE_PAGES } from '../../../shared/printing/code-pages'
import { layoutReceipt } from './receipt-model'
import { encodeReceipt } from './escpos-encoder'

const ESC = 0x1b
const GS = 0x1d
const SPANISH = 'ñ á é í ó ú ü ¿ ¡ $ Ñ É'

// Expected bytes written out by hand from the code page charts: the proof does not reuse the tables.
const EXPECTED: Record<CodePage, number[]> = {
  PC850: [0xa4, 0xa0, 0x82, 0xa1, 0xa2, 0xa3, 0x81, 0xa8, 0xad, 0x24, 0xa5, 0x90],
  PC858: [0xa4, 0xa0, 0x82, 0xa1, 0xa2, 0xa3, 0x81, 0xa8, 0xad, 0x24, 0xa5, 0x90],
  WPC1252: [0xf1, 0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xfc, 0xbf, 0xa1, 0x24, 0xd1, 0xc9],
}
const ESC_T: Record<CodePage, number> = { PC850: 2, PC858: 19, WPC1252: 16 }

const withSpaces = (bytes: number[]) => bytes.flatMap((b, i) => (i === 0 ? [b] : [0x20, b]))
const indexOf = (hay: Buffer, needle: number[]) => hay.indexOf(Buffer.from(needle))
const encode = (codePage: CodePage, blocks: Parameters<typeof layoutReceipt>[0]['blocks']) =>
  encodeReceipt(layoutReceipt({ title: 't', blocks }, { columns: 42, codePage }), { columns: 42, codePage })

describe('ESC/POS encoding', () => {
  it.each(CODE_PAGE_IDS)('%s: selects the table with ESC t and writes Spanish in its bytes', (codePage) => {
    const bytes = encode(codePage, [{ type: 'text', text: SPANISH }])
    // ESC @ resets the printer (and its table), so the table is chosen right after it.
    expect([...bytes.subarray(0, 5)]).toEqual([ESC, 0x40, ESC, 0x74, ESC_T[codePage]])
    expect(indexOf(bytes, [...withSpaces(EXPECTED[codePage]), 0x0a])).toBeGreaterThan(0)
    // Exactly one table selection: the printer never switches tables mid-receipt.
    const selections = [...bytes.keys()].filter((i) => bytes[i] === ESC && bytes[i + 1] === 0x74)
    expect(selections).toEqual([2])
  })

  it('prints the QR with GS ( k: model, size, correction, store the data, print', () => {
    const bytes = encode('PC850', [{ type: 'qr', data: '7K3M-Q9TX-2HPA-W4RD' }])
    const data = [...Buffer.from('7K3M-Q9TX-2HPA-W4RD')]
    const store = [GS, 0x28, 0x6b, data.length + 3, 0x00, 0x31, 0x50, 0x30, ...data]
    expect(indexOf(bytes, [GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00])).toBeGreaterThan(0) // model 2
    expect(indexOf(bytes, store)).toBeGreaterThan(0)
    expect(indexOf(bytes, [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30])).toBeGreaterThan(
      indexOf(bytes, store),
    )
    // Centred before the symbol.
    expect(indexOf(bytes, [ESC, 0x61, 0x01])).toBeLessThan(indexOf(bytes, store))
  })

  it('styles headings (bold, double height at normal width) and ends with feed and a full cut', () => {
    const bytes = encode('PC850', [
      { type: 'heading', text: 'Coopandes' },
      { type: 'text', text: 'Normal' },
    ])
    const heading = indexOf(bytes, [...Buffer.from('Coopandes\n')])
    expect(indexOf(bytes, [ESC, 0x45, 0x01])).toBeLessThan(heading)
    expect(indexOf(bytes, [GS, 0x21, 0x01])).toBeLessThan(heading)
    const normal = indexOf(bytes, [...Buffer.from('Normal\n')])
    expect(indexOf(bytes, [GS, 0x21, 0x00])).toBeLessThan(normal)
    expect(indexOf(bytes, [ESC, 0x45, 0x00])).toBeLessThan(normal)
    expect([...bytes.subarray(-5)]).toEqual([GS, 0x56, 0x00, ESC, 0x40])
  })

  it('uses tables that agree with iconv-lite (what node-thermal-printer encodes with) on all 128 bytes', () => {
    const iconvName: Record<CodePage, string> = { PC850: 'CP850', PC858: 'CP858', WPC1252: 'CP1252' }
    for (const id of CODE_PAGE_IDS) {
      const high = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i))
      const decoded = [...iconv.decode(high, iconvName[id])]
      const ours = [...CODE_PAGES[id].high]
      for (let i = 0; i < 128; i++)
        if (ours[i] !== '\uFFFD') expect(ours[i], `${id} 0x${(0x80 + i).toString(16)}`).toBe(decoded[i])
    }
  })
})
