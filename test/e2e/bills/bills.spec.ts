import type { RegisteredService } from '../../../shared/api/bills'
import { cardNumberFor, contractFor } from '../../../sandbox/testing/bills'
import {
  cop,
  enterCode,
  expect,
  expectAccessible,
  ipc,
  latestOperationCode,
  paymentAccounts,
  receiptText,
  savingsAvailable,
  savingsNumbers,
  signInAs,
  tapDigits,
  test,
} from '../payments/transfer-actions'

// A registration's code, then a schedule's, back to back.
test.use({ sandboxArgs: ['--send-cooldown', '0', '--otp-cooldown', '0'] })

const moveClock = async (sandboxUrl: string, at: string) => {
  const res = await fetch(`${sandboxUrl}/sandbox/bills/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at }),
  })
  expect(res.status).toBe(200)
}

test('a service registered with the code, paid now with its receipt, scheduled, run by the clock, in the history, cancelled', async ({
  kiosk: page,
  stack,
  printer,
}) => {
  // The bills clock on the 15th of next month, whatever today is: the schedule for day 1 then first runs
  // in the month after the one paid by hand.
  const now = new Date()
  const mid = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15, 12))
  await moveClock(stack.sandboxUrl, mid.toISOString())
  const member = await signInAs(page, 'active')
  const [account] = savingsNumbers(stack.dataFile, member.idNumber)
  const before = savingsAvailable(stack.dataFile, account!.number)
  await page.getByRole('link', { name: /Pago de servicios/ }).click()
  await expect(page.getByTestId('bills-empty')).toHaveText(
    'Aún no tiene servicios inscritos. Toque «Inscribir servicio».',
  )
  await expectAccessible(page, 'bills (none)')

  // Inscribir servicio: category → company → account → contract number.
  const contract = contractFor('co', 'epm-energia', '5201')
  await page.getByTestId('bills-register').click()
  await page.getByTestId('category-energy').click()
  await page.getByTestId('company-epm-energia').click()
  await tapDigits(page, contract)
  await expect(page.getByTestId('contract-value')).toHaveText(contract)
  await expectAccessible(page, 'register a service')
  await page.getByTestId('register-submit').click()
  await expect(page.getByTestId('code-what')).toContainText(
    `EPM Energía, contrato ******${contract.slice(-4)}`,
  )
  await expectAccessible(page, 'service code')
  await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
  await expect(page.getByTestId('bills-notice')).toHaveText('Servicio inscrito.')
  const row = page.getByTestId('service-epm-energia')
  await expect(row).toContainText('EPM Energía')
  const { services } = await ipc<{ services: RegisteredService[] }>(page, 'bills.services')
  const due = services[0]!.amountDue!
  await expect(row.getByTestId('service-due')).toHaveText(cop(due.amountMinor))
  await expectAccessible(page, 'bills (one)')

  // Pay now: the receipt on screen and on paper; the money left the account once.
  await row.getByTestId('service-pay').click()
  await expect(page.getByTestId('pay-amount')).toHaveText(cop(due.amountMinor))
  await expectAccessible(page, 'pay a service')
  await page.getByTestId('pay-confirm').click()
  await expect(page.getByTestId('bill-completed')).toBeVisible()
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())!
  const text = receiptText((await printer.waitForJobs(1))[0]!)
  expect(text).toContain('Comprobante de pago')
  expect(text).toContain(receiptNumber)
  expect(text).toContain('EPM Energía')
  expect(text).not.toContain(contract)
  await expect(page.getByTestId('receipt-print-status')).toContainText('Comprobante impreso')
  await expectAccessible(page, 'bill paid')
  expect(savingsAvailable(stack.dataFile, account!.number)).toBe(before - due.amountMinor)
  await page.getByTestId('bill-back').click()
  await expect(row.getByTestId('service-due')).toHaveText('Pagado este mes')

  // Programar pago: day 1, so it first runs next month; its own code.
  await page.getByTestId('bills-schedules').click()
  await expect(page.getByTestId('schedules-empty')).toHaveText('No tiene pagos programados.')
  await page.getByTestId('schedule-service-epm-energia').click()
  await page.getByTestId('schedule-day-select').selectOption('1')
  await expectAccessible(page, 'schedules (none)')
  await page.getByTestId('schedule-submit').click()
  await expect(page.getByTestId('code-what')).toContainText('automáticamente el día 1 de cada mes')
  await expect(page.getByTestId('code-sent-to')).toContainText('*')
  await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
  await expect(page.getByTestId('bills-notice')).toHaveText('Pago automático programado.')
  await expect(page.getByTestId('schedule-row')).toHaveCount(1)
  await expect(page.getByTestId('schedule-day')).toHaveText('1')
  await expectAccessible(page, 'schedules (one)')

  // The sandbox's clock passes the day: the schedule pays next month's bill by itself.
  const { schedules } = await ipc<{ schedules: { nextRunOn: string }[] }>(page, 'bills.schedules')
  await moveClock(stack.sandboxUrl, `${schedules[0]!.nextRunOn}T14:00:00.000Z`)
  await page.getByTestId('back').click()
  await page.getByTestId('bills-history').click()
  await expect(page.getByTestId('history-row')).toHaveCount(2)
  await expect(page.getByTestId('history-automatic').first()).toHaveText('Sí')
  await expect(page.getByTestId('history-automatic').nth(1)).toHaveText('No')
  await expect(page.getByTestId('history-status').first()).toHaveText('Realizado')
  await expectAccessible(page, 'payment history')

  // Cancel it: the question first.
  await page.getByTestId('back').click()
  await page.getByTestId('bills-schedules').click()
  await page.getByTestId('schedule-cancel').click()
  await expect(page.getByTestId('schedule-confirm')).toContainText('¿Desea cancelar este pago programado?')
  await expectAccessible(page, 'cancel a schedule')
  await page.getByTestId('schedule-accept').click()
  await expect(page.getByTestId('bills-notice')).toHaveText('Pago programado cancelado.')
  await expect(page.getByTestId('schedules-empty')).toBeVisible()
})

test.describe('in English', () => {
  test("cards: the cooperative's card paid (another amount) lowers its balance; another bank's card registered with the code and paid with the fee", async ({
    kiosk: page,
    stack,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    const member = await signInAs(page, 'active')
    const from = (await paymentAccounts(page)).accounts[0]!
    await page.getByRole('link', { name: /Card payments/ }).click()
    const options = await ipc<{ own: { productId: string; total: { amountMinor: number } }[] }>(
      page,
      'bills.cardOptions',
    )
    const card = options.own[0]!
    await page.getByTestId(`own-card-${card.productId}`).click()
    await page.getByTestId('option-other').click()
    await tapDigits(page, '25000')
    await expect(page.getByTestId('card-amount')).toContainText('25.000')
    await expectAccessible(page, 'card payments (own)')
    await page.getByTestId('card-pay').click()
    await expect(page.getByTestId('bill-completed')).toBeVisible()
    await expect(page.getByTestId('receipt-destination')).toContainText('Cooperative card payment')
    await expectAccessible(page, 'card paid')
    const detail = await ipc<{ balance: { amountMinor: number } }>(page, 'products.detail', {
      productId: card.productId,
    })
    expect(detail.balance.amountMinor).toBe(card.total.amountMinor - 2_500_000)

    // Another bank's card: registered with a code bound to it, then paid.
    await page.getByTestId('bill-back').click()
    await page.getByTestId('cards-other').click()
    await expect(page.getByText('You have no other bank cards registered.')).toBeVisible()
    await page.getByTestId('card-add-toggle').click()
    await page.getByTestId('bank-bancolombia').click()
    const number = cardNumberFor('4539')
    await tapDigits(page, number)
    await expectAccessible(page, 'register a card')
    await page.getByTestId('card-add').click()
    await expect(page.getByTestId('code-what')).toHaveText(
      `Registering card 4539 **** **** ${number.slice(-4)} of Bancolombia`,
    )
    await expectAccessible(page, 'card code (English)')
    await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
    await expect(page.getByTestId('bills-notice')).toHaveText('Card registered.')
    await page.getByTestId('cards-other').click()
    await page.locator('[data-testid^="other-card-"]').first().click()
    await page.getByTestId(`account-${from.id}`).click()
    await tapDigits(page, '40000')
    await page.getByTestId('card-pay').click()
    await expect(page.getByTestId('bill-completed')).toBeVisible()
    await expect(page.getByTestId('receipt-destination')).toContainText('Other bank card payment')
    await expect(page.getByTestId('bill-receipt')).toContainText('3.500')
  })
})
