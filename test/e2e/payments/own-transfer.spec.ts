import type { ProductsOfKind } from '../../../shared/api/products'
import { typeOnTextKeyboard } from '../credentials/credentials-actions'
import {
  amountAndReference,
  cop,
  expect,
  expectAccessible,
  ipc,
  latestOperationCode,
  next,
  paymentAccounts,
  previous,
  receiptText,
  enterCode,
  signInAs,
  startOwnTransfer,
  tapDigits,
  test,
} from './transfer-actions'

test('between own accounts: the code from the outbox, the receipt number, the receipt on the printer, the balances moved', async ({
  kiosk: page,
  printer,
  stack,
}) => {
  const member = await signInAs(page, 'active')
  const before = await paymentAccounts(page)
  const savingsBefore = await ipc<ProductsOfKind>(page, 'products.ofKind', { kind: 'savings' })
  const [from, to] = before.accounts
  expect(from && to, 'two savings accounts').toBeTruthy()

  await page.getByRole('link', { name: /Transferencias/ }).click()
  await expectAccessible(page, 'transfer kind')
  await page.getByTestId('kind-own').click()
  await next(page)
  await expect(page.getByTestId(`origin-${from!.maskedNumber}`)).toContainText(
    cop(from!.available.amountMinor),
  )
  await expectAccessible(page, 'transfer origin')
  await page.getByTestId(`origin-${from!.maskedNumber}`).click()
  await next(page)
  // The origin is not offered as destination.
  await expect(page.getByTestId(`destination-${from!.maskedNumber}`)).toHaveCount(0)
  await expectAccessible(page, 'transfer destination (own)')
  await page.getByTestId(`destination-${to!.maskedNumber}`).click()
  await next(page)
  await tapDigits(page, '125000')
  await expect(page.getByTestId('amount-value')).toHaveText(cop(12_500_000))
  // Limits and fee exactly as the API states them.
  await expect(page.getByTestId('rule-perOperation')).toHaveText(cop(before.rules.perOperation.amountMinor))
  await expect(page.getByTestId('rule-perDay')).toHaveText(cop(before.rules.perDay.amountMinor))
  await expect(page.getByTestId('rule-fee')).toHaveText(cop(before.rules.fees.own.amountMinor))
  await expectAccessible(page, 'transfer amount')
  await next(page)
  await expectAccessible(page, 'transfer reference')
  await previous(page)
  await expect(page.getByTestId('amount-value')).toHaveText(cop(12_500_000))
  await next(page)
  await typeOnTextKeyboard(page, 'Ahorro navidad')
  await next(page)
  await expect(page.getByTestId('summary-total')).toHaveText(cop(12_500_000))
  await expect(page.getByTestId('summary-origin')).toHaveText(`${from!.name} ${from!.maskedNumber}`)
  await expectAccessible(page, 'transfer review')

  await next(page)
  // What the code is for, in the API's words, and where it went.
  await expect(page.getByTestId('code-authorises')).toContainText(cop(12_500_000))
  await expect(page.getByTestId('code-authorises')).toContainText(to!.maskedNumber)
  await expect(page.getByTestId('code-sent-to')).toContainText('7812')
  await expect(page.getByTestId('code-expiry')).toContainText(/El código vence en [45]:\d\d/)
  await expect(page.getByTestId('code-attempts')).toHaveText('Le quedan 3 intentos para este código.')
  await expect(page.getByTestId('code-wait')).toContainText('Podrá pedir otro código en')
  await expectAccessible(page, 'transfer code')
  await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))

  await expect(page.getByTestId('transfer-completed')).toBeVisible()
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())!.trim()
  expect(receiptNumber).toMatch(/^TR\d{15,20}$/)
  await expect(page.getByTestId('balance-after')).toHaveText(cop(from!.available.amountMinor - 12_500_000))
  // Printed by itself on the real socket, then reprinted on request.
  await expect(page.getByTestId('receipt-print-status')).toContainText('Comprobante impreso')
  const [job] = await printer.waitForJobs(1)
  const text = receiptText(job!)
  expect(text).toContain('Comprobante de transferencia')
  expect(text).toContain(receiptNumber)
  // Paper has plain spaces where Intl puts a no-break one.
  expect(text).toContain(cop(12_500_000).replace(/\s/g, ' '))
  expect(text).toContain('Ahorro navidad')
  await expectAccessible(page, 'transfer done')
  await page.getByTestId('receipt-reprint').click()
  await expect(page.getByTestId('receipt-print-status')).toContainText('Comprobante impreso')
  expect(receiptText((await printer.waitForJobs(2))[1]!)).toContain(receiptNumber)
  // A printer gone away never hides that the money moved.
  await printer.close()
  await page.getByTestId('receipt-reprint').click()
  await expect(page.getByTestId('receipt-print-status')).toContainText('La impresora de recibos no responde.')
  await expect(page.getByTestId('receipt-print-status')).toContainText('La transferencia sí se realizó')
  await expect(page.getByTestId('receipt-number')).toHaveText(receiptNumber)

  // Mis productos shows both balances moved by the amount (own transfers are free).
  await page.getByTestId('transfer-products').click()
  await expect(page.getByTestId('tab-savings')).toHaveAttribute('aria-current', 'page')
  for (const [account, delta] of [
    [from!, -12_500_000],
    [to!, 12_500_000],
  ] as const) {
    const panel = page.getByTestId('product-panel').filter({ hasText: account.maskedNumber })
    const product = savingsBefore.products.find((p) => p.id === account.id)!
    await expect(panel.getByTestId('fact-available')).toHaveText(cop(account.available.amountMinor + delta))
    await expect(panel.getByTestId('fact-balance')).toHaveText(cop(product.balance.amountMinor + delta))
  }
  const after = await paymentAccounts(page)
  expect(after.accounts.map((a) => a.available.amountMinor)).toEqual([
    from!.available.amountMinor - 12_500_000,
    to!.available.amountMinor + 12_500_000,
    ...before.accounts.slice(2).map((a) => a.available.amountMinor),
  ])
})

test.describe('in English', () => {
  test('an own-account transfer reads English on screen and on paper', async ({
    kiosk: page,
    printer,
    stack,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    const member = await signInAs(page, 'heavy')
    const { accounts } = await paymentAccounts(page)
    await startOwnTransfer(page, accounts[0]!.maskedNumber, accounts[1]!.maskedNumber)
    await expect(page.getByTestId('step-amount')).toContainText('How much do you want to transfer?')
    await amountAndReference(page, '5000', 'Books')
    await expect(page.getByTestId('step-review')).toContainText('Review the transfer')
    await next(page)
    await expect(page.getByTestId('code-attempts')).toHaveText('You have 3 tries left for this code.')
    await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
    await expect(page.getByTestId('transfer-completed')).toContainText('Transfer completed')
    await expect(page.getByTestId('receipt-print-status')).toContainText('Receipt printed')
    const text = receiptText((await printer.waitForJobs(1))[0]!)
    expect(text).toContain('Transfer receipt')
    expect(text).toContain('Books')
  })
})
