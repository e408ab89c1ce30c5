import { describe, expect, it } from 'vitest'
import { RECEIPT_COLUMNS } from '../../../shared/printing/printer-config'
import { layoutReceipt, ReceiptDocumentSchema, type ReceiptDocument } from './receipt-model'

const DOC: ReceiptDocument = {
  title: 'Prueba',
  blocks: [
    { type: 'heading', text: 'Cooperativa de Ahorro y Crédito Los Andes de Colombia y del Mundo Entero' },
    { type: 'text', text: 'Oficina Principal · Equipo KIOSK-001', align: 'center' },
    { type: 'rule', char: '=' },
    { type: 'pair', label: 'Saldo', value: '$\u00a01.234.567,89', bold: true },
    {
      type: 'pair',
      label: 'Ahorros permanentes especiales con descripción larguísima del producto',
      value: '-$\u00a0999.999.999.999,99',
    },
    {
      type: 'text',
      text: 'Consignación por transferencia electrónica desde otra entidad financiera del exterior con referencia muy extensa',
      maxLines: 2,
    },
    { type: 'columns', left: '-$\u00a0150.000,00', right: '$\u00a012.345.678,90' },
    { type: 'qr', data: '7K3M-Q9TX-2HPA-W4RD' },
    { type: 'feed', lines: 2 },
    { type: 'rule' },
  ],
}

describe('receipt layout', () => {
  it.each(RECEIPT_COLUMNS)('fits every line in %i columns', (columns) => {
    const lines = layoutReceipt(DOC, { columns, codePage: 'PC850' })
    const text = lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []))
    for (const t of text) expect(t.length, JSON.stringify(t)).toBeLessThanOrEqual(columns)
    // Rules span the paper; pairs end at the right edge with the value.
    expect(text).toContain('='.repeat(columns))
    expect(text).toContain('-'.repeat(columns))
    const saldo = text.find((t) => t.startsWith('Saldo'))!
    expect(saldo).toHaveLength(columns)
    expect(saldo.endsWith('$ 1.234.567,89')).toBe(true)
    const longValue = text.find((t) => t.endsWith('-$ 999.999.999.999,99'))!
    expect(longValue).toHaveLength(columns)
    // The long description is wrapped to two lines and marked as cut.
    const desc = text.filter((t, i) => i > text.indexOf(longValue) && i < text.indexOf(longValue) + 3)
    expect(desc).toHaveLength(2)
    expect(desc[1]!.endsWith('...')).toBe(true)
    // Two right-aligned columns: both amounts end at their column's edge.
    const cols = text.find((t) => t.includes('150.000,00'))!
    expect(cols).toHaveLength(columns)
    expect(cols.slice(0, columns / 2).endsWith('-$ 150.000,00')).toBe(true)
    expect(cols.endsWith('$ 12.345.678,90')).toBe(true)
    // No-break spaces became plain spaces, and the heading is centred, bold, double height.
    expect(text.join('')).not.toMatch(/\u00a0/)
    expect(lines[0]).toMatchObject({ kind: 'text', align: 'center', bold: true, doubleHeight: true })
    expect(lines.filter((l) => l.kind === 'qr')).toEqual([{ kind: 'qr', data: '7K3M-Q9TX-2HPA-W4RD' }])
  })

  it('wraps more at 42 than at 48 columns', () => {
    const count = (columns: 42 | 48) => layoutReceipt(DOC, { columns, codePage: 'PC850' }).length
    expect(count(42)).toBeGreaterThanOrEqual(count(48))
  })

  it('refuses QR data a printer would garble, and empty documents', () => {
    expect(
      ReceiptDocumentSchema.safeParse({ title: 't', blocks: [{ type: 'qr', data: 'código' }] }).success,
    ).toBe(false)
    expect(ReceiptDocumentSchema.safeParse({ title: 't', blocks: [] }).success).toBe(false)
  })
})
