import type { MemberSummary } from '../../../shared/api/member'
import type { MovementsPage, ProductsOfKind } from '../../../shared/api/products'
import { expect, test } from '../support/stack'
import { cop, ipc, openTile, signInAs } from './helpers'

const PAGE = 20
const monthBefore = (iso: string, n: number) => {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d.toISOString().slice(0, 10)
}

test('the heavy member: last 10/20/30, then a date range picked by touch, paged with running balances', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'heavy')
  const { cutoffDate } = await ipc<MemberSummary>(page, 'member.summary')
  const savings = await ipc<ProductsOfKind>(page, 'products.ofKind', { kind: 'savings' })
  const shop = savings.products.find((p) => p.name === 'Cuenta de ahorros comercial')!

  await openTile(page, /Mis productos y movimientos/)
  await page.getByTestId('tab-savings').click()
  await page.getByTestId('product-panel').filter({ hasText: shop.name }).getByTestId('open-movements').click()

  // Last 10, 20 and 30: newest first, with the balance after each one.
  for (const n of [10, 20, 30]) {
    await page.getByTestId(`movements-last-${n}`).click()
    await expect(page.getByTestId('movement-row')).toHaveCount(n)
    await expect(page.getByTestId('movements-count')).toHaveText(`${n} movimientos`)
    const api = await ipc<MovementsPage>(page, 'products.movements', { productId: shop.id, last: n })
    await expect(page.getByTestId('movement-balance').first()).toHaveText(
      cop(api.movements[0]!.balanceAfter.amountMinor),
    )
    await expect(page.getByTestId('movement-balance').last()).toHaveText(
      cop(api.movements.at(-1)!.balanceAfter.amountMinor),
    )
    await expect(page.getByTestId('movements-pager')).toHaveCount(0)
  }

  // A range of three months chosen on the calendar: back two months, tap the 1st, forward, tap the cut-off.
  const from = monthBefore(cutoffDate, 2)
  await page.getByTestId('movements-by-date').click()
  await page.getByTestId('range-previous-month').click()
  await page.getByTestId('range-previous-month').click()
  await page.getByTestId(`day-${from}`).click()
  await page.getByTestId('range-next-month').click()
  await page.getByTestId('range-next-month').click()
  await page.getByTestId(`day-${cutoffDate}`).click()
  await page.getByTestId('range-apply').click()

  const first = await ipc<MovementsPage>(page, 'products.movements', {
    productId: shop.id,
    from,
    to: cutoffDate,
    limit: PAGE,
  })
  expect(first.totals.count).toBeGreaterThan(400) // ~180 a month
  const pages = Math.ceil(first.totals.count / PAGE)
  await expect(page.getByTestId('movements-count')).toHaveText(`${first.totals.count} movimientos`)
  await expect(page.getByTestId('movements-page')).toHaveText(`Página 1 de ${pages}`)
  await expect(page.getByTestId('movement-row')).toHaveCount(PAGE)
  await expect(page.getByTestId('fact-closing')).toHaveText(cop(first.closingBalance.amountMinor))
  await expect(page.getByTestId('fact-opening')).toHaveText(cop(first.openingBalance.amountMinor))
  for (const row of await page.getByTestId('movement-row').all()) {
    const date = await row.getAttribute('data-date')
    expect(date! >= from && date! <= cutoffDate).toBe(true)
  }

  // Page 2 continues where page 1 ended: the running balance carries across the page break.
  await page.getByTestId('movements-next').click()
  await expect(page.getByTestId('movements-page')).toHaveText(`Página 2 de ${pages}`)
  const second = await ipc<MovementsPage>(page, 'products.movements', {
    productId: shop.id,
    from,
    to: cutoffDate,
    limit: PAGE,
    cursor: first.nextCursor,
  })
  await expect(page.getByTestId('movement-balance').first()).toHaveText(
    cop(second.movements[0]!.balanceAfter.amountMinor),
  )
  const lastOfFirst = first.movements.at(-1)!
  const signed = (m: typeof lastOfFirst) => (m.direction === 'credit' ? 1 : -1) * m.amount.amountMinor
  expect(second.movements[0]!.balanceAfter.amountMinor).toBe(
    lastOfFirst.balanceAfter.amountMinor - signed(lastOfFirst),
  )

  await page.getByTestId('movements-previous').click()
  await expect(page.getByTestId('movements-page')).toHaveText(`Página 1 de ${pages}`)
  await expect(page.getByTestId('movement-balance').first()).toHaveText(
    cop(first.movements[0]!.balanceAfter.amountMinor),
  )
  await expect(page.getByTestId('movements-previous')).toBeDisabled()
})

test('a range with no movements says so, and presets pick whole months', async ({ kiosk: page }) => {
  await signInAs(page, 'no-loans')
  const { cutoffDate } = await ipc<MemberSummary>(page, 'member.summary')
  await openTile(page, /Mis productos y movimientos/)
  await page.getByTestId('tab-term_deposit').click()
  await page.getByTestId('open-movements').click()
  await page.getByTestId('movements-by-date').click()
  await page.getByTestId('range-preset-lastMonth').click()
  const endOfLastMonth = new Date(Date.parse(`${monthBefore(cutoffDate, 0)}T00:00:00Z`) - 86_400_000)
  await expect(page.getByTestId('range-to')).toHaveText(
    new Intl.DateTimeFormat('es-CO', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(endOfLastMonth),
  )
  await page.getByTestId('range-apply').click()
  // A term deposit earns interest once a month: one movement in a month.
  await expect(page.getByTestId('movements-count')).toHaveText('1 movimiento')

  // Two taps on the same early day of the first month shown: a one-day range without movements.
  await page.getByTestId('movements-by-date').click()
  await page.getByTestId('range-previous-month').click()
  const day = `${monthBefore(cutoffDate, 2).slice(0, 7)}-02`
  await page.getByTestId(`day-${day}`).click()
  await page.getByTestId(`day-${day}`).click()
  await page.getByTestId('range-apply').click()
  await expect(page.getByTestId('movements-none')).toHaveText('No hay movimientos en este periodo.')
})
