import { demoMember } from '../../../sandbox/seed/demo-members'
import { expectAccessible } from '../support/axe'
import { signIn } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import { chooseNewPassword, finishSetup } from './credentials-actions'

test('the credentials screens pass axe (no serious or critical violations)', async ({ kiosk: page }) => {
  const maria = demoMember('co', 'active')
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(maria.idNumber)
  await page.getByTestId('forgot-password').click()
  await expect(page.getByTestId('destination-sms')).toBeVisible()
  await expectAccessible(page, 'recovery')
  await page.getByRole('button', { name: 'Cancelar' }).click()
  await page.getByTestId('enroll-link').click()
  await expect(page.getByTestId('enroll-idNumber')).toBeVisible()
  await expectAccessible(page, 'enrollment')
  await page.getByRole('button', { name: 'Cancelar' }).click()

  await signIn(page, demoMember('co', 'temporary-password'))
  await expect(page.getByTestId('password-checklist')).toBeVisible()
  await expectAccessible(page, 'forced password change')
  await chooseNewPassword(page, 'Juan2025')
  await expect(page.getByTestId('setup-done')).toBeVisible()
  await expectAccessible(page, 'setup done')
  await finishSetup(page, 'Su clave quedó cambiada')
  await page.getByRole('link', { name: /Opciones de usuario/ }).click()
  await expect(page.getByTestId('options-username')).toBeVisible()
  await expectAccessible(page, 'user options')
  await page.getByTestId('option-securityImage').click()
  await expect(page.getByTestId('security-question')).toBeVisible()
  await expectAccessible(page, 'security question')
})
