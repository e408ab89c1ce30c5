import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { bin, startService, stop } from '../../../scripts/lib/run.mjs'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import type { KioskConfigInput } from '../../../shared/config/kiosk-config'
import {
  chooseImageAndPhrase,
  chooseNewPassword,
  readOutbox,
  typeInField,
} from '../credentials/credentials-actions'
import { expectAccessible } from '../support/axe'
import { enterId, invokeFromPage, typeOnKeyboard } from '../support/kiosk-actions'
import { act, expect, keyOnSlip, lookUp, staffSignIn, test as tellerTest, WORDS } from './teller-support'

// Across modes, on one sandbox: a teller's desk (teller mode) activates a member who never had online
// access, with the key on a sealed slip from the desk's TCP printer; at a kiosk in the lobby (member mode,
// a second browser shell, its own browser context) the member signs in with the key read off the paper.

const test = tellerTest.extend<{ lobby: Page }>({
  /** A second browser shell in kiosk mode, against the same sandbox, in a browser context of its own. */
  lobby: async ({ browser, stack }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-lobby-'))
    const configFile = join(dir, 'kiosk-config.json')
    const config: KioskConfigInput = {
      kioskId: 'KIOSK-LOBBY',
      api: { baseUrl: stack.sandboxUrl, timeoutMs: 3000, retries: 0 },
    }
    writeFileSync(configFile, JSON.stringify(config))
    const shell = await startService(
      bin('tsx'),
      [
        'electron/web/cli.ts',
        ...['--config', configFile, '--port', '0', '--no-open', '--log-level', 'error', '--dev-unsigned'],
      ],
      { name: 'lobby browser shell' },
    )
    const context = await browser.newContext({ locale: 'es-CO', viewport: { width: 1280, height: 1024 } })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) problems.push(m.text())
    })
    page.on('pageerror', (e) => problems.push(e.message))
    try {
      await page.goto(shell.info.launchUrl as string)
      await use(page)
      expect(problems, 'console errors in the lobby kiosk').toEqual([])
    } finally {
      await context.close()
      await stop(shell.child)
      rmSync(dir, { recursive: true, force: true })
    }
  },
})

const TELLER = demoStaff('teller')
const SUPERVISOR = demoStaff('supervisor')
const SANDRA = demoMember('co', 'not-enrolled')

/** Every file under a folder, as text. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => readFileSync(join(f.parentPath, f.name)).toString('latin1'))

test('teller activates with a sealed slip → the member signs in at the kiosk with its key → new password → image and phrase → home', async ({
  kiosk: desk,
  lobby,
  stack,
  printer,
}) => {
  const w = WORDS.es
  // At the lobby kiosk, before: she has no online user; the ID step treats her as anyone.
  await expect(lobby.getByTestId('start')).toBeVisible()

  // The desk: teller and supervisor, the slip printed.
  await staffSignIn(desk, TELLER, 'es')
  await lookUp(desk, SANDRA.idNumber, 'es')
  await expect(desk.getByTestId('access-status')).toHaveText(w.member.statuses['not-enrolled'])
  await act(
    desk,
    { action: 'activate', reason: w.reasons['first-access'], delivery: 'slip', supervisor: SUPERVISOR },
    'es',
  )
  await expect(desk.getByTestId('action-outcome')).toContainText(w.done.slipPrinted)
  const [job] = await printer.waitForJobs(1)
  const key = keyOnSlip(job!, 'es')

  // The key is on the paper only: not on the desk's screen, not in its answers, not sent, not stored.
  expect(await desk.content()).not.toContain(key)
  const looked = await invokeFromPage(desk, 'teller.lookup', { idNumber: SANDRA.idNumber })
  expect(JSON.stringify(looked)).not.toContain(key)
  expect(await readOutbox(stack.sandboxUrl, SANDRA.idNumber)).toEqual([])
  // The desk shell's folder holds its configuration and the sandbox's database (and its WAL).
  expect(existsSync(stack.dataFile)).toBe(true)
  for (const text of filesIn(stack.dataDir)) expect(text).not.toContain(key)
  await desk.getByTestId('staff-sign-out').click()

  // The lobby kiosk: her ID on the keypad, the key on the shuffled keyboard.
  await enterId(lobby, SANDRA.idNumber)
  await lobby.getByTestId('confirm-image').click()
  await typeOnKeyboard(lobby, key)
  await lobby.getByTestId('login-submit').click()

  // Forced change first, with everything still to set up listed.
  await expect(lobby.getByRole('heading', { name: 'Cambio de clave' })).toBeVisible()
  await expect(lobby.getByTestId('setup-steps')).toContainText('Imagen y frase')
  await expectAccessible(lobby, 'forced change after a slip key')
  await chooseNewPassword(lobby, SANDRA.password)

  await expect(lobby.getByRole('heading', { name: 'Imagen y frase de seguridad' })).toBeVisible()
  await chooseImageAndPhrase(lobby, 'guitar', 'Canto en el coro')

  // A new online user also chooses questions and accepts the contract before home.
  await expect(lobby.getByRole('heading', { name: 'Preguntas de seguridad' })).toBeVisible()
  for (const q of ['first-pet', 'first-job', 'favorite-dish'])
    await lobby.getByTestId(`question-${q}`).click()
  await lobby.getByTestId('questions-next').click()
  await typeInField(lobby, 'first-pet', 'Lulu')
  await typeInField(lobby, 'first-job', 'cajera')
  await typeInField(lobby, 'favorite-dish', 'arepas')
  await lobby.getByTestId('questions-submit').click()
  await expect(lobby.getByRole('heading', { name: 'Contrato de servicios', exact: true })).toBeVisible()
  await lobby.getByTestId('contract-end').scrollIntoViewIfNeeded()
  await expect(lobby.getByTestId('contract-status')).toContainText('Llegó al final del contrato.')
  await lobby.getByTestId('contract-accept').click()

  await expect(lobby.getByTestId('member-full-name')).toContainText('SANDRA MILENA')
  expect(await lobby.content()).not.toContain(key)

  // Back at the desk: the teller sees her active, the slip key used.
  await staffSignIn(desk, TELLER, 'es')
  await lookUp(desk, SANDRA.idNumber, 'es')
  await expect(desk.getByTestId('access-status')).toHaveText(w.member.statuses.active)
  await expect(desk.getByTestId('member-panel')).toContainText(w.member.eventKinds['key-used'])
  await expect(
    desk.getByTestId('member-panel').getByRole('listitem').filter({ hasText: 'KIOSK-LOBBY' }),
  ).toHaveCount(1)

  // The key worked once: a second sign-in with it is refused.
  const again = await fetch(`${stack.sandboxUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ idNumber: SANDRA.idNumber, password: key, kioskId: 'KIOSK-EAST' }),
  })
  expect(again.status).toBe(401)
})

test('a reset at the desk is felt at the kiosk: the member chooses a new image and phrase and new questions', async ({
  kiosk: desk,
  lobby,
}) => {
  const w = WORDS.es
  const MARIA = demoMember('co', 'active')
  await staffSignIn(desk, TELLER, 'es')
  await lookUp(desk, MARIA.idNumber, 'es')
  await act(desk, { action: 'resetImage', reason: w.reasons['suspected-phishing'] }, 'es')
  await expect(desk.getByTestId('action-outcome')).toContainText(w.done.resetImage)
  await act(desk, { action: 'resetQuestions', reason: w.reasons['forgot-answers'] }, 'es')
  await expect(desk.getByTestId('action-outcome')).toContainText(w.done.resetQuestions)
  await desk.getByTestId('staff-sign-out').click()

  // Her usual password still works; what the teller reset must be chosen again before home.
  await enterId(lobby, MARIA.idNumber)
  await lobby.getByTestId('confirm-image').click()
  await typeOnKeyboard(lobby, MARIA.password)
  await lobby.getByTestId('login-submit').click()
  await expect(lobby.getByRole('heading', { name: 'Imagen y frase de seguridad' })).toBeVisible()
  await chooseImageAndPhrase(lobby, 'zebra', 'Mi cebra nueva')
  await expect(lobby.getByRole('heading', { name: 'Preguntas de seguridad' })).toBeVisible()
  for (const q of ['first-pet', 'first-job', 'favorite-dish'])
    await lobby.getByTestId(`question-${q}`).click()
  await lobby.getByTestId('questions-next').click()
  await typeInField(lobby, 'first-pet', 'Rocky')
  await typeInField(lobby, 'first-job', 'maestra')
  await typeInField(lobby, 'favorite-dish', 'ajiaco')
  await lobby.getByTestId('questions-submit').click()
  await expect(lobby.getByTestId('member-full-name')).toContainText('MARÍA FERNANDA')

  // The next time, the ID step shows the picture and phrase she chose.
  await lobby.getByTestId('secure-exit').click()
  await lobby.getByRole('button', { name: 'Volver al inicio' }).click()
  await enterId(lobby, MARIA.idNumber)
  await expect(lobby.getByTestId('security-phrase')).toContainText('Mi cebra nueva')
})
