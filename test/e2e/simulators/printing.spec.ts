import { decodeEscPos } from '../../integration/support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from '../../integration/support/fake-printer'
import { expect, test as base } from '../support/stack'
import { cop, openTile, projectLoan, signInAs, tapNumber } from './helpers'

// A real TCP socket plays the kiosk's receipt printer; the kiosk configuration points at it.
const test = base.extend<{ printer: FakePrinter }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  printer: async ({}, use) => {
    const printer = await startFakePrinter()
    await use(printer)
    await printer.close()
  },
  kioskConfig: async ({ printer }, use) => {
    await use({ printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 } })
  },
})

const receiptText = (job: Buffer) =>
  decodeEscPos(job)
    .lines.map((l) => l.text)
    .join(' ')
    .replace(/ +/g, ' ')

test('a loan and a CDAT simulation print on the receipt printer and go as PDF to the e-mail, marked as simulations', async ({
  kiosk: page,
  printer,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Simulador de crédito/)
  await projectLoan(page, { lineId: 'libre-inversion', amount: '20000000', term: '36', system: 'french' })
  await page.getByTestId('print-receipt').click()
  await expect(page.getByTestId('print-status')).toHaveText('Recibo impreso.')
  const loan = receiptText((await printer.waitForJobs(1))[0]!)
  expect(loan).toContain('Simulación de crédito')
  // The receipt's code page has no em dash: main prints the mark with a hyphen.
  expect(loan).toMatch(/Simulación - no constituye aprobación .+Simulación - no constituye aprobación/)
  expect(loan).toContain(`Primera cuota ${cop(70_984_543).replace(/\s/g, ' ')}`)
  await expect(page.getByTestId('print-pdf')).toHaveCount(0)
  await page.getByTestId('print-pdf-email').click()
  await expect(page.getByTestId('print-status')).toHaveText(
    /^PDF enviado a su correo registrado mar\*{5}@exa\*{5} \(\d+ páginas?\)\.$/,
  )

  await page.getByTestId('home').click()
  await openTile(page, /Simulador de CDAT/)
  await tapNumber(page, 'deposit-amount', '10000000')
  await tapNumber(page, 'deposit-term', '90')
  await page.getByTestId('project').click()
  await page.getByTestId('print-receipt').click()
  await expect(page.getByTestId('print-status')).toHaveText('Recibo impreso.')
  const deposit = receiptText((await printer.waitForJobs(2))[1]!)
  expect(deposit).toContain('Simulación - no constituye aprobación')
  expect(deposit).toContain(`Interés neto ${cop(21_060_958).replace(/\s/g, ' ')}`)
})
