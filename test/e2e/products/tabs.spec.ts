import { maskObligation } from '../../../renderer/src/features/products/mask-obligation'
import { PRODUCT_KINDS } from '../../../shared/api/member'
import type { ProductsOfKind } from '../../../shared/api/products'
import { expect, test } from '../support/stack'
import { cop, ipc, openTile, signInAs } from './helpers'

const SEED_000_COLUMNS = [
  'Obligación',
  'Descripción obligación',
  'Pago mensual',
  'Saldo al corte',
  'Pendiente de pago',
  'Fecha de vencimiento',
  'Valor próximo vencimiento',
  'Solicitud de retiro',
]

test('a member with every kind of product sees each tab filled, Aportes as the seed 000 table', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Mis productos y movimientos/)

  const table = page.getByTestId('contributions-table')
  await expect(table.locator('thead th')).toHaveText(SEED_000_COLUMNS)
  const aportes = await ipc<ProductsOfKind>(page, 'products.ofKind', { kind: 'contribution' })
  await expect(page.getByTestId('contribution-row')).toHaveCount(aportes.products.length)
  for (const [i, p] of aportes.products.entries()) {
    if (p.kind !== 'contribution') throw new Error('not a contribution')
    const row = page.getByTestId('contribution-row').nth(i)
    await expect(row).toContainText(maskObligation(p.contribution.obligation))
    await expect(row).toContainText(p.contribution.description)
    await expect(row).toContainText(cop(p.contribution.monthlyPayment.amountMinor))
    await expect(row).toContainText(cop(p.contribution.balanceAtCutoff.amountMinor))
  }

  for (const kind of PRODUCT_KINDS.filter((k) => k !== 'contribution')) {
    await page.getByTestId(`tab-${kind}`).click()
    await expect(page.getByTestId(`tab-${kind}`)).toHaveAttribute('aria-current', 'page')
    const tab = await ipc<ProductsOfKind>(page, 'products.ofKind', { kind })
    expect(tab.products.length, kind).toBeGreaterThan(0)
    const panels = page.getByTestId(`tab-panel-${kind}`).getByTestId('product-panel')
    await expect(panels).toHaveCount(tab.products.length)
    for (const [i, p] of tab.products.entries()) {
      await expect(panels.nth(i)).toContainText(p.name)
      await expect(panels.nth(i)).toContainText(p.maskedNumber)
    }
    await expect(page.getByTestId('tab-empty')).toHaveCount(0)
  }
  // Kind-specific figures reach the screen.
  await page.getByTestId('tab-term_deposit').click()
  await expect(page.getByTestId('fact-maturityDate')).toBeVisible()
  await page.getByTestId('tab-deduction').click()
  await expect(page.getByTestId('fact-payrollEntity')).toHaveText('SECRETARÍA DE EDUCACIÓN')
  await page.getByTestId('tab-insurance').click()
  await expect(page.getByTestId('fact-insurer')).toHaveText('Seguros La Equidad')
})

test('members without a kind see the seed 001 empty states ("No posee créditos vigentes")', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'no-loans')
  await openTile(page, /Mis productos y movimientos/)
  const empty = {
    loan: 'No posee créditos vigentes.',
    card: 'No posee tarjetas.',
    other_obligation: 'No posee otras obligaciones.',
    deduction: 'No tiene descuentos de nómina.',
    insurance: 'No posee seguros.',
  }
  for (const [kind, text] of Object.entries(empty)) {
    await page.getByTestId(`tab-${kind}`).click()
    await expect(page.getByTestId('tab-empty')).toHaveText(text)
  }
  for (const kind of ['savings', 'term_deposit']) {
    await page.getByTestId(`tab-${kind}`).click()
    await expect(page.getByTestId('product-panel')).toHaveCount(1)
  }
})

test('a member with an overdue loan and no term deposit: the arrears notice and "no posee plazo fijo"', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'overdue-loan')
  await openTile(page, /Mis productos y movimientos/)
  await page.getByTestId('tab-term_deposit').click()
  await expect(page.getByTestId('tab-empty')).toContainText('No posee CDAT ni plazo fijo')
  await page.getByTestId('tab-loan').click()
  const panel = page.getByTestId('product-panel')
  await expect(panel).toContainText('En mora')
  await expect(panel).toContainText('Tiene 2 cuotas vencidas')
  await page.getByTestId('tab-other_obligation').click()
  await expect(page.getByTestId('product-panel')).toContainText('Convenio exequial')
})

test('the tabs in English', async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'English' }).click()
  await signInAs(page, 'no-loans')
  await openTile(page, /My products and transactions/)
  await expect(page.getByTestId('contributions-table').locator('thead th').first()).toHaveText('Obligation')
  await page.getByTestId('tab-loan').click()
  await expect(page.getByTestId('tab-empty')).toHaveText('No current loans.')
})
