import { describe, expect, it } from 'vitest'
import { layoutReceipt, type ReceiptDocument } from '../../electron/services/printing/receipt-model'
import { RECEIPT_COLUMNS, type ReceiptColumns } from '../../shared/printing/printer-config'
import { movementTotals } from '../../electron/services/printing/movement-totals'
import { certificateReceipt } from '../../electron/services/printing/receipts/certificate-receipt'
import { miniStatementReceipt } from '../../electron/services/printing/receipts/mini-statement-receipt'
import { positionReceipt } from '../../electron/services/printing/receipts/position-receipt'
import {
  CERTIFICATES,
  CONTEXT,
  manyMovements,
  MEMBER,
  movementsPage,
  POSITION,
  SAVINGS,
  SMALL_MOVEMENTS,
  SMALL_OPENING,
} from '../support/print-fixtures'

const textLines = (doc: ReceiptDocument, columns: ReceiptColumns) =>
  layoutReceipt(doc, { columns, codePage: 'PC850' }).flatMap((l) => (l.kind === 'text' ? [l.text] : []))

const mini = (language: 'es' | 'en' = 'es') =>
  miniStatementReceipt(
    CONTEXT(language),
    MEMBER,
    SAVINGS,
    movementsPage(SMALL_OPENING, SMALL_MOVEMENTS, 'desc'),
  )

describe('receipt builders', () => {
  it.each(RECEIPT_COLUMNS)(
    'mini-statement at %i columns: header, member, every movement, totals',
    (columns) => {
      const lines = textLines(mini(), columns)
      for (const l of lines) expect(l.length, JSON.stringify(l)).toBeLessThanOrEqual(columns)
      const all = lines.join('\n')
      // Header: cooperative, branch, kiosk, date and time of printing (Bogotá time, es-CO format).
      expect(all).toContain('Cooperativa de Ahorro y Crédito Los Andes')
      expect(all).toContain('Oficina: Oficina Bogotá Norte')
      expect(all).toContain('Equipo: KIOSK-007')
      expect(all).toContain('20/11/26, 10:04 a. m.')
      expect(all).toContain('Extracto de movimientos')
      expect(all).toContain('Asociado: María Fernanda Gómez Ñáñez')
      expect(all).toContain('Ahorro a la vista ****4821')
      expect(all).toContain('Últimos 6 movimientos')
      // Newest first; each movement's date and description start a line.
      const starts = SMALL_MOVEMENTS.toReversed().map((m) => {
        const [y, mo, d] = m.postedOn.split('-')
        return lines.findIndex((l) => l.startsWith(`${d}/${mo}/${y} ${m.description.slice(0, 10)}`))
      })
      expect(starts.every((i) => i >= 0)).toBe(true)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
      // The long transfer description is wrapped to two lines and cut with "...".
      const transfer = lines[starts[1]! + 1]!
      expect(transfer.endsWith('...')).toBe(true)
      // Amounts and running balances are right-aligned: each ends its half of the line.
      const amountLine = lines.find((l) => l.includes('-$ 950.000,00'))!
      expect(amountLine).toHaveLength(columns)
      expect(amountLine.slice(0, columns / 2).endsWith('-$ 950.000,00')).toBe(true)
      expect(amountLine.endsWith('$ 1.349.999,80')).toBe(true)
      // Totals in integer centavos: 0,10 + 1.500.000,10 + 3.200.000,00 and 200.000,20 + 0,20 + 950.000,00.
      expect(lines).toContain(`Total créditos${'$ 4.700.000,20'.padStart(columns - 'Total créditos'.length)}`)
      expect(lines).toContain(`Total débitos${'$ 1.150.000,40'.padStart(columns - 'Total débitos'.length)}`)
      expect(lines).toContain(`Saldo final${'$ 4.549.999,80'.padStart(columns - 'Saldo final'.length)}`)
    },
  )

  it('speaks English when the member chose it, money still in the cooperative format', () => {
    const all = textLines(mini('en'), 42).join('\n')
    expect(all).toContain('Mini statement')
    expect(all).toContain('Branch: Oficina Bogotá Norte')
    expect(all).toContain('Total credits')
    expect(all).toContain('$ 4.700.000,20')
    expect(all).not.toContain('Extracto')
  })

  it('adds money only as integers: 2,000 movements total exactly', () => {
    const specs = manyMovements(2000)
    const page = movementsPage(0, specs)
    const t = movementTotals(page.movements, 'COP')
    const credits = specs.filter((s) => s.direction === 'credit').reduce((a, s) => a + s.amountMinor, 0)
    const debits = specs.filter((s) => s.direction === 'debit').reduce((a, s) => a + s.amountMinor, 0)
    expect(t).toEqual({
      credits: { amountMinor: credits, currency: 'COP' },
      debits: { amountMinor: debits, currency: 'COP' },
      count: 2000,
    })
    expect(page.closingBalance.amountMinor).toBe(credits - debits)
    // Ten and twenty centavos add to thirty, not 0.30000000000000004.
    expect(movementTotals(movementsPage(0, SMALL_MOVEMENTS.slice(2, 4)).movements, 'COP')).toMatchObject({
      credits: { amountMinor: 10 },
      debits: { amountMinor: 20 },
    })
  })

  it.each(RECEIPT_COLUMNS)('consolidated position at %i columns: groups, totals, net', (columns) => {
    const lines = textLines(positionReceipt(CONTEXT(), MEMBER, POSITION), columns)
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(columns)
    const all = lines.join('\n')
    for (const k of ['Aportes', 'Ahorros', 'Créditos']) expect(lines).toContain(k)
    expect(all).toContain('Fecha de corte')
    expect(all).toContain('15/11/2026')
    expect(lines.some((l) => l.startsWith('Total haberes') && l.endsWith('$ 5.333.500,30'))).toBe(true)
    expect(lines.some((l) => l.endsWith('-$ 7.116.499,70'))).toBe(true)
    // A product name too long for one line wraps, with its balance at the right of the last line.
    expect(lines.some((l) => l.endsWith('$ 12.450.000,00') && l.includes('****7310'))).toBe(true)
  })

  it.each(Object.keys(CERTIFICATES) as (keyof typeof CERTIFICATES)[])(
    'certificate slip (%s): holder, figures, code in text and in a QR',
    (kind) => {
      const c = CERTIFICATES[kind]
      const doc = certificateReceipt(CONTEXT(), c)
      const laid = layoutReceipt(doc, { columns: 48, codePage: 'PC850' })
      expect(laid.filter((l) => l.kind === 'qr')).toEqual([{ kind: 'qr', data: c.code }])
      const lines = laid.flatMap((l) => (l.kind === 'text' ? [l.text] : []))
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(48)
      expect(lines).toContain(c.code)
      expect(lines.join('\n')).toContain('María Fernanda Gómez Ñáñez')
      expect(doc.title).toContain(c.code)
    },
  )

  it('certificate figures per kind', () => {
    const tax = textLines(certificateReceipt(CONTEXT(), CERTIFICATES.annual_tax), 42).join('\n')
    expect(tax).toContain('Tributario anual 2025')
    expect(tax).toContain('$ 4.082,43')
    expect(tax).toContain('$ 1.734.210,90')
    const membership = textLines(certificateReceipt(CONTEXT(), CERTIFICATES.membership), 42).join('\n')
    expect(membership).toContain('Afiliación y aportes')
    expect(membership).toContain('$ 3.016.829,00')
    const balance = textLines(certificateReceipt(CONTEXT('en'), CERTIFICATES.product_balance), 42).join('\n')
    expect(balance).toContain('Product balance')
    expect(balance).toContain('$ 2.350.000,30')
  })
})
