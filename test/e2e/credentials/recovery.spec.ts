import { demoMember } from '../../../sandbox/seed/demo-members'
import { enterId, typeOnKeyboard } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import {
  chooseNewPassword,
  finishSetup,
  latestTemporaryKey,
  leave,
  readOutbox,
  signInAtIdStep,
  typeOnTextKeyboard,
} from './credentials-actions'

const maria = demoMember('co', 'active')

/** ID step → "Olvidé mi clave" → channel → sent → back to the ID step. */
async function requestKey(page: import('@playwright/test').Page, idNumber: string, channel: 'sms' | 'email') {
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(idNumber)
  await page.getByTestId('forgot-password').click()
  await page.getByTestId(`channel-${channel}`).click()
  await page.getByTestId('recovery-send').click()
  await expect(page.getByTestId('recovery-sent')).toBeVisible()
}

test('forgot → temporary key → forced change → image and phrase → home', async ({ kiosk: page, stack }) => {
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(maria.idNumber)
  await page.getByTestId('forgot-password').click()

  // Seed 000's masks, exactly.
  await expect(page.getByTestId('destination-sms')).toHaveText('****7812')
  await expect(page.getByTestId('destination-email')).toHaveText('mar*****@exa*****')
  await page.getByTestId('channel-email').click()
  await page.getByTestId('recovery-send').click()
  await expect(page.getByTestId('recovery-sent')).toContainText(
    'Enviamos una clave temporal a su correo electrónico mar*****@exa*****.',
  )
  await expect(page.getByTestId('recovery-sent')).toContainText('vence en 30 minutos')
  // Seed 003: the rules come with the key, on screen and in the message.
  await expect(page.getByTestId('recovery-rules').getByRole('listitem')).toHaveText([
    'Mínimo 4 caracteres',
    'Máximo 8 caracteres',
    'Una letra mayúscula',
    'Una letra minúscula',
    'Un número',
  ])
  await page.getByTestId('recovery-to-login').click()
  // The document typed before "Olvidé mi clave" is kept: the member goes on with the key.
  await expect(page.getByTestId('id-input')).toHaveValue(maria.idNumber)

  const [sent] = await readOutbox(stack.sandboxUrl, maria.idNumber)
  expect(sent).toMatchObject({ channel: 'email', recipient: maria.email, template: 'recovery-key' })
  expect(sent!.text).toContain(
    'Su nueva clave debe tener entre 4 y 8 caracteres, con al menos una mayúscula, una minúscula y un número.',
  )
  const key = await latestTemporaryKey(stack.sandboxUrl, maria.idNumber)
  await signInAtIdStep(page, maria.idNumber, key)

  await expect(page.getByRole('heading', { name: 'Cambio de clave' })).toBeVisible()
  await expect(page.getByTestId('setup-steps')).toContainText('Imagen y frase')
  await chooseNewPassword(page, 'Nueva7x')

  await expect(page.getByRole('heading', { name: 'Imagen y frase de seguridad' })).toBeVisible()
  await page.getByTestId('image-zebra').click()
  await typeOnTextKeyboard(page, 'Mi cebra')
  await expect(page.getByTestId('phrase-input')).toHaveValue('Mi cebra')
  await page.getByTestId('image-submit').click()

  await finishSetup(page, 'Su clave quedó cambiada')
  await expect(page.getByTestId('member-full-name')).toContainText('MARÍA FERNANDA')
  expect(await page.content()).not.toContain(key)

  // The next sign-in shows the new picture and phrase and takes the new password.
  await leave(page)
  await enterId(page, maria.idNumber)
  await expect(page.getByTestId('security-phrase')).toContainText('Mi cebra')
  await expect(page.getByTestId('security-image').getByRole('img')).toHaveAttribute('src', /zebra/)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, 'Nueva7x')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('member-full-name')).toBeVisible()
})

test('a used temporary key is refused the second time', async ({ kiosk: page, stack }) => {
  const member = demoMember('co', 'no-loans')
  await requestKey(page, member.idNumber, 'sms')
  await expect(page.getByTestId('recovery-sent')).toContainText('****6543')
  await page.getByTestId('recovery-to-login').click()
  const key = await latestTemporaryKey(stack.sandboxUrl, member.idNumber)

  await signInAtIdStep(page, member.idNumber, key)
  await expect(page.getByRole('heading', { name: 'Cambio de clave' })).toBeVisible()
  await leave(page)

  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(member.idNumber)
  await page.getByTestId('id-continue').click()
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, key)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('error-message')).toContainText('Clave incorrecta')
})

test.describe('with temporary keys that live 2 seconds', () => {
  test.use({ sandboxArgs: ['--temp-key-ttl', '2'] })

  test('an expired temporary key is refused', async ({ kiosk: page, stack }) => {
    const member = demoMember('co', 'overdue-loan')
    await requestKey(page, member.idNumber, 'email')
    await expect(page.getByTestId('recovery-sent')).toContainText('vence en 1 minuto')
    await page.getByTestId('recovery-to-login').click()
    const key = await latestTemporaryKey(stack.sandboxUrl, member.idNumber)
    // Server time, not the page's: the sandbox's key lifetime is what expires.
    await new Promise((r) => setTimeout(r, 2_500))
    await signInAtIdStep(page, member.idNumber, key)
    await expect(page.getByTestId('error-message')).toContainText('Clave incorrecta')
    await expect(page.getByTestId('error-message')).toContainText('2 intentos')
  })
})

test('an unknown ID gets the same screens with decoy destinations, and nothing is sent', async ({
  kiosk: page,
  stack,
}) => {
  const stranger = '99887766'
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(stranger)
  await page.getByTestId('forgot-password').click()
  await expect(page.getByTestId('destination-sms')).toHaveText(/^\*{4}\d{4}$/)
  await expect(page.getByTestId('destination-email')).toHaveText(/^[a-z]{1,3}\*{5}@[a-z]{3}\*{5}$/)
  await page.getByTestId('recovery-send').click()
  await expect(page.getByTestId('recovery-sent')).toContainText('Enviamos una clave temporal a su celular')
  expect(await readOutbox(stack.sandboxUrl, stranger)).toEqual([])
})

test('"Olvidé mi clave" needs an ID first, and the way back is always there', async ({ kiosk: page }) => {
  await page.getByTestId('start').click()
  await page.getByTestId('forgot-password').click()
  // Nothing typed: the member is told what to do first, not a format rule.
  await expect(page.getByText('Primero escriba su número de documento')).toBeVisible()
  await expect(page.getByText('Ingrese entre 4 y 20 números o letras')).toHaveCount(0)
  await page.getByTestId('id-input').pressSequentially('12')
  await page.getByTestId('forgot-password').click()
  await expect(page.getByText('Ingrese entre 4 y 20 números o letras')).toBeVisible()
  await page.getByTestId('id-input').fill(maria.idNumber)
  await page.getByTestId('forgot-password').click()
  await expect(page.getByTestId('destination-sms')).toBeVisible()
  await page.getByRole('button', { name: 'Cancelar' }).click()
  await expect(page.getByTestId('id-input')).toBeVisible()
})

test('"¿Nunca ha tenido clave?" leads to enrollment, for a member and a stranger alike', async ({
  kiosk: page,
}) => {
  const lines: string[] = []
  for (const idNumber of [maria.idNumber, '99887766554']) {
    await page.getByTestId('start').click()
    await page.getByTestId('id-input').pressSequentially(idNumber)
    await page.getByTestId('forgot-password').click()
    await expect(page.getByTestId('destination-sms')).toBeVisible()
    lines.push((await page.getByTestId('first-access').innerText()).trim())
    await page.getByTestId('first-access-enroll').click()
    await expect(page.getByRole('heading', { name: 'Registro de usuario en línea' })).toBeVisible()
    await page.getByRole('button', { name: 'Cancelar' }).click()
    await expect(page.getByTestId('start')).toBeVisible()
  }
  expect(lines[0]).toContain('¿Nunca ha tenido clave?')
  expect(lines[0]).toContain('Inscríbase aquí')
  expect(lines[1]).toBe(lines[0])
})
