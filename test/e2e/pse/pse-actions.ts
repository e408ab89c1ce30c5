import type { Browser, Page } from '@playwright/test'
import type { PaymentAccounts } from '../../../shared/api/payments'
import { expect, ipc, tapDigits } from '../payments/transfer-actions'

export {
  cop,
  enterCode,
  expect,
  expectAccessible,
  latestOperationCode,
  next,
  paymentAccounts,
  receiptText,
  signInAs,
  tapDigits,
  test,
} from '../payments/transfer-actions'

/** From the home tile to the payment's QR: the first savings account, `units` whole pesos. */
export async function startPse(page: Page, units: string): Promise<PaymentAccounts['accounts'][number]> {
  const { accounts } = await ipc<PaymentAccounts>(page, 'payments.accounts')
  const account = accounts[0]!
  await page.getByRole('link', { name: /Recargar por PSE|Top up with PSE/ }).click()
  await expect(page.getByTestId('pse-step-how')).toBeVisible()
  await page.getByTestId(`pse-account-${account.id}`).click()
  await tapDigits(page, units)
  await page.getByTestId('pse-next').click()
  await expect(page.getByTestId('pse-step-info')).toBeVisible()
  return account
}

/**
 * The member's phone: a second page opens the gateway's link (the sandbox's demo bank) and answers.
 * The kiosk itself never navigates there.
 */
export async function payOnPhone(browser: Browser, link: string, decision: RegExp): Promise<void> {
  const phone = await browser.newPage()
  try {
    await phone.goto(link)
    await expect(phone.getByText('Paga antes del')).toBeVisible()
    await phone.getByRole('button', { name: decision }).click()
    await expect(phone.locator('[data-field="status"]')).not.toHaveAttribute('data-status', 'created')
  } finally {
    await phone.close()
  }
}
