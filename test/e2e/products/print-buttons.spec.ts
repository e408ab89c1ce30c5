import { expect, test } from '../support/stack'
import { openTile, signInAs } from './helpers'

// A receipt printer that is configured but down: nothing listens on port 9 of loopback.
test.use({ kioskConfig: { printer: { kind: 'tcp', url: 'tcp://127.0.0.1:9', timeoutMs: 1000 } } })

test('print buttons sit on the position, movements and certificate screens and say what happened', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Posición consolidada/)
  await expect(page.getByTestId('print-receipt')).toBeVisible()
  await expect(page.getByTestId('print-pdf-email')).toBeVisible()

  await page.getByTestId('print-receipt').click()
  const status = page.getByTestId('print-status')
  await expect(status).toContainText('La impresora de recibos no responde.')
  await expect(status).toContainText('cola de reimpresión')

  await page.getByTestId('back').click()
  await page.getByTestId('tab-savings').click()
  await page.getByTestId('open-movements').first().click()
  await page.getByTestId('movements-last-20').click()
  await expect(page.getByTestId('print-receipt')).toBeVisible()
  await expect(page.getByTestId('print-pdf-email')).toBeVisible()
  // A date range prints as a PDF statement only (the receipt is the mini-statement of the last N).
  await page.getByTestId('movements-by-date').click()
  await page.getByTestId('range-preset-last3').click()
  await page.getByTestId('range-apply').click()
  await expect(page.getByTestId('print-pdf-email')).toBeVisible()
  await expect(page.getByTestId('print-receipt')).toHaveCount(0)

  await page.getByTestId('home').click()
  await openTile(page, /Certificados/)
  await page.getByTestId('certificate-kind-membership').click()
  await page.getByTestId('certificate-issue').click()
  await expect(page.getByTestId('print-receipt')).toBeVisible()
  await expect(page.getByTestId('print-pdf-email')).toBeVisible()
})
