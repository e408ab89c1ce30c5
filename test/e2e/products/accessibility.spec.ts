import { PRODUCT_KINDS } from '../../../shared/api/member'
import { expect, test } from '../support/stack'
import { expectAccessible, openTile, signInAs } from './helpers'

test('every products, statements and certificates screen passes axe (no serious or critical violations)', async ({
  kiosk: page,
}) => {
  // Axe runs on about twenty screens here: close to a minute on a busy 2-core machine.
  test.setTimeout(150_000)
  await signInAs(page, 'active')
  await openTile(page, /Posición consolidada/)
  await expect(page.getByTestId('position-totals')).toBeVisible()
  await expectAccessible(page, 'consolidated position')

  await page.getByTestId('back').click()
  for (const kind of PRODUCT_KINDS) {
    await page.getByTestId(`tab-${kind}`).click()
    await expect(page.getByTestId(`tab-panel-${kind}`).getByRole('heading').first()).toBeVisible()
    await expect(page.locator('[role="status"]')).toHaveCount(0)
    await expectAccessible(page, `tab ${kind}`)
  }

  await page.getByTestId('tab-savings').click()
  await page.getByTestId('open-movements').first().click()
  await expect(page.getByTestId('movements-table')).toBeVisible()
  await expectAccessible(page, 'movements (last 10)')
  await page.getByTestId('movements-by-date').click()
  await expect(page.getByTestId('date-range-picker')).toBeVisible()
  await expectAccessible(page, 'date range picker')
  await page.getByTestId('range-preset-last12').click()
  await page.getByTestId('range-apply').click()
  await expect(page.getByTestId('movements-pager')).toBeVisible()
  await expectAccessible(page, 'movements by date, paged')

  await page.getByTestId('back').click()
  await page.getByTestId('tab-loan').click()
  await page.getByTestId('open-loan').click()
  await expect(page.getByTestId('amortization-table')).toBeVisible()
  await expectAccessible(page, 'loan detail')

  await page.getByTestId('back').click()
  await page.getByTestId('tab-card').click()
  await page.getByTestId('open-card').click()
  await expect(page.getByTestId('card-lines')).toBeVisible()
  await expectAccessible(page, 'card statement')

  await page.getByTestId('home').click()
  await openTile(page, /Certificados/)
  await page.getByTestId('certificate-kind-product_balance').click()
  await expectAccessible(page, 'certificate choice')
  for (const kind of ['membership', 'annual_tax'] as const) {
    await page.getByTestId(`certificate-kind-${kind}`).click()
    await page.getByTestId('certificate-issue').click()
    await expect(page.getByTestId('certificate-code')).toBeVisible()
    await expectAccessible(page, `certificate ${kind}`)
    await page.getByTestId('certificate-another').click()
  }
})

test('the empty tabs and an overdue loan pass axe', async ({ kiosk: page }) => {
  await signInAs(page, 'overdue-loan')
  await openTile(page, /Mis productos/)
  await page.getByTestId('tab-card').click()
  await expect(page.getByTestId('tab-empty')).toBeVisible()
  await expectAccessible(page, 'empty tab')
  await page.getByTestId('tab-loan').click()
  await page.getByTestId('open-loan').click()
  await expect(page.getByTestId('loan-overdue')).toBeVisible()
  await expectAccessible(page, 'overdue loan')
})
