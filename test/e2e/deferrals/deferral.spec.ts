import type { DeferralOptions, DeferralSimulation } from '../../../shared/api/deferrals'
import { cop, expectAccessible, ipc, openTile, signInAs } from '../products/helpers'
import { invokeFromPage } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'

// Figures computed apart from the kiosk (the Python script of shared/finance/README.md, French, half up,
// 23.5 % EA): María's two newest card purchases, 291 300.00 + 183 600.00 (the seed's amounts do not
// depend on its date), deferred over 6 months.
const TOTAL = 47_490_000
const INSTALLMENT = 8_413_781
const LAST = 8_413_780
const INTEREST = 2_992_685

test('defer two purchases over 6 months: simulation, Diferido exitoso, the installments on the card page', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Diferir compras con tarjeta/)
  await expect(page.getByRole('heading', { name: 'Diferido de tarjetas' })).toBeVisible()
  const [card] = (await ipc<DeferralOptions>(page, 'deferrals.options')).cards
  const [newest, second] = card!.purchases
  expect(newest!.amount.amountMinor + second!.amount.amountMinor).toBe(TOTAL)
  await expect(page.getByTestId('deferral-purchase')).toHaveCount(card!.purchases.length)
  await expect(page.getByRole('columnheader', { name: 'Fecha transacción' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Seleccionar' })).toBeVisible()
  await expectAccessible(page, 'deferral (purchases)')

  await page.getByTestId(`deferral-select-${newest!.movementId}`).check()
  await page.getByTestId(`deferral-select-${second!.movementId}`).check()
  await expect(page.getByTestId('deferral-selected-total')).toContainText(`Monto total: ${cop(TOTAL)}`)
  // Limpiar empties the choice; the member chooses again.
  await page.getByTestId('deferral-months-6').click()
  await expect(page.getByTestId('deferral-simulation')).toBeVisible()
  await page.getByTestId('deferral-clear').click()
  await expect(page.getByTestId('deferral-simulation')).toHaveCount(0)
  await expect(page.getByTestId(`deferral-select-${newest!.movementId}`)).not.toBeChecked()
  await expect(page.getByTestId('deferral-confirm')).toBeDisabled()
  await page.getByTestId(`deferral-select-${newest!.movementId}`).check()
  await page.getByTestId(`deferral-select-${second!.movementId}`).check()
  await page.getByTestId('deferral-months-6').click()

  const simulation = page.getByTestId('deferral-simulation')
  await expect(simulation.getByRole('heading', { name: 'Simulación Diferido' })).toBeVisible()
  await expect(page.getByTestId('deferral-total')).toHaveText(cop(TOTAL))
  await expect(page.getByTestId('deferral-count')).toHaveText('6')
  await expect(page.getByTestId('deferral-interest')).toHaveText(cop(INTEREST))
  await expect(page.getByTestId('deferral-installment')).toHaveText(cop(INSTALLMENT))
  await expect(simulation).toContainText(`La última cuota es de ${cop(LAST)}`)
  await expect(simulation).toContainText('Tasa 23,5 % efectiva anual, 1,7745 % mensual.')
  await expect(page.getByTestId('deferral-note')).toHaveText(
    '*Recuerda que la cuota de este diferido son valores que se suman a tus diferidos anteriores, y deberán ser cancelados en el próximo mes',
  )
  await expectAccessible(page, 'deferral simulation')

  await page.getByTestId('deferral-confirm').click()
  const done = page.getByTestId('deferral-done')
  await expect(done.getByRole('heading', { name: 'Diferido exitoso' })).toBeVisible()
  await expect(done).toContainText('Recuerda que este valor se suma a tus diferidos anteriores')
  await expect(page.getByTestId('deferral-number')).toHaveText(/^DF-\d{4}-\d{6}$/)
  const number = (await page.getByTestId('deferral-number').textContent())!
  await expectAccessible(page, 'Diferido exitoso')

  // The card page: its statement and, below, the 6 installments from next month.
  await page.getByTestId('deferral-statement').click()
  await expect(page.getByTestId('card-statement')).toBeVisible()
  const installments = page.getByTestId('card-deferral-installment')
  await expect(installments).toHaveCount(6)
  await expect(installments.first()).toContainText(number)
  await expect(installments.first()).toContainText('1 de 6')
  await expect(installments.first()).toContainText(cop(INSTALLMENT))
  await expect(installments.last()).toContainText('6 de 6')
  await expect(installments.last()).toContainText(cop(LAST))
  await expect(page.getByTestId('card-deferred-balance')).toHaveText(cop(TOTAL))
  await expectAccessible(page, 'card with deferrals')

  // The deferred purchases are no longer offered.
  await page.getByTestId('card-defer').click()
  await expect(page.getByTestId('deferral-purchase')).toHaveCount(card!.purchases.length - 2)
  await expect(page.getByTestId(`deferral-select-${newest!.movementId}`)).toHaveCount(0)
})

test('in English: defer the revolving balance over 12 months; it adds to the month’s earlier deferrals', async ({
  kiosk: page,
}) => {
  await page.getByRole('button', { name: 'English' }).click()
  await signInAs(page, 'active')
  // An earlier deferral (through main, as the screen does): the newest purchase over 3 months.
  const before = (await ipc<DeferralOptions>(page, 'deferrals.options')).cards[0]!
  const earlier = await ipc<DeferralSimulation>(page, 'deferrals.simulate', {
    productId: before.productId,
    source: { kind: 'purchases', movementIds: [before.purchases[0]!.movementId] },
    months: 3,
  })
  await ipc(page, 'deferrals.confirm', { simulation: earlier, idempotencyKey: 'e2e-earlier-deferral-0001' })
  const [card] = (await ipc<DeferralOptions>(page, 'deferrals.options')).cards
  expect(card!.revolvingBalance.amountMinor).toBe(
    before.revolvingBalance.amountMinor - earlier.total.amountMinor,
  )
  await openTile(page, /Defer card purchases/)
  await expect(page.getByRole('heading', { name: 'Card deferral' })).toBeVisible()
  await page.getByTestId('deferral-mode-revolving').click()
  await expect(page.getByTestId('deferral-revolving')).toContainText(
    `Current revolving balance: ${cop(card!.revolvingBalance.amountMinor)}`,
  )
  await page.getByTestId('deferral-months-12').click()
  const simulation = page.getByTestId('deferral-simulation')
  await expect(simulation.getByRole('heading', { name: 'Deferral simulation' })).toBeVisible()
  await expect(simulation).toContainText('Total amount to defer')
  await expect(page.getByTestId('deferral-total')).toHaveText(cop(card!.revolvingBalance.amountMinor))
  await expect(page.getByTestId('deferral-count')).toHaveText('12')
  await expect(page.getByTestId('deferral-note')).toContainText('add to your earlier deferrals')
  const shown = await ipc<DeferralSimulation>(page, 'deferrals.simulate', {
    productId: card!.productId,
    source: { kind: 'revolving' },
    months: 12,
  })
  await expect(page.getByTestId('deferral-installment')).toHaveText(cop(shown.installment.amountMinor))
  const revolvingInstallment = shown.installment.amountMinor
  await expectAccessible(page, 'deferral (revolving, English)')

  await page.getByTestId('deferral-confirm').click()
  await expect(page.getByRole('heading', { name: 'Deferral successful' })).toBeVisible()
  await expectAccessible(page, 'deferral successful (English)')
  await page.getByTestId('deferral-statement').click()
  await expect(page.getByRole('heading', { name: 'Deferral installments' })).toBeVisible()
  // 3 + 12 installments; next month bills the first of each, added up.
  await expect(page.getByTestId('card-deferral-installment')).toHaveCount(15)
  const first = page.getByTestId('card-deferral-month').first()
  await expect(first.getByTestId('card-deferral-installment')).toHaveCount(2)
  await expect(first).toContainText('1 of 3')
  await expect(first).toContainText('1 of 12')
  // Nothing is left to defer.
  expect(
    await invokeFromPage(page, 'deferrals.simulate', {
      productId: card!.productId,
      source: { kind: 'revolving' },
      months: 12,
    }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  const firstTotal = (await first.getByTestId('card-deferral-month-total').textContent())!
  expect(firstTotal).toBe(cop(earlier.installment.amountMinor + revolvingInstallment))
  await expectAccessible(page, 'card with deferrals (English)')
})
