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
