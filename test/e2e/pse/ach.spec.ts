import type { Page } from '@playwright/test'
import {
  cop,
  enterCode,
  expect,
  expectAccessible,
  latestOperationCode,
  next,
  paymentAccounts,
  signInAs,
  tapDigits,
  test,
} from './pse-actions'
import { typeOnTextKeyboard } from '../credentials/credentials-actions'

/** The wizard's "Otro banco" up to "Verificación". */
async function achToReview(
  page: Page,
  from: string,
  accountNumber: string,
  units: string,
  reference: string,
) {
  await page.getByRole('link', { name: /Transferencias|Transfers/ }).click()
  await page.getByTestId('kind-bank').click()
  await next(page)
  await page.getByTestId(`origin-${from}`).click()
  await next(page)
  await page.getByTestId('bank-1007').click()
  await page.getByTestId('account-type-savings').click()
  await page.getByTestId('bank-account').click()
  await tapDigits(page, accountNumber)
  await page.getByTestId('bank-holder').click()
  await tapDigits(page, '1017223344')
  await expectAccessible(page, 'transfer destination (another bank)')
  await next(page)
  await tapDigits(page, units)
  await next(page)
  await typeOnTextKeyboard(page, reference)
  await next(page)
  await expect(page.getByTestId('step-review')).toBeVisible()
}

const clearingRun = (sandboxUrl: string) =>
  fetch(`${sandboxUrl}/sandbox/payments/ach/clearing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  }).then((r) => r.json() as Promise<{ settled: string[]; rejected: string[] }>)

/** The origin account's movements screen, newest first. */
async function openMovements(page: Page, accountName: string) {
  await page
    .getByRole('link', { name: /Mis productos|My products/ })
    .first()
    .click()
  await page.getByTestId('tab-savings').click()
  await page
    .getByTestId('product-panel')
    .filter({ hasText: accountName })
    .first()
    .getByTestId('open-movements')
    .click()
  await expect(page.getByTestId('movement-row').first()).toBeVisible()
}

test('to another bank: pending at once with the ACH fee, then settled by the clearing run', async ({
  kiosk: page,
  stack,
}) => {
  const member = await signInAs(page, 'active')
  const { accounts } = await paymentAccounts(page)
  const from = accounts[0]!
  await achToReview(page, from.maskedNumber, '4455667788', '100000', 'Arriendo')
  await expect(page.getByTestId('summary-destination')).toHaveText('Bancolombia ****7788')
  await expect(page.getByTestId('summary-fee')).toHaveText(cop(450_000))
  await next(page)
  await expect(page.getByTestId('code-authorises')).toContainText('Bancolombia')
  await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
  await expect(page.getByTestId('transfer-completed')).toBeVisible()
  await expect(page.getByTestId('ach-pending')).toContainText('pendiente de compensación')
  await expect(page.getByTestId('clearing-status')).toHaveText('Pendiente de compensación')
  await expectAccessible(page, 'ACH sent (pending)')
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())!
  const run = await clearingRun(stack.sandboxUrl)
  expect(run.settled).toContain(receiptNumber)
  const after = (await paymentAccounts(page)).accounts.find((a) => a.id === from.id)!
  expect(after.available.amountMinor).toBe(from.available.amountMinor - 10_000_000 - 450_000)
  await page.getByTestId('transfer-home').click()
  await openMovements(page, from.name)
  await expect(
    page.getByTestId('movement-row').filter({ hasText: 'Transferencia a Bancolombia ****7788' }),
  ).toHaveCount(1)
})

test.describe('in English', () => {
  test('rejected by the other bank: the money and the fee come back, shown in movements', async ({
    kiosk: page,
    stack,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    const member = await signInAs(page, 'active')
    const { accounts } = await paymentAccounts(page)
    const from = accounts[0]!
    // The demo bank has no account ending in 000: the clearing run rejects it.
    await achToReview(page, from.maskedNumber, '4455000', '50000', 'Books')
    await expect(page.getByTestId('step-review')).toContainText('Review the transfer')
    await next(page)
    await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
    await expect(page.getByTestId('ach-pending')).toContainText('pending ACH clearing')
    await expectAccessible(page, 'ACH sent (English)')
    const receiptNumber = (await page.getByTestId('receipt-number').textContent())!
    expect((await clearingRun(stack.sandboxUrl)).rejected).toContain(receiptNumber)
    const after = (await paymentAccounts(page)).accounts.find((a) => a.id === from.id)!
    expect(after.available.amountMinor).toBe(from.available.amountMinor)
    await page.getByTestId('transfer-home').click()
    await openMovements(page, from.name)
    await expect(
      page
        .getByTestId('movement-row')
        .filter({ hasText: `Devolución transferencia rechazada ${receiptNumber}` }),
    ).toHaveCount(1)
    await expectAccessible(page, 'movements with the ACH refund (English)')
  })
})
