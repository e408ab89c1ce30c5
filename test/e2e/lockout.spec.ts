import { demoMember } from '../../sandbox/seed/demo-members'
import { enterId, typeOnKeyboard } from './support/kiosk-actions'
import { expect, test } from './support/stack'

test('wrong passwords count down the attempts, then the user is locked even with the right one', async ({
  kiosk: page,
}) => {
  const member = demoMember('co', 'no-loans')
  await enterId(page, member.idNumber)
  await page.getByTestId('confirm-image').click()
  const error = page.getByTestId('error-message')

  await typeOnKeyboard(page, 'Wrong1')
  await page.getByTestId('login-submit').click()
  await expect(error).toContainText('Clave incorrecta')
  await expect(error).toContainText('2 intentos')
  await expect(page.getByTestId('password-mask')).toHaveText('')

  await typeOnKeyboard(page, 'Wrong2')
  await page.getByTestId('login-submit').click()
  await expect(error).toContainText('1 intento')

  await typeOnKeyboard(page, 'Wrong3')
  await page.getByTestId('login-submit').click()
  await expect(error).toContainText('bloqueado')
  await expect(page.getByTestId('keyboard')).toHaveCount(0)
  await page.getByRole('button', { name: 'Volver al inicio' }).first().click()
  await expect(page.getByTestId('start')).toBeVisible()

  // The right password no longer opens the account.
  await enterId(page, member.idNumber)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, member.password)
  await page.getByTestId('login-submit').click()
  await expect(error).toContainText('bloqueado')
  await expect(page.getByTestId('member-full-name')).toHaveCount(0)
})

test('a member locked in the core is sent to a teller', async ({ kiosk: page }) => {
  const member = demoMember('co', 'locked')
  await enterId(page, member.idNumber)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, member.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('error-message')).toContainText('Acérquese a un asesor')
})
