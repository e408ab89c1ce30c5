import { demoMember } from '../../sandbox/seed/demo-members'
import { enterId } from './support/kiosk-actions'
import { expect, test } from './support/stack'

test('when the cooperative API is unreachable the member is told plainly and can retry or go back', async ({
  kiosk: page,
  stack,
}) => {
  await stack.stopSandbox()
  await enterId(page, demoMember('co', 'active').idNumber)
  const error = page.getByTestId('error-message')
  await expect(error).toContainText('No pudimos comunicarnos con la cooperativa')
  await expect(page.getByRole('button', { name: 'Reintentar' })).toBeVisible()
  await page.getByRole('button', { name: 'Volver al inicio' }).first().click()
  await expect(page.getByTestId('start')).toBeVisible()
})

test('the browser shell refuses a page opened without its start link', async ({ page, stack }) => {
  const res = await page.goto(stack.shellUrl)
  expect(res?.status()).toBe(401)
  const ipc = await page.evaluate(
    async () => (await fetch('/ipc/config.get', { method: 'POST', body: '{}' })).status,
  )
  expect(ipc).toBe(401)
})

test('the start link admits one browser only: presented again, it is refused', async ({
  kiosk: page,
  stack,
  browser,
}) => {
  await expect(page.getByTestId('start')).toBeVisible()
  // Another local user who read the link from the process list, in a browser of their own.
  const other = await browser.newContext()
  const intruder = await other.newPage()
  const res = await intruder.goto(stack.launchUrl)
  expect(res?.status()).toBe(403)
  await expect(intruder.getByRole('heading', { name: 'Enlace ya usado' })).toBeVisible()
  await expect(intruder.getByTestId('start')).toHaveCount(0)
  await other.close()
  // The kiosk's own browser keeps working.
  await page.reload()
  await expect(page.getByTestId('start')).toBeVisible()
})
