import type { Page } from '@playwright/test'
import type { ObligationList } from '../../../shared/api/obligations'
import type { ProductDetail } from '../../../shared/api/products'
import { kioskConfigForProfile, PROFILES } from '../../../shared/config/profiles'
import {
  cop,
  expect,
  expectAccessible,
  ipc,
  next,
  paymentAccounts,
  previous,
  receiptText,
  signInAs,
  tapDigits,
  test,
} from '../payments/transfer-actions'

const obligations = (page: Page) => ipc<ObligationList>(page, 'obligations.list')
const row = (page: Page, concept: string) => page.getByTestId('obligation-row').filter({ hasText: concept })

test('co, seed 000: aportes ticked and another value, one savings account, Requisitos, Verificación, Finalizar, receipt on the printer, the products moved', async ({
  kiosk: page,
  printer,
}) => {
  await signInAs(page, 'active')
  const before = await obligations(page)
  const { accounts } = await paymentAccounts(page)
  const aportes = before.obligations.find((o) => o.concept === 'Aportes sociales')!
  const permanentes = before.obligations.find((o) => o.concept === 'Ahorros permanentes')!
  const contributionBefore = await ipc<ProductDetail>(page, 'products.detail', { productId: permanentes.id })

  await page.getByRole('link', { name: /Pagar obligaciones/ }).click()
  await expect(page.getByTestId('obligation-steps')).toContainText('Tipo de pago')
  await expectAccessible(page, 'obligations type')
  await page.getByTestId('mode-individual').click()
  await next(page)
  await expect(page.getByTestId('contribution-note')).toContainText('aporte social')
  await expect(page.getByTestId('obligations-totals')).toHaveText(cop(before.totals.nextDue.amountMinor))
  await expect(page.getByTestId('total-today')).toHaveText(cop(0))
  await expectAccessible(page, 'obligations table')
  await row(page, 'Aportes sociales').getByTestId('obligation-tick').check()
  await expect(page.getByTestId('total-today')).toHaveText(cop(aportes.nextDue.amountMinor))
  await row(page, 'Ahorros permanentes').getByTestId('obligation-other').click()
  await tapDigits(page, '20000')
  await page.getByTestId('amount-pad-done').click()
  const total = aportes.nextDue.amountMinor + 2_000_000
  await expect(page.getByTestId('total-today')).toHaveText(cop(total))
  await next(page)

  await page.getByTestId('method-single').click()
  await page.getByTestId('method-account').filter({ hasText: accounts[0]!.maskedNumber }).click()
  await expectAccessible(page, 'obligations methods')
  await next(page)
  await expect(page.getByTestId('requirements-table')).toContainText('Validación saldo cuenta de Ahorros')
  await expect(page.locator('[data-testid="requirement-row"][data-id="savings_balance"]')).toContainText(
    'Cumple',
  )
  await expectAccessible(page, 'obligations requirements')
  // Going back and forth keeps everything.
  await previous(page)
  await previous(page)
  await expect(page.getByTestId('total-today')).toHaveText(cop(total))
  await next(page)
  await next(page)
  await next(page)
  await expect(page.getByTestId('summary-total')).toHaveText(cop(total))
  await expect(page.getByTestId('summary-source')).toContainText(accounts[0]!.maskedNumber)
  await expectAccessible(page, 'obligations verification')
  await page.getByTestId('transfer-next').click()

  await expect(page.getByTestId('obligation-completed')).toBeVisible()
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())!.trim()
  expect(receiptNumber).toMatch(/^PO\d{15,20}$/)
  await expect(page.getByTestId('receipt-print-status')).toContainText('Comprobante impreso')
  const text = receiptText((await printer.waitForJobs(1))[0]!)
  expect(text).toContain('Comprobante de pago de obligaciones')
  expect(text).toContain(receiptNumber)
  expect(text).toContain(cop(total).replace(/\s/g, ' '))
  expect(text).toContain(accounts[0]!.maskedNumber)
  await expectAccessible(page, 'obligations done')
  await page.getByTestId('receipt-reprint').click()
  await expect(page.getByTestId('receipt-print-status')).toContainText('Comprobante impreso')
  expect(receiptText((await printer.waitForJobs(2))[1]!)).toContain(receiptNumber)

  // What is owed fell and the savings paid it: the products screens read the same.
  const after = await obligations(page)
  expect(after.obligations.find((o) => o.id === aportes.id)!.nextDue.amountMinor).toBe(0)
  const contributionAfter = await ipc<ProductDetail>(page, 'products.detail', { productId: permanentes.id })
  expect(contributionAfter.balance.amountMinor).toBe(contributionBefore.balance.amountMinor + 2_000_000)
  expect((await paymentAccounts(page)).accounts[0]!.available.amountMinor).toBe(
    accounts[0]!.available.amountMinor - total,
  )
  await page.getByTestId('obligation-home').click()
  await page.getByRole('link', { name: /Mis productos y movimientos/ }).click()
  await page.getByTestId('tab-contribution').click()
  await expect(page.getByTestId('tab-panel-contribution')).toContainText(
    cop(contributionAfter.balance.amountMinor),
  )
})

test('co: Cancelar asks first, and nothing moves', async ({ kiosk: page }) => {
  await signInAs(page, 'active')
  const { accounts } = await paymentAccounts(page)
  await page.getByRole('link', { name: /Pagar obligaciones/ }).click()
  await page.getByTestId('mode-individual').click()
  await next(page)
  await row(page, 'Aportes sociales').getByTestId('obligation-tick').check()
  await page.getByTestId('transfer-cancel').click()
  await expect(page.getByRole('alertdialog')).toContainText('No se ha movido dinero')
  await page.getByTestId('cancel-keep').click()
  await expect(row(page, 'Aportes sociales').getByTestId('obligation-tick')).toBeChecked()
  await page.getByTestId('transfer-cancel').click()
  await page.getByTestId('cancel-confirm').click()
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  expect((await paymentAccounts(page)).accounts).toEqual(accounts)
})

test.describe('in English', () => {
  test('the wizard and the paper read English; a balance too low is "Not met"', async ({
    kiosk: page,
    printer,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    await signInAs(page, 'active')
    const { accounts } = await paymentAccounts(page)
    await page.getByRole('link', { name: /Pay obligations/ }).click()
    await expect(page.getByTestId('obligation-steps')).toContainText('Payment methods')
    await page.getByTestId('mode-individual').click()
    await next(page)
    await expect(page.getByTestId('obligations-table')).toContainText('Next due')
    // Another value larger than the second account holds, paid from it alone: the API says no.
    const small = accounts[1]!
    await row(page, 'Crédito de libre inversión').getByTestId('obligation-other').click()
    await tapDigits(page, String(Math.floor(small.available.amountMinor / 100) + 1000))
    await page.getByTestId('amount-pad-done').click()
    await next(page)
    await page.getByTestId('method-single').click()
    await page.getByTestId('method-account').filter({ hasText: small.maskedNumber }).click()
    await next(page)
    await expect(page.locator('[data-testid="requirement-row"][data-id="savings_balance"]')).toContainText(
      'Not met',
    )
    await expect(page.getByTestId('requirements-not-met')).toBeVisible()
    await expect(page.getByTestId('transfer-next')).toBeDisabled()
    await expectAccessible(page, 'obligations requirements not met (en)')
    // Back: pay the aportes instead, from the first account.
    await previous(page)
    await previous(page)
    await row(page, 'Crédito de libre inversión').getByTestId('obligation-other').click()
    await page
      .getByRole('group', { name: /Numeric keypad/ })
      .getByRole('button', { name: /Clear/ })
      .click()
    await page.getByTestId('amount-pad-done').click()
    await row(page, 'Aportes sociales').getByTestId('obligation-tick').check()
    await next(page)
    await page.getByTestId('method-account').filter({ hasText: accounts[0]!.maskedNumber }).click()
    await next(page)
    await expect(page.locator('[data-testid="requirement-row"][data-id="savings_balance"]')).toContainText(
      'Met',
    )
    await next(page)
    await expect(page.getByTestId('transfer-next')).toHaveText(/Finish/)
    await page.getByTestId('transfer-next').click()
    await expect(page.getByTestId('obligation-completed')).toContainText('Payment made')
    await expect(page.getByTestId('receipt-print-status')).toContainText('Receipt printed')
    expect(receiptText((await printer.waitForJobs(1))[0]!)).toContain('Obligation payment receipt')
    await expectAccessible(page, 'obligations done (en)')
  })
})

test.describe('pa, seed 004: quota payments in USD', () => {
  test.use({ sandboxArgs: ['--profile', 'pa'], kioskConfig: kioskConfigForProfile(PROFILES.pa) })

  test("the loan's quota and the aportaciones from the savings account; the installment shows paid", async ({
    kiosk: page,
  }) => {
    await signInAs(page, 'active', 'pa')
    const before = await obligations(page)
    expect(before.currency).toBe('USD')
    const loan = before.obligations.find((o) => o.concept === 'Préstamo personal')!
    const aportaciones = before.obligations.find((o) => o.concept === 'Aportaciones')!
    const detail = await ipc<ProductDetail>(page, 'products.detail', { productId: loan.id })
    if (detail.kind !== 'loan') throw new Error('not a loan')
    const installment = detail.loan.nextInstallment!

    await page.getByRole('link', { name: /Pagar obligaciones/ }).click()
    await page.getByTestId('mode-individual').click()
    await next(page)
    await row(page, 'Préstamo personal').getByTestId('obligation-tick').check()
    await row(page, 'Aportaciones').getByTestId('obligation-tick').check()
    const usd = (minor: number) =>
      new Intl.NumberFormat('es-PA', { style: 'currency', currency: 'USD' }).format(minor / 100)
    await expect(page.getByTestId('total-today')).toHaveText(
      usd(loan.nextDue.amountMinor + aportaciones.nextDue.amountMinor),
    )
    await expectAccessible(page, 'pa obligations table')
    await next(page)
    await page.getByTestId('method-single').click()
    await page.getByTestId('method-account').first().click()
    await next(page)
    await expect(page.getByTestId('requirements-not-met')).toHaveCount(0)
    await next(page)
    await page.getByTestId('transfer-next').click()
    await expect(page.getByTestId('obligation-completed')).toBeVisible()
    await expect(page.getByTestId('summary-line')).toHaveCount(2)

    const after = await ipc<ProductDetail>(page, 'products.detail', { productId: loan.id })
    if (after.kind !== 'loan') throw new Error('not a loan')
    expect(after.loan.amortization.find((r) => r.number === installment.number)!.status).toBe('paid')
    expect(after.balance.amountMinor).toBe(detail.balance.amountMinor - installment.principal.amountMinor)
  })
})
