import { demoMember } from '../../sandbox/seed/demo-members'
import { chooseNewPassword } from './credentials/credentials-actions'
import { expectNoMemberTrace, signIn } from './support/kiosk-actions'
import { expect, test } from './support/stack'

const maria = demoMember('co', 'active')

// The renderer's clock is Playwright's fake clock, so two minutes of idleness take no real time.
test('idle countdown warns 30 s before the end, can be extended, then logs out leaving no member data', async ({
  page,
  stack,
}) => {
  await page.clock.install()
  await page.goto(stack.launchUrl)
  await signIn(page, maria)
  const countdown = page.getByTestId('session-countdown')
  await expect(countdown).toContainText('2:00')

  await page.clock.runFor(60_000)
  await expect(countdown).toContainText('1:00')
  await expect(page.getByTestId('timeout-dialog')).toHaveCount(0)

  await page.clock.runFor(31_000)
  const dialog = page.getByTestId('timeout-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Su sesión está por terminar')
  await expect(page.getByTestId('extend-session')).toBeFocused()

  await page.getByTestId('extend-session').click()
  await expect(dialog).toHaveCount(0)
  await expect(countdown).toContainText(/2:00|1:59/)
  await expect(page.getByTestId('member-full-name')).toBeVisible()

  await page.clock.runFor(121_000)
  // The ending is told for a few seconds before the welcome screen.
  await expect(page.getByTestId('goodbye-title')).toHaveText('Su sesión se cerró por inactividad')
  await expect(page.getByTestId('goodbye-reason')).toContainText('ingrese de nuevo')
  await page.clock.runFor(5_000)
  await expect(page.getByTestId('goodbye-title')).toBeVisible()
  await page.clock.runFor(10_000)
  await expect(page.getByTestId('start')).toBeVisible()
  await expectNoMemberTrace(page, maria)
})

test('a half-typed sign-in is abandoned after the idle time', async ({ page, stack }) => {
  await page.clock.install()
  await page.goto(stack.launchUrl)
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially('5287')
  await page.clock.runFor(125_000)
  await expect(page.getByTestId('start')).toBeVisible()
  await page.getByTestId('start').click()
  await expect(page.getByTestId('id-input')).toHaveValue('')
})

test('a forced change ends with "Su clave quedó cambiada", then home by itself', async ({ page, stack }) => {
  await page.clock.install()
  await page.goto(stack.launchUrl)
  const juan = demoMember('co', 'temporary-password')
  await signIn(page, juan)
  await chooseNewPassword(page, 'Juan2025')
  const done = page.getByTestId('setup-done')
  await expect(done.getByRole('heading', { level: 1 })).toHaveText('Su clave quedó cambiada')
  await expect(done).toContainText('Desde ahora ingresa con su nueva clave')
  await expect(page.getByTestId('member-full-name')).toHaveCount(0)
  await page.clock.runFor(7_000)
  await expect(page.getByTestId('member-full-name')).toContainText('JUAN CARLOS')
})

test('"Salida segura" says goodbye, then the welcome screen', async ({ page, stack }) => {
  await page.clock.install()
  await page.goto(stack.launchUrl)
  await signIn(page, maria)
  await page.getByTestId('secure-exit').click()
  await expect(page.getByTestId('goodbye-title')).toHaveText('Gracias por usar Coop Demo')
  await expect(page.getByTestId('goodbye-reason')).toHaveText('Su sesión se cerró de forma segura.')
  await page.clock.runFor(9_000)
  await expect(page.getByTestId('start')).toBeVisible()
})
