/**
 * Issue 15: what the kiosk tells a member when the credential limits bite, against the sandbox over real
 * HTTP — a timed lock after wrong passwords, a day's wrong codes spent, a send cooldown. Spanish first,
 * one check in English.
 */
import { demoMember } from '../../sandbox/seed/demo-members'
import { latestCode } from './credentials/credentials-actions'
import { enterId, typeOnKeyboard } from './support/kiosk-actions'
import { expect, test } from './support/stack'

type Page = import('@playwright/test').Page

const tapDigits = async (page: Page, digits: string) => {
  const keypad = page.getByRole('group', { name: /Teclado numérico|Number pad/ })
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click()
}

test('a timed lock says when to come back, in Spanish and in English', async ({ kiosk: page }) => {
  const member = demoMember('co', 'no-loans')
  await enterId(page, member.idNumber)
  await page.getByTestId('confirm-image').click()
  const error = page.getByTestId('error-message')
  for (const [wrong, left] of [
    ['Wrong1', '2 intentos'],
    ['Wrong2', '1 intento'],
  ] as const) {
    await typeOnKeyboard(page, wrong)
    await page.getByTestId('login-submit').click()
    await expect(error).toContainText(left)
  }
  await typeOnKeyboard(page, 'Wrong3')
  await page.getByTestId('login-submit').click()
  // co locks for 15 minutes first (lockedUntil - now, in whole minutes), and the lock ends by itself.
  await expect(error).toHaveText(
    /Su usuario está bloqueado temporalmente por claves incorrectas\. Intente de nuevo en 15 minutos o acérquese a un asesor\./,
  )
  await page.getByRole('button', { name: 'Volver al inicio' }).first().click()

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await enterId(page, member.idNumber)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, member.password)
  await page.getByTestId('login-submit').click()
  await expect(error).toHaveText(
    /Your user is locked for a while after wrong passwords\. Try again in 15 minutes or see a member of staff\./,
  )
  await expect(page.getByTestId('member-full-name')).toHaveCount(0)
})

test.describe('without send cooldowns', () => {
  test.use({ sandboxArgs: ['--otp-cooldown', '0', '--send-cooldown', '0'] })

  test('once the day’s wrong enrollment codes are spent, the member is told to come back tomorrow', async ({
    kiosk: page,
    stack,
  }) => {
    const sandra = demoMember('co', 'not-enrolled')
    await page.getByTestId('start').click()
    await page.getByTestId('enroll-link').click()
    await page.getByTestId('enroll-idNumber').click()
    await tapDigits(page, sandra.idNumber)
    await page.getByTestId('enroll-memberNumber').click()
    await tapDigits(page, sandra.memberNumber)
    const [year, month, day] = sandra.birthDate.split('-') as [string, string, string]
    await page.getByTestId('enroll-day').click()
    await tapDigits(page, day + month + year)
    await page.getByTestId('enroll-submit').click()
    await expect(page.getByTestId('code-lead')).toBeVisible()

    const error = page.getByTestId('error-message')
    const tryWrongCode = async (expected: string | RegExp) => {
      const code = await latestCode(stack.sandboxUrl, sandra.idNumber)
      await tapDigits(page, code === '000000' ? '111111' : '000000')
      await page.getByTestId('code-verify').click()
      await expect(error).toContainText(expected)
    }
    // Three tries per code; a new code gives three more, but the day's budget (5) runs out first.
    await tryWrongCode('Le quedan 2 intentos')
    await tryWrongCode('Le queda 1 intento')
    await tryWrongCode('Le quedan 0 intentos')
    await page.getByTestId('code-resend').click()
    await expect(page.getByText('Enviamos un código nuevo')).toBeVisible()
    await tryWrongCode('Le queda 1 intento')
    await tryWrongCode('Le quedan 0 intentos')
    await tryWrongCode(
      'Por seguridad ya no quedan intentos por hoy. Intente de nuevo mañana o acérquese a un asesor.',
    )

    // Not even the right code opens it today.
    await tapDigits(page, await latestCode(stack.sandboxUrl, sandra.idNumber))
    await page.getByTestId('code-verify').click()
    await expect(error).toContainText('ya no quedan intentos por hoy')
    await expect(page.getByRole('heading', { name: 'Cree su clave' })).toHaveCount(0)
    await expect(page.getByTestId('new-password-submit')).toHaveCount(0)
  })
})

test('a second temporary key asked for within the cooldown tells how many seconds to wait', async ({
  kiosk: page,
}) => {
  const maria = demoMember('co', 'active')
  const askForKey = async () => {
    await page.getByTestId('id-input').fill(maria.idNumber)
    await page.getByTestId('forgot-password').click()
    await page.getByTestId('channel-sms').click()
    await page.getByTestId('recovery-send').click()
  }
  await page.getByTestId('start').click()
  await askForKey()
  await expect(page.getByTestId('recovery-sent')).toBeVisible()
  await page.getByTestId('recovery-to-login').click()

  await askForKey()
  const error = page.getByTestId('error-message')
  await expect(error).toContainText('Hubo demasiados intentos seguidos.')
  const wait = /Espere (\d+) segundos? e intente de nuevo\./.exec((await error.textContent()) ?? '')
  expect(wait, 'the wait in seconds').not.toBeNull()
  // The sandbox's default cooldown is 60 s; what is left of it is shown, in seconds.
  expect(Number(wait![1])).toBeGreaterThan(0)
  expect(Number(wait![1])).toBeLessThanOrEqual(60)
  await expect(page.getByTestId('recovery-sent')).toHaveCount(0)
})
