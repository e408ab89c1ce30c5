import { kioskConfigForProfile, PROFILES } from '../../shared/config/profiles'
import { demoMember } from '../../sandbox/seed/demo-members'
import { signIn } from './support/kiosk-actions'
import { expect, test } from './support/stack'

test('English is one tap away and the keyboard speaks it', async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(demoMember('co', 'active').idNumber)
  await page.getByTestId('id-continue').click()
  await expect(page.getByText('If this is not your', { exact: false })).toBeVisible()
  await page.getByTestId('confirm-image').click()
  for (const name of ['Shift', 'Backspace', 'Clear'])
    await expect(page.getByTestId('keyboard').getByRole('button', { name })).toBeVisible()
})

test.describe('a Panamanian cooperative in US dollars with its own password policy', () => {
  test.use({ sandboxArgs: ['--profile', 'pa'], kioskConfig: kioskConfigForProfile(PROFILES.pa) })

  test('signs in with a symbol in the password and shows dollars', async ({ kiosk: page }) => {
    const member = demoMember('pa', 'active')
    await expect(page.getByText(PROFILES.pa.shortName).first()).toBeVisible()
    await signIn(page, member)
    await expect(page.getByTestId('member-full-name')).toBeVisible()
    await page.getByTestId('values-toggle').click()
    await expect(page.getByTestId('product-list')).toContainText(/(US\$|USD|\$)\s?[\d,]+\.\d{2}/)
  })
})
