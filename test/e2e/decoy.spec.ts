import { enterId, typeOnKeyboard } from './support/kiosk-actions'
import { expect, test } from './support/stack'

test('an unknown ID gets a stable decoy image and phrase, and the password step behaves as for members', async ({
  kiosk: page,
}) => {
  const unknown = '10203040'
  await enterId(page, unknown)
  const phrase = await page.getByTestId('security-phrase').innerText()
  const src = await page.getByTestId('security-image').getByRole('img').getAttribute('src')
  const name = await page.getByTestId('masked-name').innerText()
  expect(phrase.length).toBeGreaterThan(5)
  expect(name).toMatch(/\*/)

  // "No es mi imagen" answers a stranger exactly as a member: reported, whom to call, back to start.
  await page.getByTestId('not-my-image').click()
  await expect(page.getByTestId('service-number')).toHaveText('(601) 555 0100')
  await page.getByTestId('reported-done').click()
  await expect(page.getByTestId('start')).toBeVisible()

  // Same ID, same decoy: the answer cannot be told from a member's by asking twice.
  await enterId(page, unknown)
  await expect(page.getByTestId('security-phrase')).toHaveText(phrase)
  await expect(page.getByTestId('security-image').getByRole('img')).toHaveAttribute('src', src!)
  await expect(page.getByTestId('masked-name')).toHaveText(name)

  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, 'Abcd1234')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('error-message')).toContainText('2 intentos')
})
