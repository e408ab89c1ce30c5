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
  const l = loan!.loan
  await expect(page.getByTestId('next-installment')).toContainText(cop(next.total.amountMinor))
  await expect(page.getByTestId('next-installment')).toContainText('Pendiente')
  // The next installment's parts, and why it is more than the agreed installment (issue 17, item 10).
  await expect(page.getByTestId('next-breakdown')).toContainText(`Capital ${cop(next.principal.amountMinor)}`)
  await expect(page.getByTestId('next-breakdown')).toContainText(`Interés ${cop(next.interest.amountMinor)}`)
  expect(next.total.amountMinor).toBeGreaterThan(l.installmentAmount.amountMinor)
  await expect(page.getByTestId('next-differs')).toContainText(
    `La cuota pactada, ${cop(l.installmentAmount.amountMinor)}, es capital más interés; esta cuota suma además ${cop(next.total.amountMinor - l.installmentAmount.amountMinor)}`,
  )

  // The table opens on what is left to pay, 12 installments a page, the next one first (item 11).
  const rows = page.getByTestId('installment-row')
  const pending = l.termMonths - l.installmentsPaid
  await expect(page.getByTestId('amortization-filter-pending')).toHaveAttribute('aria-pressed', 'true')
  await expect(rows).toHaveCount(Math.min(12, pending))
  await expect(rows.first()).toContainText(String(next.number))
  await expect(page.getByTestId('amortization-range')).toHaveText(
    `Cuotas 1 a ${Math.min(12, pending)} de ${pending}`,
  )
  // Every column fits at 1366 px: nothing scrolls sideways, and nothing scrolls inside the page.
  const scroll = page.locator('.amortization .pt-scroll')
  const fits = await scroll.evaluate((el) => ({
    sideways: el.scrollWidth - el.clientWidth,
    downwards: el.scrollHeight - el.clientHeight,
  }))
  expect(fits.sideways).toBeLessThanOrEqual(0)
  expect(fits.downwards).toBeLessThanOrEqual(0)
  const status = (await rows.first().locator('td').last().boundingBox())!
  expect(status.x + status.width).toBeLessThanOrEqual(1366)

  await page.getByTestId('amortization-filter-all').click()
  await expect(rows).toHaveCount(12)
  await expect(rows.first()).toContainText('Pagada')
  const pagesOfAll = Math.ceil(l.termMonths / 12)
  for (let i = 1; i < pagesOfAll; i++) await page.getByTestId('amortization-next').click()
  await expect(page.getByTestId('amortization-next')).toBeDisabled()
  await expect(rows.last()).toContainText('Pendiente')
  await expect(page.getByTestId('amortization-range')).toHaveText(
    `Cuotas ${(pagesOfAll - 1) * 12 + 1} a ${l.termMonths} de ${l.termMonths}`,
  )
  await page.getByTestId('amortization-previous').click()
  await expect(rows).toHaveCount(12)
  await page.getByTestId('amortization-filter-paid').click()
  await expect(rows).toHaveCount(Math.min(12, l.installmentsPaid))
  await expect(page.getByTestId('amortization-range')).toHaveText(
    `Cuotas 1 a ${Math.min(12, l.installmentsPaid)} de ${l.installmentsPaid}`,
  )

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
  // "Por pagar" holds the overdue installments first.
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
