import { kioskConfigForProfile, PROFILES } from '../../../shared/config/profiles'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { invokeFromPage, signIn, typeOnKeyboard } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import { chooseNewPassword, finishSetup, typeInField } from './credentials-actions'

/** The checklist line of a rule: green (data-ok=true) or not. */
const rule = (page: import('@playwright/test').Page, name: string) => page.getByTestId(`rule-${name}`)

test('the forced change shows the seed 000 policy live, and the API refuses what breaks it', async ({
  kiosk: page,
}) => {
  const juan = demoMember('co', 'temporary-password')
  await signIn(page, juan)
  await expect(page.getByRole('heading', { name: 'Cambio de clave' })).toBeVisible()
  const checklist = page.getByTestId('password-checklist')
  for (const text of [
    'Mínimo 4 caracteres',
    'Máximo 8 caracteres',
    'Una letra mayúscula',
    'Una letra minúscula',
    'Un número',
  ])
    await expect(checklist).toContainText(text)
  const submit = page.getByTestId('new-password-submit')

  await typeInField(page, 'new', 'abc')
  await expect(rule(page, 'lower')).toHaveAttribute('data-ok', 'true')
  for (const r of ['minLength', 'upper', 'digit'])
    await expect(rule(page, r)).toHaveAttribute('data-ok', 'false')
  await typeOnKeyboard(page, 'D1')
  for (const r of ['minLength', 'upper', 'digit', 'maxLength'])
    await expect(rule(page, r)).toHaveAttribute('data-ok', 'true')
  // The field stops at the policy's maximum, so "Máximo 8" cannot be broken on screen.
  await typeOnKeyboard(page, 'xyzw')
  await expect(page.getByTestId('secret-field-new')).toContainText('Llegó al máximo de caracteres.')
  await expect(page.getByTestId('secret-field-new').getByTestId('password-mask')).toHaveText('••••••••')
  await expect(rule(page, 'maxLength')).toHaveAttribute('data-ok', 'true')
  await expect(submit).toBeDisabled()
  await page.getByTestId('keyboard').getByRole('button', { name: 'Limpiar' }).click()
  await expect(rule(page, 'minLength')).toHaveAttribute('data-ok', 'false')

  // "Confirmation matches" follows both fields.
  await typeOnKeyboard(page, 'Juan2025')
  await typeInField(page, 'confirm', 'Juan2026')
  await expect(rule(page, 'match')).toHaveAttribute('data-ok', 'false')
  await expect(submit).toBeDisabled()
  await page.getByTestId('keyboard').getByRole('button', { name: 'Borrar' }).click()
  await typeOnKeyboard(page, '5')
  await expect(rule(page, 'match')).toHaveAttribute('data-ok', 'true')
  await expect(submit).toBeEnabled()
  expect(await page.content()).not.toContain('Juan2025')

  // The API enforces the same policy on its own, whatever a screen lets through.
  for (const [newPassword, broken] of [
    ['juan2025', 'upper'],
    ['Juan20250', 'maxLength'],
    ['Juanito', 'digit'],
  ] as const) {
    const res = await invokeFromPage(page, 'credentials.changePassword', { newPassword })
    expect(res, newPassword).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_POLICY', details: { issues: [{ path: 'newPassword', message: broken }] } },
    })
  }
  const reused = await invokeFromPage(page, 'credentials.changePassword', { newPassword: juan.password })
  expect(reused).toMatchObject({ ok: false, error: { code: 'PASSWORD_REUSED' } })
  // Until the change is made, nothing else answers.
  expect(await invokeFromPage(page, 'member.summary')).toMatchObject({
    ok: false,
    error: { code: 'SETUP_REQUIRED' },
  })

  await page.getByTestId('new-password-submit').click()
  await expect(page.getByTestId('member-full-name')).toContainText('JUAN CARLOS')
})

test('refused by the API: the reason is shown and the fields start again', async ({ kiosk: page }) => {
  const juan = demoMember('co', 'temporary-password')
  await signIn(page, juan)
  // The screen cannot know the current password: reusing it is the API's refusal to show.
  await chooseNewPassword(page, juan.password)
  await expect(page.getByTestId('error-message')).toContainText(
    'La nueva clave debe ser distinta de la actual y de la clave temporal.',
  )
  await expect(page.getByTestId('rule-match')).toHaveAttribute('data-ok', 'false')
  await chooseNewPassword(page, 'Otra2025')
  await finishSetup(page, 'Su clave quedó cambiada')
  await expect(page.getByTestId('member-full-name')).toBeVisible()
})

test.describe('the seed 004 policy of a Panamanian cooperative', () => {
  test.use({ sandboxArgs: ['--profile', 'pa'], kioskConfig: kioskConfigForProfile(PROFILES.pa) })

  test('at least 8 with an upper-case letter and a digit; lower case not required', async ({
    kiosk: page,
  }) => {
    const ana = demoMember('pa', 'temporary-password')
    await signIn(page, ana)
    const checklist = page.getByTestId('password-checklist')
    await expect(checklist).toContainText('Mínimo 8 caracteres')
    await expect(rule(page, 'lower')).toHaveCount(0)
    await typeInField(page, 'new', 'ISTMO26')
    await expect(rule(page, 'minLength')).toHaveAttribute('data-ok', 'false')
    expect(
      await invokeFromPage(page, 'credentials.changePassword', { newPassword: 'ISTMO26' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_POLICY', details: { issues: [{ message: 'minLength' }] } },
    })
    await page.getByTestId('keyboard').getByRole('button', { name: 'Limpiar' }).click()
    await chooseNewPassword(page, 'ISTMO2026')
    await finishSetup(page, 'Su clave quedó cambiada')
    await expect(page.getByTestId('member-full-name')).toContainText('ANA ISABEL')
  })
})
