import { demoMember } from '../../../sandbox/seed/demo-members'
import { invokeFromPage, signIn } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import {
  chooseImageAndPhrase,
  chooseNewPassword,
  finishSetup,
  latestCode,
  readOutbox,
  typeInField,
} from './credentials-actions'

const sandra = demoMember('co', 'not-enrolled')
type Page = import('@playwright/test').Page

/** Fills the enrollment form on the keypad: ID, member number, then day, month and year boxes. */
async function fillEnrollment(page: Page, birthDate: string) {
  await page.getByTestId('start').click()
  await page.getByTestId('enroll-link').click()
  const keypad = page.getByRole('group', { name: /Teclado numérico|Number pad/ })
  const tap = async (digits: string) => {
    for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click()
  }
  await page.getByTestId('enroll-idNumber').click()
  await tap(sandra.idNumber)
  await page.getByTestId('enroll-memberNumber').click()
  await tap(sandra.memberNumber)
  const [year, month, day] = birthDate.split('-') as [string, string, string]
  await page.getByTestId('enroll-day').click()
  await tap(day + month + year) // the boxes move on by themselves
  await expect(page.getByTestId('enroll-year')).toHaveValue(year)
}

test('enrollment with a wrong birth date is refused, with a way back', async ({ kiosk: page, stack }) => {
  await fillEnrollment(page, '1994-02-18')
  await expect(page.getByTestId('enroll-date-readout')).toContainText('18 de febrero de 1994')
  await page.getByTestId('enroll-submit').click()
  await expect(page.getByTestId('error-message')).toContainText(
    'Los datos no coinciden con nuestros registros',
  )
  expect(await readOutbox(stack.sandboxUrl, sandra.idNumber)).toEqual([])
  // An impossible date never reaches the API.
  await page.getByTestId('enroll-day').fill('31')
  await page.getByTestId('enroll-month').fill('02')
  await page.getByTestId('enroll-submit').click()
  await expect(page.getByText('una fecha de nacimiento válida')).toBeVisible()
  await page.getByRole('button', { name: 'Cancelar' }).click()
  await expect(page.getByTestId('start')).toBeVisible()
})

test.describe('with a one-second resend cooldown', () => {
  test.use({ sandboxArgs: ['--otp-cooldown', '1', '--send-cooldown', '1'] })

  test('enrollment with the right data completes: code, password, image, questions, contract, home', async ({
    kiosk: page,
    stack,
  }) => {
    await fillEnrollment(page, sandra.birthDate)
    await page.getByTestId('enroll-submit').click()
    await expect(page.getByTestId('code-lead')).toContainText('****3129')

    // A wrong code counts down; a resent code replaces the first.
    const first = await latestCode(stack.sandboxUrl, sandra.idNumber)
    const keypad = page.getByRole('group', { name: /Teclado numérico/ })
    const tap = async (digits: string) => {
      for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click()
    }
    await tap(first === '000000' ? '111111' : '000000')
    await page.getByTestId('code-verify').click()
    await expect(page.getByTestId('error-message')).toContainText(
      'El código no es correcto. Le quedan 2 intentos.',
    )
    await expect(page.getByTestId('code-resend')).toBeEnabled({ timeout: 5_000 })
    await page.getByTestId('code-resend').click()
    await expect(page.getByText('Enviamos un código nuevo a ****3129.')).toBeVisible()
    const code = await latestCode(stack.sandboxUrl, sandra.idNumber)
    await tap(code)
    await page.getByTestId('code-verify').click()

    // The online user exists now, with a temporary key e-mailed; the setup steps follow.
    // Someone who never had a key creates one: nothing speaks of changing a temporary key.
    await expect(page.getByRole('heading', { name: 'Cree su clave' })).toBeVisible()
    await expect(page.getByText('Elija la clave personal con la que ingresará')).toBeVisible()
    await expect(page.getByText('clave temporal')).toHaveCount(0)
    const [mail] = await readOutbox(stack.sandboxUrl, sandra.idNumber)
    expect(mail).toMatchObject({ channel: 'email', template: 'enrollment-key', recipient: sandra.email })
    await expect(page.getByTestId('setup-steps')).toContainText('Contrato')
    await chooseNewPassword(page, sandra.password)

    await chooseImageAndPhrase(page, 'guitar', 'Canto en el coro')
    await expect(page.getByRole('heading', { name: 'Preguntas de seguridad' })).toBeVisible()
    for (const q of ['first-pet', 'first-job', 'favorite-dish'])
      await page.getByTestId(`question-${q}`).click()
    await expect(page.getByTestId('question-school-sport')).toBeDisabled()
    await page.getByTestId('questions-next').click()
    await typeInField(page, 'first-pet', 'Lulu')
    await typeInField(page, 'first-job', 'cajera')
    await typeInField(page, 'favorite-dish', 'arepas')
    await page.getByTestId('questions-submit').click()

    // The contract: "Acepto" only after scrolling to its end.
    await expect(page.getByRole('heading', { name: 'Contrato de servicios', exact: true })).toBeVisible()
    const accept = page.getByTestId('contract-accept')
    await expect(accept).toBeDisabled()
    await expect(page.getByTestId('contract-status')).toContainText('Desplácese hasta el final')
    await page.getByTestId('service-generalStatement').click()
    await expect(page.getByTestId('service-generalStatement')).toHaveAttribute('aria-checked', 'true')
    await page.getByTestId('contract-text').evaluate((el) => (el.scrollTop = el.scrollHeight / 3))
    await expect(accept).toBeDisabled()
    await page.getByTestId('contract-end').scrollIntoViewIfNeeded()
    await expect(page.getByTestId('contract-status')).toContainText('Llegó al final del contrato.')
    await accept.click()

    await expect(page.getByTestId('setup-done-steps')).toHaveText(
      'Listo: Clave · Imagen y frase · Preguntas · Contrato',
    )
    await finishSetup(page, 'Su clave quedó creada')
    await expect(page.getByTestId('member-full-name')).toContainText('SANDRA MILENA')
    const status = await invokeFromPage(page, 'credentials.status')
    expect(status).toMatchObject({
      ok: true,
      data: {
        pendingSetup: [],
        contract: { acceptedVersion: '2026.1' },
        emailServices: { generalStatement: true, cardStatement: false, promotions: false },
        securityImageId: 'guitar',
      },
    })
  })
})

test('the API refuses to record an outdated contract version', async ({ kiosk: page }) => {
  await signIn(page, demoMember('co', 'active'))
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  const stale = await invokeFromPage(page, 'credentials.contract.accept', {
    version: '2019.1',
    emailServices: { generalStatement: false, cardStatement: false, promotions: false },
  })
  expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
})
