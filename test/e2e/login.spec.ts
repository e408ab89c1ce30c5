import { demoMember } from '../../sandbox/seed/demo-members'
import { chooseNewPassword, finishSetup } from './credentials/credentials-actions'
import { enterId, expectNoMemberTrace, keyOrder, signIn, typeOnKeyboard } from './support/kiosk-actions'
import { expect, test } from './support/stack'

const maria = demoMember('co', 'active')

test('a member signs in on the shuffled keyboard, sees who they are and leaves with nothing left behind', async ({
  kiosk: page,
}) => {
  await enterId(page, maria.idNumber)

  // Step 2: anti-phishing image and phrase, with the seeds' warning, before any password.
  await expect(page.getByTestId('security-phrase')).toContainText(maria.securityPhrase)
  await expect(page.getByTestId('security-image').getByRole('img')).toHaveAttribute('src', /umbrella/)
  await expect(
    page.getByText('Si esta no es su imagen o frase de seguridad, NO ingrese su clave.'),
  ).toBeVisible()
  await expect(page.getByTestId('masked-name')).toContainText('MARÍA')
  await expect(page.getByTestId('masked-name')).not.toContainText('GÓMEZ RESTREPO')
  await page.getByTestId('confirm-image').click()

  await typeOnKeyboard(page, maria.password)
  await expect(page.getByTestId('password-mask')).toHaveText('•'.repeat(maria.password.length))
  // The password exists nowhere in the page: no input value, no attribute, no text.
  expect(await page.content()).not.toContain(maria.password)
  expect(await page.locator('input[type=password], input[autocomplete*=password]').count()).toBe(0)
  await page.getByTestId('login-submit').click()

  await expect(page.getByTestId('member-full-name')).toContainText('MARÍA FERNANDA GÓMEZ RESTREPO')
  await expect(page.getByTestId('member-payrollEntity')).toContainText('SECRETARÍA DE EDUCACIÓN')
  await expect(page.getByTestId('product-group-contribution')).toContainText('Aportes sociales')
  await expect(page.getByTestId('product-group-loan')).toContainText('Crédito de libre inversión')
  // Amounts, salary and capacity wait for "Mostrar valores" (issue 17 item 9).
  await expect(page.getByTestId('member-paymentCapacity')).toHaveText('••••••')
  await expect(page.getByTestId('product-list')).not.toContainText(/\$\s?[\d.]+,\d{2}/)
  await page.getByRole('button', { name: 'Mostrar valores' }).click()
  await expect(page.getByTestId('product-list')).toContainText(/\$\s?[\d.]+,\d{2}/)
  await expect(page.getByTestId('member-paymentCapacity')).toContainText(/\$\s?[\d.]+,\d{2}/)
  await expect(page.getByTestId('session-countdown')).toContainText(/\d:\d\d/)

  await page.getByTestId('secure-exit').click()
  await expect(page.getByTestId('goodbye-reason')).toContainText('Su sesión se cerró de forma segura.')
  await expect(page.getByTestId('start')).toBeVisible({ timeout: 15_000 })
  await expectNoMemberTrace(page, maria)
})

test('the key order is shuffled every time the keyboard is shown', async ({ kiosk: page }) => {
  await enterId(page, maria.idNumber)
  await page.getByTestId('confirm-image').click()
  const first = await keyOrder(page)
  expect([...first].sort()).toEqual([...'abcdefghijklmnñopqrstuvwxyz0123456789#-=@.$*_~+'].sort())

  await page.getByRole('button', { name: 'Volver al inicio' }).first().click()
  await enterId(page, maria.idNumber)
  await page.getByTestId('confirm-image').click()
  const second = await keyOrder(page)
  expect(second).not.toEqual(first)

  // After a failed attempt the keys move again.
  await typeOnKeyboard(page, 'x1')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('error-message')).toContainText('Clave incorrecta')
  expect(await keyOrder(page)).not.toEqual(second)
})

test('the password field refuses the physical keyboard, paste and drop', async ({ kiosk: page }) => {
  await enterId(page, maria.idNumber)
  await page.getByTestId('confirm-image').click()
  const mask = page.getByTestId('password-mask')
  await mask.focus()
  await page.keyboard.type('Coop2024')
  await expect(mask).toHaveText('')
  await expect(page.getByText('Use el teclado en pantalla').first()).toBeVisible()
  const accepted = await mask.evaluate((el) => {
    const data = new DataTransfer()
    data.setData('text/plain', 'Coop2024')
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
    return [el.dispatchEvent(paste), el.dispatchEvent(drop)]
  })
  expect(accepted).toEqual([false, false]) // both cancelled
  await expect(mask).toHaveText('')
  await typeOnKeyboard(page, 'ab')
  await page.getByRole('button', { name: 'Borrar' }).click()
  await expect(mask).toHaveText('•')
  await page.getByRole('button', { name: 'Limpiar' }).click()
  await expect(mask).toHaveText('')
})

test('a member with a temporary password must change it before seeing anything else', async ({
  kiosk: page,
}) => {
  const juan = demoMember('co', 'temporary-password')
  await signIn(page, juan)
  await expect(page.getByRole('heading', { name: 'Cambio de clave' })).toBeVisible()
  await expect(page.getByTestId('member-full-name')).toHaveCount(0)
  await chooseNewPassword(page, 'Juan2025')
  // The change is said before home.
  await finishSetup(page, 'Su clave quedó cambiada')
  await expect(page.getByTestId('member-full-name')).toContainText('JUAN CARLOS')
})
