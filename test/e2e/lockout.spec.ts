import type { Page } from '@playwright/test'
import { kioskConfigForProfile, PROFILES } from '../../shared/config/profiles'
import { demoMember } from '../../sandbox/seed/demo-members'
import { latestTemporaryKey, signInAtIdStep } from './credentials/credentials-actions'
import { enterId, typeOnKeyboard } from './support/kiosk-actions'
import { expect, test } from './support/stack'

/** Three wrong passwords in a row, from the ID step: the third locks. */
async function lockOut(page: Page, idNumber: string) {
  await enterId(page, idNumber)
  await page.getByTestId('confirm-image').click()
  for (const wrong of ['Wrong12a', 'Wrong12b', 'Wrong12c']) {
    await typeOnKeyboard(page, wrong)
    await page.getByTestId('login-submit').click()
    await expect(page.getByTestId('error-message')).toBeVisible()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Usuario bloqueado')
  await expect(page.getByTestId('keyboard')).toHaveCount(0)
}

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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Usuario bloqueado')
  // A key by SMS would end in the same lock: the screen does not offer it.
  await expect(page.getByTestId('forgot-password')).toHaveCount(0)
})

test('co: a timed lock says when, and "Olvidé mi clave" gets the member in now with a key by SMS', async ({
  kiosk: page,
  stack,
}) => {
  const member = demoMember('co', 'no-loans')
  await lockOut(page, member.idNumber)
  await expect(page.getByTestId('error-message')).toContainText('Intente de nuevo en 15 minutos')
  await expect(page.getByTestId('locked-recovery')).toContainText('pida una clave temporal')
  await page.getByTestId('forgot-password').click()
  await page.getByTestId('channel-sms').click()
  await page.getByTestId('recovery-send').click()
  await expect(page.getByTestId('recovery-sent')).toBeVisible()
  await page.getByTestId('recovery-to-login').click()
  const key = await latestTemporaryKey(stack.sandboxUrl, member.idNumber)
  await signInAtIdStep(page, member.idNumber, key)
  // The key lifted the lock: the member is signed in and chooses a new password.
  await expect(page.getByRole('heading', { name: 'Cambio de clave' })).toBeVisible()
})

test.describe('pa: a profile whose locks only a teller lifts', () => {
  test.use({ sandboxArgs: ['--profile', 'pa'], kioskConfig: kioskConfigForProfile(PROFILES.pa) })

  test('the locked screen sends the member to a teller and offers no key by SMS', async ({ kiosk: page }) => {
    const member = demoMember('pa', 'no-loans')
    await lockOut(page, member.idNumber)
    await expect(page.getByTestId('error-message')).toHaveText(
      'Su usuario está bloqueado. Acérquese a un asesor de la cooperativa para desbloquearlo.',
    )
    await expect(page.getByTestId('forgot-password')).toHaveCount(0)
    await page.getByRole('button', { name: 'Volver al inicio' }).first().click()
    await expect(page.getByTestId('start')).toBeVisible()
  })
})
