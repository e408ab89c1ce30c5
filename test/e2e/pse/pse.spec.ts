import {
  cop,
  expect,
  expectAccessible,
  payOnPhone,
  paymentAccounts,
  receiptText,
  signInAs,
  startPse,
  test,
} from './pse-actions'

test('PSE approved on the phone: four steps, the QR, Paga antes del, then the money and the receipt', async ({
  kiosk: page,
  browser,
  printer,
}) => {
  await signInAs(page, 'active')
  const account = await startPse(page, '50000')
  await expect(page.getByTestId('pse-steps').locator('[aria-current="step"]')).toContainText(
    'Complementa tu información',
  )
  await expectAccessible(page, 'PSE check')
  await page.getByTestId('pse-create').click()
  await expect(page.getByTestId('pse-step-pay')).toBeVisible()
  await expect(page.getByTestId('pse-steps')).toContainText('¿Cómo quieres pagar?')
  await expect(page.getByTestId('pse-steps')).toContainText('Confirma el estado')
  await expect(page.getByTestId('pse-qr')).toBeVisible()
  await expect(page.getByTestId('pse-total')).toHaveText(cop(5_000_000))
  await expect(page.getByTestId('pse-reference')).toHaveText(/^\d{15}$/)
  await expect(page.getByTestId('pse-pay-before')).not.toBeEmpty()
  await expect(page.getByTestId('pse-cancel-process')).toContainText('Cancelar proceso')
  await expectAccessible(page, 'PSE pay (QR)')
  // The kiosk stays on its own page: the link is for the phone.
  const kioskUrl = page.url()
  await payOnPhone(browser, (await page.getByTestId('pse-link').textContent())!, /Aprobar pago/)
  await expect(page.getByTestId('pse-result-approved')).toContainText('Pago aprobado')
  expect(page.url()).toBe(kioskUrl)
  await expect(page.getByTestId('pse-receipt-number')).toHaveText(/^PS\d{15}$/)
  await expectAccessible(page, 'PSE approved')
  const text = receiptText((await printer.waitForJobs(1))[0]!)
  expect(text).toContain('Comprobante de pago PSE')
  expect(text).toContain(account.maskedNumber)
  const after = (await paymentAccounts(page)).accounts.find((a) => a.id === account.id)!
  expect(after.available.amountMinor).toBe(account.available.amountMinor + 5_000_000)
})

test('PSE left pending at the bank is told plainly (within half an hour), then follows it to approved', async ({
  kiosk: page,
  browser,
}) => {
  await signInAs(page, 'active')
  await startPse(page, '20000')
  await page.getByTestId('pse-create').click()
  const link = (await page.getByTestId('pse-link').textContent())!
  await payOnPhone(browser, link, /Dejar pendiente/)
  await expect(page.getByTestId('pse-result-pending')).toContainText('máximo de media hora')
  await expect(page.getByTestId('pse-result-pending')).toContainText('No lo pague de nuevo')
  await expectAccessible(page, 'PSE pending')
  await payOnPhone(browser, link, /Aprobar pago/)
  await expect(page.getByTestId('pse-result-approved')).toBeVisible()
})

test('"Cancelar proceso" before paying: nothing moved, and the bank can no longer take it', async ({
  kiosk: page,
  browser,
}) => {
  await signInAs(page, 'active')
  const account = await startPse(page, '30000')
  await page.getByTestId('pse-create').click()
  const link = (await page.getByTestId('pse-link').textContent())!
  await page.getByTestId('pse-cancel-process').click()
  await expect(page.getByTestId('pse-result-cancelled')).toContainText('No se movió dinero')
  const phone = await browser.newPage()
  await phone.goto(link)
  await expect(phone.locator('[data-field="status"]')).toHaveAttribute('data-status', 'cancelled')
  await expect(phone.getByRole('button', { name: /Aprobar pago/ })).toHaveCount(0)
  await phone.close()
  const after = (await paymentAccounts(page)).accounts.find((a) => a.id === account.id)!
  expect(after.available.amountMinor).toBe(account.available.amountMinor)
})

test.describe('in English', () => {
  test('PSE rejected by the bank reads English and says no money moved', async ({ kiosk: page, browser }) => {
    await page.getByRole('button', { name: 'English' }).click()
    await signInAs(page, 'active')
    const account = await startPse(page, '40000')
    await expect(page.getByTestId('pse-steps')).toContainText('How do you want to pay?')
    await page.getByTestId('pse-create').click()
    await expect(page.getByTestId('pse-cancel-process')).toContainText('Cancel process')
    await expectAccessible(page, 'PSE pay (English)')
    await payOnPhone(browser, (await page.getByTestId('pse-link').textContent())!, /Rechazar pago/)
    await expect(page.getByTestId('pse-result-rejected')).toContainText('Payment rejected')
    await expect(page.getByTestId('pse-result-rejected')).toContainText('No money moved')
    await expectAccessible(page, 'PSE rejected (English)')
    const after = (await paymentAccounts(page)).accounts.find((a) => a.id === account.id)!
    expect(after.available.amountMinor).toBe(account.available.amountMinor)
  })
})
