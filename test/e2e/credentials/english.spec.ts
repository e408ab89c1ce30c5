import { demoMember } from '../../../sandbox/seed/demo-members'
import { enterId, typeOnKeyboard } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import { answerDemoQuestion, finishSetup, typeInField } from './credentials-actions'

test.beforeEach(async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('forgotten password and sign-up screens in English', async ({ kiosk: page }) => {
  const maria = demoMember('co', 'active')
  await page.getByTestId('start').click()
  await expect(page.getByTestId('enroll-link')).toHaveText(/No online user yet\? Sign up/)
  await page.getByTestId('id-input').pressSequentially(maria.idNumber)
  await expect(page.getByTestId('forgot-password')).toHaveText(/I forgot my password/)
  await page.getByTestId('forgot-password').click()
  await expect(page.getByRole('heading', { name: 'Recover your password' })).toBeVisible()
  await expect(page.getByTestId('channel-sms')).toContainText('Send by text message (SMS)')
  await expect(page.getByTestId('channel-sms')).toContainText('****7812')
  await page.getByTestId('recovery-send').click()
  await expect(page.getByTestId('recovery-sent')).toContainText(
    'We sent a temporary key to your mobile phone ****7812.',
  )
  await expect(page.getByTestId('recovery-sent')).toContainText(
    'The key expires in 30 minutes and works once.',
  )
  await page.getByTestId('recovery-to-login').click()

  await page.getByTestId('enroll-link').click()
  await expect(page.getByRole('heading', { name: 'Sign up for online access' })).toBeVisible()
  for (const label of ['ID number', 'Member number', 'Date of birth', 'Day', 'Month', 'Year'])
    await expect(page.getByText(label, { exact: true })).toBeVisible()
})

test('forced change, checklist and user options in English', async ({ kiosk: page }) => {
  const juan = demoMember('co', 'temporary-password')
  await enterId(page, juan.idNumber)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, juan.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByRole('heading', { name: 'Change your password' })).toBeVisible()
  const checklist = page.getByTestId('password-checklist')
  for (const text of ['At least 4 characters', 'An upper-case letter', 'A number', 'Both passwords match'])
    await expect(checklist).toContainText(text)
  await typeInField(page, 'new', 'Juan2025')
  await typeInField(page, 'confirm', 'Juan2025')
  await page.getByTestId('new-password-submit').click()
  await finishSetup(page, 'Your password has been changed')

  await page.getByRole('link', { name: /User options/ }).click()
  await expect(page.getByRole('heading', { name: 'User options' })).toBeVisible()
  await page.getByTestId('option-securityImage').click()
  await expect(page.getByRole('heading', { name: 'Security question' })).toBeVisible()
  await expect(page.getByTestId('security-question')).toContainText('?')
  await answerDemoQuestion(page)
  await expect(page.getByRole('heading', { name: 'Security image and phrase' })).toBeVisible()
  await expect(page.getByTestId('image-picker')).toContainText('A bicycle')
  await page.getByTestId('image-duck').click()
  await page.getByTestId('image-submit').click()
  await expect(page.getByTestId('change-done')).toContainText('Your security image and phrase were saved.')
})
