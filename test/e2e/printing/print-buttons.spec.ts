import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { demoMember } from '../../../sandbox/seed/demo-members'
import type { ConsolidatedPosition } from '../../../shared/api/products'
import { decodeEscPos } from '../../integration/support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from '../../integration/support/fake-printer'
import { invokeFromPage, signIn } from '../support/kiosk-actions'
import { expect, test as base } from '../support/stack'

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

const ACTIVE = demoMember('co', 'active')
const receiptText = (job: Buffer) =>
  decodeEscPos(job)
    .lines.map((l) => l.text)
    .join(' ')
    .replace(/ +/g, ' ')

test('the position’s print buttons reach the printer socket, and a stopped printer leaves the receipt queued', async ({
  kiosk: page,
  printer,
  stack,
}) => {
  await signIn(page, ACTIVE)
  await page.getByRole('link', { name: /Posición consolidada/ }).click()
  await expect(page.getByTestId('position-totals')).toBeVisible()

  await page.getByTestId('print-receipt').click()
  await expect(page.getByTestId('print-status')).toContainText('Recibo impreso')
  const [job] = await printer.waitForJobs(1)
  const decoded = decodeEscPos(job!)
  expect(decoded.cuts).toBe(1)
  for (const line of decoded.lines) expect(line.text.length).toBeLessThanOrEqual(42)
  const text = receiptText(job!)
  expect(text).toContain('Posición consolidada')
  // Every product the member holds is on the paper, name and masked number, with accents intact.
  const position = (await invokeFromPage(page, 'products.position')).data as ConsolidatedPosition
  const products = position.groups.flatMap((g) => g.products)
  expect(products.length).toBeGreaterThan(3)
  for (const p of products) expect(text).toContain(`${p.name} ${p.maskedNumber}`)
  expect(text).toContain(ACTIVE.fullName)

  // The printer goes away: the member is told plainly, the job waits for staff.
  await printer.close()
  await page.getByTestId('print-receipt').click()
  await expect(page.getByTestId('print-status')).toContainText('La impresora de recibos no responde.')
  await expect(page.getByTestId('print-status')).toContainText('cola de reimpresión')
  // The queue is branch IT's: the member's page cannot read it, the job waits on disk.
  expect(await invokeFromPage(page, 'print.queue.list')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  const queue = JSON.parse(readFileSync(join(stack.dataDir, 'print-queue.json'), 'utf8')) as unknown
  expect(queue).toMatchObject({ jobs: [{ title: 'Posición consolidada', lastError: 'unreachable' }] })
})

test('a mini-statement from the movements screen, and the PDF e-mailed', async ({ kiosk: page, printer }) => {
  await signIn(page, ACTIVE)
  await page.getByRole('link', { name: /Posición consolidada/ }).click()
  await page.getByTestId('back').click()
  await page.getByTestId('tab-savings').click()
  await page.getByTestId('open-movements').first().click()
  await expect(page.getByTestId('movements-table')).toBeVisible()

  await page.getByTestId('print-receipt').click()
  await expect(page.getByTestId('print-status')).toContainText('Recibo impreso')
  const text = receiptText((await printer.waitForJobs(1))[0]!)
  expect(text).toContain('Extracto de movimientos')
  const savings = (await invokeFromPage(page, 'member.summary')).data as {
    products: { kind: string; name: string; maskedNumber: string }[]
  }
  const first = savings.products.find((p) => p.kind === 'savings')!
  expect(text).toContain(`${first.name} ${first.maskedNumber}`)

  // A shared kiosk does not save to its disk (staff only): the PDF goes to the registered e-mail.
  await expect(page.getByTestId('print-pdf')).toHaveCount(0)
  await page.getByTestId('print-pdf-email').click()
  await expect(page.getByTestId('print-status')).toContainText(
    /Documento enviado a su correo registrado mar\*{5}@exa\*{5} \(\d+ páginas\)/,
  )
})

test('in English, the receipt speaks English too', async ({ kiosk: page, printer }) => {
  await page.getByRole('button', { name: 'English' }).click()
  await signIn(page, ACTIVE)
  await page.getByRole('link', { name: /Consolidated position/ }).click()
  await page.getByTestId('print-receipt').click()
  await expect(page.getByTestId('print-status')).toContainText('Receipt printed')
  const text = receiptText((await printer.waitForJobs(1))[0]!)
  expect(text).toContain('Consolidated position')
  expect(text).toContain('Total assets')
})
