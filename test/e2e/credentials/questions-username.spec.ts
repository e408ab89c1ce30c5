import { demoMember } from '../../../sandbox/seed/demo-members'
import { invokeFromPage, signIn, typeOnKeyboard } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import { answerDemoQuestion, leave, typeOnTextKeyboard } from './credentials-actions'

const maria = demoMember('co', 'active')

test('a security question gates the username change; then the username signs in', async ({ kiosk: page }) => {
  await signIn(page, maria)
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  // Without a right answer the API refuses the change, whatever the screen does.
  expect(await invokeFromPage(page, 'credentials.changeUsername', { username: 'MariaF2024' })).toMatchObject({
    ok: false,
    error: { code: 'VERIFICATION_REQUIRED' },
  })

  await page.getByRole('link', { name: /Opciones de usuario/ }).click()
  await expect(page.getByTestId('options-username')).toContainText('Sin usuario')
  await page.getByTestId('option-username').click()
  await expect(page.getByRole('heading', { name: 'Pregunta de seguridad' })).toBeVisible()
  await expect(page.getByTestId('security-question')).toContainText('¿')

  await typeOnKeyboard(page, 'equivocada')
  await page.getByTestId('answer-submit').click()
  await expect(page.getByTestId('error-message')).toContainText(
    'La respuesta no es correcta. Le quedan 2 intentos.',
  )
  await answerDemoQuestion(page)

  await expect(page.getByRole('heading', { name: 'Cambio de usuario' })).toBeVisible()
  await typeOnTextKeyboard(page, 'maria')
  await expect(page.getByTestId('username-submit')).toBeDisabled() // fewer than 8
  await typeOnTextKeyboard(page, 'F2024')
  await page.getByTestId('username-submit').click()
  await expect(page.getByTestId('change-done')).toContainText('Su nuevo usuario es mariaF2024.')
  await page.getByTestId('back-to-options').click()
  await expect(page.getByTestId('options-username')).toHaveText('mariaF2024')

  // The answer opened one change only.
  expect(await invokeFromPage(page, 'credentials.changeUsername', { username: 'OtroNombre1' })).toMatchObject(
    {
      ok: false,
      error: { code: 'VERIFICATION_REQUIRED' },
    },
  )

  await leave(page)
  await page.getByTestId('start').click()
  await page.getByTestId('id-letters').click()
  await typeOnTextKeyboard(page, 'MARIAF2024')
  await page.getByTestId('id-continue').click()
  await expect(page.getByTestId('security-phrase')).toContainText(maria.securityPhrase)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, maria.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('member-full-name')).toContainText('MARÍA FERNANDA')
})

test.describe('with a short block after wrong answers', () => {
  test.use({ sandboxArgs: ['--question-block', '600'] })

  test('three wrong answers block the sensitive changes for a while, with a way back', async ({
    kiosk: page,
  }) => {
    await signIn(page, maria)
    await page.getByRole('link', { name: /Opciones de usuario/ }).click()
    await page.getByTestId('option-password').click()
    for (const left of ['2 intentos', '1 intento']) {
      await typeOnKeyboard(page, 'nada')
      await page.getByTestId('answer-submit').click()
      await expect(page.getByTestId('error-message')).toContainText(left)
    }
    await typeOnKeyboard(page, 'nada')
    await page.getByTestId('answer-submit').click()
    await expect(page.getByTestId('error-message')).toContainText('Espere 10 minutos')
    await expect(page.getByTestId('keyboard')).toHaveCount(0)
    await page.getByTestId('verify-back').click()
    await page.getByTestId('option-username').click()
    await expect(page.getByTestId('error-message')).toContainText('Hubo demasiados intentos seguidos.')
  })
})

test('a voluntary password change: question, current password, new one twice', async ({ kiosk: page }) => {
  await signIn(page, maria)
  await page.getByRole('link', { name: /Opciones de usuario/ }).click()
  await page.getByTestId('option-password').click()
  await answerDemoQuestion(page)
  await expect(page.getByRole('heading', { name: 'Cambiar clave' })).toBeVisible()
  await page.getByTestId('secret-field-current-select').click()
  await typeOnKeyboard(page, 'Wrong1')
  await page.getByTestId('secret-field-new-select').click()
  await typeOnKeyboard(page, 'Coop2025')
  await page.getByTestId('secret-field-confirm-select').click()
  await typeOnKeyboard(page, 'Coop2025')
  await page.getByTestId('new-password-submit').click()
  await expect(page.getByTestId('error-message')).toContainText('Clave incorrecta. Le quedan 2 intentos.')
  // The refused attempt used the answer up only if it succeeded: try again with the right password.
  await page.getByTestId('secret-field-current-select').click()
  await typeOnKeyboard(page, maria.password)
  await page.getByTestId('secret-field-new-select').click()
  await typeOnKeyboard(page, 'Coop2025')
  await page.getByTestId('secret-field-confirm-select').click()
  await typeOnKeyboard(page, 'Coop2025')
  await page.getByTestId('new-password-submit').click()
  await expect(page.getByTestId('change-done')).toContainText('Su clave fue cambiada.')
})
