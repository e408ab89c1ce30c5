import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openJournal } from '../../../electron/services/payments/journal'
import { MaintenanceAuditSchema } from '../../../shared/api/staff'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff, type DemoStaff } from '../../../sandbox/staff/demo-staff'
import { decodeEscPos } from '../../integration/support/escpos-decoder'
import { freePort, startFakePrinter, type FakePrinter } from '../../integration/support/fake-printer'
import { expectAccessible } from '../support/axe'
import { invokeFromPage, signIn, typeOnKeyboard } from '../support/kiosk-actions'
import { expect, test as base } from '../support/stack'

// Branch IT at the kiosk through the browser shell: the hidden way in, the directory sign-in on the
// on-screen keyboards, the printer (a real TCP socket answering DLE EOT), the reprint queue, sign-out.

/** The printer's port is fixed before the stack starts; the printer itself comes and goes. */
const test = base.extend<{ printerPort: number; printers: FakePrinter[] }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  printerPort: async ({}, use) => use(await freePort()),
  // eslint-disable-next-line no-empty-pattern
  printers: async ({}, use) => {
    const started: FakePrinter[] = []
    await use(started)
    for (const p of started) await p.close()
  },
  kioskConfig: async ({ printerPort }, use) => {
    await use({
      kioskId: KIOSK,
      printer: { kind: 'tcp', url: `tcp://127.0.0.1:${printerPort}`, columns: 42, timeoutMs: 1500 },
    })
  },
})

const IT = demoStaff('it')
const KIOSK = 'KIOSK-MNT-E2E'
const TELLER = demoStaff('teller')
const ACTIVE = demoMember('co', 'active')
const text = (job: Buffer) =>
  decodeEscPos(job)
    .lines.map((l) => l.text)
    .join(' ')
    .replace(/ +/g, ' ')

/**
 * A journal as the payments feature writes it, in the kiosk's data folder: one transfer done, one whose
 * answer never came. The kiosk opened it empty at start; the screen reads the file, not that memory.
 */
function seedJournal(dataDir: string) {
  const j = openJournal({
    file: join(dataDir, 'journal', 'electronic-journal.jsonl'),
    kioskId: KIOSK,
    now: () => new Date(),
  })
  const amount = { amountMinor: 250_000, currency: 'COP' as const }
  const parties = { member: '****1234', origin: '****0001', destination: '****0002' }
  j.append({
    type: 'intent',
    key: 'e2e-1',
    operation: 'transfer_own',
    ...parties,
    amount,
    reference: 'Arriendo',
  })
  j.append({ type: 'outcome', key: 'e2e-1', outcome: 'completed', via: 'answer', receiptNumber: 'R-1' })
  j.append({
    type: 'intent',
    key: 'e2e-2',
    operation: 'transfer_own',
    ...parties,
    amount,
    reference: 'Cuota',
  })
  return j.entries()
}

/** Today's maintenance audit as the sandbox stored it (read with a fresh IT sign-in), oldest first. */
async function maintenanceAudit(sandboxUrl: string) {
  const signIn = await fetch(`${sandboxUrl}/v1/staff/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: IT.username, password: IT.password, terminalId: 'AUDIT-READER' }),
  })
  const { token } = (await signIn.json()) as { token: string }
  const res = await fetch(`${sandboxUrl}/v1/staff/maintenance/audit`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(res.status).toBe(200)
  return MaintenanceAuditSchema.parse(await res.json()).entries.toReversed()
}

/** Five quick taps on the welcome screen's top-left corner, where the cooperative's name is. */
async function tapCorner(page: Page) {
  await expect(page.getByTestId('start')).toBeVisible()
  for (let i = 0; i < 5; i++) await page.mouse.click(30, 30)
}

/** The username on the on-screen letters, the password on the shuffled keyboard. */
async function signInStaff(page: Page, who: Pick<DemoStaff, 'username' | 'password'>) {
  const letters = page.getByTestId('text-keyboard')
  for (const ch of who.username) await letters.getByRole('button', { name: ch, exact: true }).click()
  await expect(page.getByTestId('maintenance-username')).toHaveValue(who.username)
  await page.getByTestId('maintenance-next').click()
  await typeOnKeyboard(page, who.password)
  await page.getByTestId('maintenance-submit').click()
}

/** Two receipts the member could not print (the printer is off): they wait in the queue. */
async function queueTwoReceipts(page: Page) {
  await signIn(page, ACTIVE)
  await page.getByRole('link', { name: /Posición consolidada/ }).click()
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('print-receipt').click()
    await expect(page.getByTestId('print-status')).toContainText('cola de reimpresión')
  }
  await page.getByTestId('secure-exit').click()
  await page.getByRole('button', { name: 'Volver al inicio' }).click()
}

test('IT opens maintenance by the corner gesture: printer status, test page, queue retry and clear, journal, sign-out, all audited (es)', async ({
  kiosk: page,
  stack,
  printerPort,
  printers,
}) => {
  await queueTwoReceipts(page)
  // The printer is back, low on paper.
  const printer = await startFakePrinter({ port: printerPort, status: { paper: 'near-end' } })
  printers.push(printer)

  // Nothing on the welcome screen gives the way in away: no text, nothing to focus.
  const corner = page.getByTestId('maintenance-corner')
  await expect(corner).toHaveAttribute('aria-hidden', 'true')
  await expect(corner).toHaveText('')
  expect(await corner.evaluate((el) => el.tabIndex)).toBe(-1)

  await tapCorner(page)
  await expect(page.getByRole('heading', { name: 'Mantenimiento del kiosco' })).toBeVisible()
  await expectAccessible(page, 'maintenance sign-in (username)')
  const letters = page.getByTestId('text-keyboard')
  for (const ch of IT.username) await letters.getByRole('button', { name: ch, exact: true }).click()
  await page.getByTestId('maintenance-next').click()
  await expect(page.getByTestId('keyboard')).toBeVisible()
  await expectAccessible(page, 'maintenance sign-in (password)')
  await typeOnKeyboard(page, IT.password)
  await page.getByTestId('maintenance-submit').click()

  await expect(page.getByTestId('maintenance-who')).toContainText(IT.displayName)
  await expect(page.getByTestId('printer-state')).toHaveText('En línea, con poco papel')
  await expect(page.getByTestId('printer-paper')).toHaveText('Por acabarse')
  await expect(page.getByTestId('printer-cover')).toHaveText('Cerrada')
  await expect(page.getByTestId('api-reachable')).toHaveText('Conectado')
  await expect(page.getByTestId('api-latency')).toContainText(/\d+ ms/)
  await expect(page.getByTestId('about-version')).toHaveText(/\d+\.\d+\.\d+/)
  await expect(page.getByTestId('config-printer.url')).toHaveText(`tcp://127.0.0.1:${printerPort}`)
  await expect(page.getByTestId('queue-job')).toHaveCount(2)
  await expectAccessible(page, 'maintenance')
  // No secret on the screen, ever.
  const html = await page.content()
  for (const secret of [IT.password, ACTIVE.password, ACTIVE.idNumber]) expect(html).not.toContain(secret)

  await page.getByTestId('printer-test-page').click()
  await expect(page.getByTestId('test-page-result')).toHaveText('Página de prueba impresa.')
  const [testPage] = await printer.waitForJobs(1)
  expect(text(testPage!)).toContain('Página de prueba')
  expect(text(testPage!)).toContain('ñ Ñ á é í ó ú ü É ¿ ¡')

  // Paper runs out: the next reading says so.
  printer.setStatus({ paper: 'out' })
  await page.getByTestId('printer-check').click()
  await expect(page.getByTestId('printer-state')).toHaveText('Fuera de línea')
  await expect(page.getByTestId('printer-paper')).toHaveText('Sin papel')
  printer.setStatus({})

  // One queued receipt retried: it reaches the paper.
  await page
    .getByTestId('queue-job')
    .first()
    .getByRole('button', { name: /Reintentar/ })
    .click()
  await expect(page.getByTestId('queue-outcome')).toHaveText('Impresos: 1. Siguen en la cola: 1.')
  const [, reprinted] = await printer.waitForJobs(2)
  expect(text(reprinted!)).toContain('Posición consolidada')
  await expect(page.getByTestId('queue-job')).toHaveCount(1)

  // Clearing asks first; cancelling keeps the job.
  await page.getByTestId('queue-clear-all').click()
  await expect(page.getByTestId('queue-confirm-text')).toHaveText(
    '¿Eliminar los 1 recibos pendientes sin imprimirlos?',
  )
  await expectAccessible(page, 'maintenance (clear confirmation)')
  await page.getByRole('button', { name: 'Cancelar' }).click()
  await expect(page.getByTestId('queue-job')).toHaveCount(1)
  await page.getByTestId('queue-clear-all').click()
  await page.getByTestId('queue-confirm').click()
  await expect(page.getByTestId('queue-outcome')).toHaveText('Eliminados: 1. Siguen en la cola: 0.')
  await expect(page.getByTestId('queue-empty')).toBeVisible()

  // The electronic journal: verified from the file, then exported as CSV into the data folder.
  const entries = seedJournal(stack.dataDir)
  await page.getByTestId('journal-verify').click()
  await expect(page.getByTestId('journal-verdict')).toHaveText('Cadena íntegra: 3 registros verificados.')
  await expect(page.getByTestId('journal-head')).toHaveText(entries[2]!.hash.slice(0, 12))
  await expect(page.getByTestId('journal-pending')).toHaveText('1')
  await expectAccessible(page, 'maintenance (journal verified)')
  await page.getByTestId('journal-export').click()
  const exported = page.getByTestId('journal-export-result')
  await expect(exported).toContainText('Exportados 3 registros a ')
  const path = (await exported.textContent())!.replace(/^Exportados 3 registros a /, '').replace(/\.$/, '')
  expect(path.startsWith(join(stack.dataDir, 'exports', `journal-${KIOSK}-`))).toBe(true)
  const csv = readFileSync(path, 'utf8').trimEnd().split('\n')
  expect(csv).toHaveLength(4)
  expect(csv[1]).toContain(',intent,e2e-1,transfer_own,')
  expect(csv[3]).toContain(`,Cuota,250000 COP,`)

  await page.getByTestId('maintenance-sign-out').click()
  await expect(page.getByTestId('start')).toBeVisible()
  // Every action went to the core's append-only audit, under the technician and this kiosk.
  const audit = await maintenanceAudit(stack.sandboxUrl)
  expect(audit.map((r) => [r.staffUsername, r.terminalId])).toEqual(audit.map(() => [IT.username, KIOSK]))
  const done = audit.map((r) => [r.action, r.result])
  expect(done[0]).toEqual(['sign-in', 'ok'])
  // The screen's first readings, taken together on opening.
  expect(done.slice(1, 3)).toEqual(
    expect.arrayContaining([
      ['printer-status', 'attention'],
      ['connectivity', 'reachable'],
    ]),
  )
  expect(done.slice(3)).toEqual([
    ['test-page', 'printed'],
    ['printer-status', 'attention'],
    ['printer-status', 'offline'],
    ['queue-retry', '1 retried, 1 left'],
    ['queue-clear', '1 removed, 0 left'],
    ['journal-verify', 'intact, 3 entries'],
    ['journal-export', '3 entries'],
    ['sign-out', 'ok'],
  ])
  // Nothing is held any more: the maintenance channels are closed again.
  expect(await invokeFromPage(page, 'maintenance.me')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(await invokeFromPage(page, 'print.queue.list')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  await expect(page.getByText(IT.displayName)).toHaveCount(0)
})

test('IT opens maintenance with Ctrl+Alt+Shift+M, in English', async ({
  kiosk: page,
  stack,
  printerPort,
  printers,
}) => {
  const printer = await startFakePrinter({ port: printerPort, status: { coverOpen: true } })
  printers.push(printer)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByTestId('start')).toBeVisible()
  await page.keyboard.press('Control+Alt+Shift+KeyM')
  await expect(page.getByRole('heading', { name: 'Kiosk maintenance' })).toBeVisible()
  await expectAccessible(page, 'maintenance sign-in (en)')
  await signInStaff(page, IT)

  await expect(page.getByTestId('maintenance-who')).toHaveText(`Signed in: ${IT.displayName}`)
  await expect(page.getByTestId('printer-state')).toHaveText('Offline')
  await expect(page.getByTestId('printer-cover')).toHaveText('Open')
  await expect(page.getByTestId('queue-empty')).toHaveText('No receipts are waiting.')
  await expect(page.getByTestId('api-reachable')).toHaveText('Connected')
  await expectAccessible(page, 'maintenance (en)')

  printer.setStatus({})
  await page.getByTestId('printer-test-page').click()
  await expect(page.getByTestId('test-page-result')).toHaveText('Test page printed.')
  expect(text((await printer.waitForJobs(1))[0]!)).toContain('Test page')

  // No transfer at this kiosk yet: an empty journal, said so.
  await page.getByTestId('journal-verify').click()
  await expect(page.getByTestId('journal-verdict')).toHaveText('Chain intact: 0 entries verified.')
  await expect(page.getByTestId('journal-head')).toHaveText('No entries')
  await page.getByTestId('journal-export').click()
  await expect(page.getByTestId('journal-export-result')).toContainText(
    `Exported 0 entries to ${join(stack.dataDir, 'exports', `journal-${KIOSK}-`)}`,
  )
  await expectAccessible(page, 'maintenance journal (en)')

  await page.getByTestId('maintenance-sign-out').click()
  await expect(page.getByTestId('start')).toBeVisible()
  expect(await invokeFromPage(page, 'maintenance.about')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

test('a teller cannot open maintenance, nor can a member', async ({ kiosk: page }) => {
  await tapCorner(page)
  await signInStaff(page, TELLER)
  await expect(page.getByTestId('error-message')).toHaveText(
    'Este usuario no pertenece al soporte técnico: el mantenimiento no está disponible para él.',
  )
  await expectAccessible(page, 'maintenance sign-in (refused)')
  expect(await invokeFromPage(page, 'maintenance.printerStatus')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  await page.getByTestId('maintenance-password-step').getByRole('button', { name: 'Salir' }).click()
  await expect(page.getByTestId('start')).toBeVisible()

  // A member's session opens none of it, and the key sequence does nothing past the welcome screen.
  await signIn(page, ACTIVE)
  await expect(page.getByTestId('secure-exit')).toBeVisible()
  await page.keyboard.press('Control+Alt+Shift+KeyM')
  await expect(page.getByTestId('secure-exit')).toBeVisible()
  for (const channel of ['maintenance.about', 'maintenance.testPage', 'print.queue.clear'])
    expect(
      await invokeFromPage(page, channel, channel.endsWith('testPage') ? { language: 'es' } : {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
})

test.describe('an idle maintenance session', () => {
  test.use({ sandboxArgs: ['--staff-session-ttl', '10'] })

  test('ends in main after the staff idle time, and the screen goes back to welcome', async ({
    kiosk: page,
  }) => {
    await tapCorner(page)
    await signInStaff(page, IT)
    await expect(page.getByTestId('maintenance-screen')).toBeVisible()
    // Nobody touches it: main's timer ends the session and tells the screen (maintenance.ended).
    await expect(page.getByTestId('start')).toBeVisible({ timeout: 30_000 })
    expect(await invokeFromPage(page, 'maintenance.me')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
