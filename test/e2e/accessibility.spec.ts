import { demoMember } from '../../sandbox/seed/demo-members'
import { expectAccessible } from './support/axe'
import { enterId, typeOnKeyboard } from './support/kiosk-actions'
import { expect, test } from './support/stack'

test('every screen of the sign-in journey passes axe (no serious or critical violations)', async ({
  page,
  stack,
}) => {
  const maria = demoMember('co', 'active')
  await page.clock.install()
  await page.goto(stack.launchUrl)
  await expectAccessible(page, 'welcome')

  await page.getByTestId('start').click()
  await expect(page.getByTestId('id-input')).toBeVisible()
  await expectAccessible(page, 'ID entry')
  await page.getByTestId('start').count()

  await page.getByTestId('id-input').pressSequentially(maria.idNumber)
  await page.getByTestId('id-continue').click()
  await expect(page.getByTestId('security-phrase')).toBeVisible()
  await expectAccessible(page, 'security image')

  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, 'bad1')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('error-message')).toBeVisible()
  await expectAccessible(page, 'password (with error)')

  await typeOnKeyboard(page, maria.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  await expectAccessible(page, 'home')

  await page.clock.runFor(91_000)
  await expect(page.getByTestId('timeout-dialog')).toBeVisible()
  await expectAccessible(page, 'timeout warning')

  await page.getByRole('button', { name: 'Salir' }).click()
  await expect(page.getByTestId('goodbye-reason')).toBeVisible()
  await expectAccessible(page, 'goodbye')
})

test('the locked-account and unreachable-API messages pass axe', async ({ kiosk: page, stack }) => {
  await enterId(page, demoMember('co', 'locked').idNumber)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, demoMember('co', 'locked').password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('error-message')).toContainText('bloqueado')
  await expectAccessible(page, 'locked')

  await page.getByRole('button', { name: 'Volver al inicio' }).first().click()
  await stack.stopSandbox()
  await enterId(page, demoMember('co', 'active').idNumber)
  await expect(page.getByTestId('error-message')).toBeVisible()
  await expectAccessible(page, 'API unreachable')
})
