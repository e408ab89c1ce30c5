import type { CardStatement, ProductDetail, ProductsOfKind } from '../../../shared/api/products'
import { expect, test } from '../support/stack'
import { cop, ipc, openTile, signInAs } from './helpers'

test('loan detail: next installment, amortization table with paid and pending installments, guarantors', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  const [loan] = (await ipc<ProductsOfKind>(page, 'products.ofKind', { kind: 'loan' })).products as Extract<
    ProductDetail,
    { kind: 'loan' }
  >[]
  await openTile(page, /Mis productos y movimientos/)
  await page.getByTestId('tab-loan').click()
  await page.getByTestId('open-loan').click()

  const next = loan!.loan.nextInstallment!
  await expect(page.getByTestId('next-installment')).toContainText(cop(next.total.amountMinor))
  await expect(page.getByTestId('next-installment')).toContainText('Pendiente')
  const rows = page.getByTestId('installment-row')
  await expect(rows).toHaveCount(loan!.loan.termMonths)
  await expect(page.locator('[data-testid="installment-row"][data-status="paid"]')).toHaveCount(
    loan!.loan.installmentsPaid,
  )
  await expect(rows.first()).toContainText('Pagada')
  await expect(rows.last()).toContainText('Pendiente')

  await page.getByTestId('amortization-filter-pending').click()
  await expect(rows).toHaveCount(loan!.loan.termMonths - loan!.loan.installmentsPaid)
  await expect(rows.first()).toContainText(String(next.number))
  await page.getByTestId('amortization-filter-paid').click()
  await expect(rows).toHaveCount(loan!.loan.installmentsPaid)

  const guarantors = page.getByTestId('guarantor')
  await expect(guarantors).toHaveCount(loan!.loan.guarantors.length)
  for (const [i, g] of loan!.loan.guarantors.entries()) {
    await expect(guarantors.nth(i)).toContainText(g.maskedName)
    await expect(guarantors.nth(i)).toContainText(g.active ? 'Vigente' : 'Liberado')
  }
})

test('an overdue loan marks its overdue installments and the amount in arrears', async ({ kiosk: page }) => {
  await signInAs(page, 'overdue-loan')
  await openTile(page, /Mis productos y movimientos/)
  await page.getByTestId('tab-loan').click()
  await page.getByTestId('open-loan').click()
  await expect(page.getByTestId('loan-overdue')).toContainText('Tiene 2 cuotas vencidas')
  await expect(page.locator('[data-testid="installment-row"][data-status="overdue"]')).toHaveCount(2)
  await expect(page.getByTestId('next-installment')).toContainText('Vencida')
})

test('card: limit, available, minimum payment and the statement of a chosen period', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  const [card] = (await ipc<ProductsOfKind>(page, 'products.ofKind', { kind: 'card' })).products as Extract<
    ProductDetail,
    { kind: 'card' }
  >[]
  await openTile(page, /Mis productos y movimientos/)
  await page.getByTestId('tab-card').click()
  await page.getByTestId('open-card').click()

  await expect(page.getByTestId('fact-limit').first()).toHaveText(cop(card!.card.limit.amountMinor))
  await expect(page.getByTestId('fact-available').first()).toHaveText(cop(card!.card.available.amountMinor))
  await expect(page.getByTestId('fact-minimumPayment').first()).toHaveText(
    cop(card!.card.minimumPayment.amountMinor),
  )

  const period = card!.card.periods[3]!
  await page.getByTestId(`card-period-${period}`).click()
  await expect(page.getByTestId(`card-period-${period}`)).toHaveAttribute('aria-pressed', 'true')
  const st = await ipc<CardStatement>(page, 'products.cardStatement', { productId: card!.id, period })
  await expect(page.getByTestId('card-line')).toHaveCount(st.lines.length)
  const statement = page.getByTestId('card-statement')
  await expect(statement.getByTestId('fact-closingBalance')).toHaveText(cop(st.closingBalance.amountMinor))
  await expect(statement.getByTestId('fact-purchases')).toHaveText(cop(st.purchases.amountMinor))
  await expect(statement.getByTestId('fact-payments')).toHaveText(cop(st.payments.amountMinor))
  await expect(page.locator('[data-testid="card-line"][data-category="purchase"]')).toHaveCount(
    st.lines.filter((l) => l.category === 'purchase').length,
  )
})
