import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../electron/services/logger'
import { certificatePdf } from '../../electron/services/pdf/certificate-pdf'
import { createPdfOutput } from '../../electron/services/pdf/pdf-output'
import { positionPdf } from '../../electron/services/pdf/position-pdf'
import { statementPdf, type StatementData } from '../../electron/services/pdf/statement-pdf'
import { createLpTransport } from '../../electron/services/printing/lp-transport'
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
import { pdfPages, pdfText, squeeze } from './support/pdf-text'

const logger = createLogger({ level: 'silent' })
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-pdf-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function statement(specs = SMALL_MOVEMENTS, opening = SMALL_OPENING): StatementData {
  const page = movementsPage(opening, specs)
  return {
    product: SAVINGS,
    from: specs[0]!.postedOn,
    to: specs.at(-1)!.postedOn,
    openingBalance: page.openingBalance,
    closingBalance: page.closingBalance,
    movements: page.movements,
  }
}

const saver = () => createPdfOutput({ saveDir: join(dir, 'documentos'), printer: null, logger })

describe('PDF documents read back with pdftotext', () => {
  it('account statement: member, period, balances, every movement, totals, page numbers', async () => {
    const result = await saver().produce(statementPdf(CONTEXT(), MEMBER, statement()), 'save')
    expect(result).toMatchObject({
      action: 'save',
      pages: 1,
      fileName: 'estado-de-cuenta-4821-2026-10-01-2026-11-02.pdf',
    })
    expect(statSync(result.path!).size).toBe(result.sizeBytes)
    expect(pdfPages(result.path!)).toBe(1)
    const text = squeeze(pdfText(result.path!))
    expect(text).toContain('Cooperativa de Ahorro y Crédito Los Andes')
    expect(text).toContain('Oficina: Oficina Bogotá Norte · Equipo: KIOSK-007 · 20/11/26, 10:04 a. m.')
    expect(text).toContain('Estado de cuenta')
    expect(text).toContain('Asociado María Fernanda Gómez Ñáñez')
    expect(text).toContain('Identificación ****4193')
    expect(text).toContain('Producto Ahorro a la vista ****4821')
    expect(text).toContain('Periodo Del 1 de octubre de 2026 al 2 de noviembre de 2026')
    expect(text).toContain('Saldo inicial $ 1.000.000,00')
    expect(text).toContain('Saldo final $ 4.549.999,80')
    expect(text).toContain('Total débitos $ 1.150.000,40')
    expect(text).toContain('Total créditos $ 4.700.000,20')
    expect(text).toContain('Movimientos 6')
    // Every movement: date, the start of its description, reference, amount and running balance.
    const page = movementsPage(SMALL_OPENING, SMALL_MOVEMENTS)
    for (const m of page.movements) {
      const [y, mo, d] = m.postedOn.split('-')
      const amount = `$ ${(m.amount.amountMinor / 100).toLocaleString('es-CO', { minimumFractionDigits: 2 })}`
      const balance = `$ ${(m.balanceAfter.amountMinor / 100).toLocaleString('es-CO', { minimumFractionDigits: 2 })}`
      const row = new RegExp(
        `${d}/${mo}/${y} ${m.description.split(' ').slice(0, 3).join(' ').replace(/[?.]/g, '\\$&')}.* ${m.reference} ${amount.replace(/\$/g, '\\$')} ${balance.replace(/\$/g, '\\$')}`,
      )
      expect(text, m.description).toMatch(row)
    }
    expect(text).toContain('Coopandes · Estado de cuenta')
    expect(text).toContain('Página 1 de 1')
  })

  it('in English: labels and page numbers, amounts in the cooperative format', async () => {
    const result = await saver().produce(statementPdf(CONTEXT('en'), MEMBER, statement()), 'save')
    const text = squeeze(pdfText(result.path!))
    expect(text).toContain('Account statement')
    expect(text).toContain('Period From October 1, 2026 to November 2, 2026')
    expect(text).toContain('Opening balance $ 1.000.000,00')
    expect(text).toContain('Closing balance $ 4.549.999,80')
    expect(text).toContain('Page 1 of 1')
  })

  it('renders the 2,000-movement statement, paged with N of M on every page', async () => {
    const specs = manyMovements(2000)
    const result = await saver().produce(statementPdf(CONTEXT(), MEMBER, statement(specs, 0)), 'save')
    const pages = pdfPages(result.path!)
    expect(result.pages).toBe(pages)
    expect(pages).toBeGreaterThan(20)
    const raw = pdfText(result.path!)
    // pdftotext ends every page with a form feed.
    expect(raw.split('\f').filter((p) => p.trim()).length).toBe(pages)
    const text = squeeze(raw)
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Página ${n} de ${pages}`)
    expect(text).toContain('Movimientos 2.000')
    expect(text).toContain('Consignación número 1 ')
    expect(text).toContain('Compra en almacén Ñandú 2000')
    // The table header repeats on each page.
    expect(text.match(/Fecha Descripción Referencia Débito Crédito Saldo/g)).toHaveLength(pages)
  })

  it('consolidated position: every group and the totals', async () => {
    const result = await saver().produce(positionPdf(CONTEXT(), MEMBER, POSITION), 'save')
    const text = squeeze(pdfText(result.path!))
    expect(text).toContain('Posición consolidada')
    expect(text).toContain('Fecha de corte 15 de noviembre de 2026')
    expect(text).toContain('Aportes sociales ****0088 $ 45.900,00')
    expect(text).toContain('Ahorro a la vista ****4821 $ 2.300.000,30 $ 2.350.000,30')
    expect(text).toContain('Total haberes $ 5.333.500,30')
    expect(text).toContain('Posición neta -$ 7.116.499,70')
    expect(text).toContain('Página 1 de 1')
  })

  it.each(Object.keys(CERTIFICATES) as (keyof typeof CERTIFICATES)[])(
    'certificate (%s): holder, figures and the verification code',
    async (kind) => {
      const c = CERTIFICATES[kind]
      const result = await saver().produce(certificatePdf(CONTEXT(), c), 'save')
      const text = squeeze(pdfText(result.path!))
      expect(text).toContain('María Fernanda Gómez Ñáñez')
      expect(text).toContain('****4193')
      expect(text).toMatch(new RegExp(`Código de verificación\\s+${c.code}`))
      expect(text).toContain('Expedido el 20/11/26, 10:00 a. m.')
      expect(text).toContain('Página 1 de 1')
      if (kind === 'annual_tax') expect(text).toContain('Total $ 58.320,45 $ 1.734.210,90 $ 4.082,43')
      if (kind === 'membership') expect(text).toContain('Total $ 3.016.829,00')
      if (kind === 'product_balance') expect(text).toContain('$ 2.350.000,30')
      // The QR symbol is drawn as vector graphics: the page carries more than text.
      expect(result.sizeBytes).toBeGreaterThan(10_000)
    },
  )

  it('never overwrites an earlier copy', async () => {
    const doc = certificatePdf(CONTEXT(), CERTIFICATES.membership)
    const a = await saver().produce(doc, 'save')
    const b = await saver().produce(doc, 'save')
    expect(a.fileName).toBe('afiliacion-y-aportes-7k3m-q9tx-2hpa-w4rd.pdf')
    expect(b.fileName).toBe('afiliacion-y-aportes-7k3m-q9tx-2hpa-w4rd-2.pdf')
  })

  it('prints through the document printer (lp without -o raw), or says there is none', async () => {
    const lp = join(dir, 'lp')
    writeFileSync(lp, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\ncat > "${dir}/job.pdf"\n`)
    chmodSync(lp, 0o755)
    const output = createPdfOutput({
      saveDir: join(dir, 'documentos'),
      printer: createLpTransport({ printer: 'Documentos', raw: false, timeoutMs: 5000, command: lp }),
      logger,
    })
    const result = await output.produce(certificatePdf(CONTEXT(), CERTIFICATES.membership), 'print')
    expect(result).toMatchObject({ action: 'print', path: null, pages: 1 })
    expect(readFileSync(join(dir, 'args'), 'utf8').trim().split('\n')).toEqual(['-d', 'Documentos'])
    expect(pdfText(join(dir, 'job.pdf'))).toContain('7K3M-Q9TX-2HPA-W4RD')
    await expect(
      saver().produce(certificatePdf(CONTEXT(), CERTIFICATES.membership), 'print'),
    ).rejects.toMatchObject({
      code: 'PRINTER_UNAVAILABLE',
    })
  })
})
