import { expect, test } from '../support/stack'
import { cop, expectAccessible, openTile, projectLoan, signInAs } from './helpers'

test('a German loan above the member’s capacity is warned about, and overdue loans make requirements "No cumple"', async ({
  kiosk: page,
}) => {
  // Carmen Rosa (seed role overdue-loan) has a consumer loan two installments in arrears.
  await signInAs(page, 'overdue-loan')
  await page.getByTestId('values-toggle').click()
  const capacity = (await page.getByTestId('member-paymentCapacity').textContent())!.trim()
  await openTile(page, /Simulador de crédito/)
  await projectLoan(page, { lineId: 'libre-inversion', amount: '20000000', term: '36', system: 'german' })

  // German: constant principal 20 000 000 / 36, so the first installment is the largest.
  await expect(page.getByTestId('fact-system')).toHaveText('Alemán (abono a capital constante)')
  await expect(page.getByTestId('fact-firstInstallment')).toHaveText(cop(82_212_168))
  await expect(page.getByTestId('fact-totalInstallments')).toHaveText(cop(2_508_022_320))
  const rows = page.getByTestId('installment-row')
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText(cop(55_555_556))
  await expect(rows.nth(1).locator('td').nth(2)).toHaveText(cop(55_555_556))
  await expect(rows.nth(1).locator('td').nth(6)).toHaveText(cop(81_495_318))

  await expect(page.getByTestId('capacity-available')).toHaveText(capacity)
  await expect(page.getByTestId('capacity-exceeded')).toHaveText(
    `La primera cuota (${cop(82_212_168)}) supera su capacidad de pago disponible (${capacity}). La cooperativa podría no aprobar este crédito; pruebe un monto menor o un plazo mayor.`,
  )
  await expectAccessible(page, 'loan projection over capacity')

  // A smaller loan fits: the warning goes with the stale table and does not come back.
  await projectLoan(page, { lineId: 'libre-inversion', amount: '5000000', term: '36', system: 'german' })
  await expect(page.getByTestId('capacity-within')).toBeVisible()
  await expect(page.getByTestId('capacity-exceeded')).toHaveCount(0)

  await projectLoan(page, { lineId: 'libre-inversion', amount: '20000000', term: '36', system: 'german' })
  await page.getByTestId('apply').click()
  await page.getByTestId('confirm-apply').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solicitud radicada')
  await expect(page.getByTestId('requirements-verdict')).toContainText('No cumple algunos requisitos')
  const row = (code: string) => page.locator(`[data-testid="requirement-row"][data-code="${code}"] td`)
  await expect(row('seniority')).toHaveText([
    'Antigüedad',
    'Mínimo 6 meses como asociado',
    /^Tiene \d+ meses$/,
    'Cumple',
  ])
  await expect(row('capacity')).toHaveText([
    'Capacidad de pago',
    'La cuota no supera la capacidad de pago',
    `Cuota ${cop(82_212_168)}; capacidad ${capacity}`,
    'No cumple',
  ])
  await expect(row('no_overdue')).toHaveText([
    'Créditos en mora',
    'No tener créditos en mora',
    '1 crédito en mora',
    'No cumple',
  ])
  await expectAccessible(page, 'requirements not met')
})
