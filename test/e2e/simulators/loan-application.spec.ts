import type { MyApplications } from '../../../shared/api/simulators'
import { expect, test } from '../support/stack'
import { advance, cop, expectAccessible, ipc, openTile, projectLoan, signInAs, tapNumber } from './helpers'

test('a French loan: Proyectar shows the table and rates, Solicitar confirms it, and it is in Mis solicitudes', async ({
  kiosk: page,
  stack,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Simulador de crédito/)
  await expect(page.getByTestId('line-libre-inversion')).toBeVisible()
  await expectAccessible(page, 'loan simulator')

  // Out of the line's range: told plainly, nothing projected.
  await tapNumber(page, 'loan-amount', '100')
  await tapNumber(page, 'loan-term', '99')
  await page.getByTestId('project').click()
  const invalid = page.getByTestId('loan-invalid')
  await expect(invalid).toContainText(
    'El monto para Libre inversión debe estar entre $ 500.000,00 y $ 100.000.000,00.',
  )
  await expect(invalid).toContainText('El plazo para Libre inversión debe estar entre 1 y 72 meses.')
  await expect(page.getByTestId('loan-result')).toHaveCount(0)

  // 20 000 000 over 36 months at 16.08 % EA, French: the worked example.
  await projectLoan(page, { lineId: 'libre-inversion', amount: '20000000', term: '36', system: 'french' })
  await expect(page.getByTestId('simulation-mark')).toHaveText('Simulación — no constituye aprobación')
  await expect(page.getByTestId('fact-rateEa')).toHaveText('16,08 %')
  await expect(page.getByTestId('fact-monthlyRate')).toHaveText('1,2503 %')
  await expect(page.getByTestId('rate-conversion')).toHaveText('(1 + 16,08 %)^(1/12) − 1 = 1,2503 % mensual')
  await expect(page.getByTestId('fact-firstInstallment')).toHaveText(cop(70_984_543))
  await expect(page.getByTestId('fact-totalInstallments')).toHaveText(cop(2_542_512_724))
  const rows = page.getByTestId('installment-row')
  await expect(rows).toHaveCount(36)
  // No. · fecha · capital · interés · seguro · otros cargos · cuota · saldo
  await expect(rows.first().locator('td')).toHaveText([
    '1',
    /\d{2}\/\d{2}\/\d{4}/,
    cop(44_327_931),
    cop(25_006_612),
    cop(800_000),
    cop(850_000),
    cop(70_984_543),
    cop(1_955_672_069),
  ])
  await expect(rows.last().locator('td').last()).toHaveText(cop(0))
  await expect(page.getByTestId('loan-totals')).toContainText(cop(2_000_000_000))
  await expect(page.getByTestId('loan-totals')).toContainText(cop(496_043_530))
  // The active member's capacity covers it.
  await expect(page.getByTestId('capacity-within')).toBeVisible()
  await expectAccessible(page, 'loan projection')

  await page.getByTestId('apply').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirme su solicitud de crédito')
  await expect(page.getByTestId('installment-row')).toHaveCount(36)
  await expect(page.getByTestId('fact-firstInstallment')).toHaveText(cop(70_984_543))
  await expectAccessible(page, 'loan confirmation')
  await page.getByTestId('confirm-apply').click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solicitud radicada')
  const number = (await page.getByTestId('fact-number').textContent())!.trim()
  expect(number).toMatch(/^SC-\d{4}-\d{6}$/)
  await expect(page.getByTestId('fact-status')).toHaveText('Radicada')
  const requirements = page.getByTestId('requirement-row')
  await expect(requirements).toHaveCount(3)
  for (const row of await requirements.all()) await expect(row.locator('td').last()).toHaveText('Cumple')
  await expect(page.getByTestId('requirements-table').locator('th')).toHaveText([
    'Validación',
    'Requisito',
    'Observación',
    'Evaluación',
  ])
  await expectAccessible(page, 'application filed')

  await page.getByTestId('to-applications').click()
  const filed = page.getByTestId('loan-application-row')
  await expect(filed).toHaveCount(1)
  await expect(filed.first()).toContainText(number)
  await expect(filed.first()).toContainText('Libre inversión')
  await expect(filed.first()).toContainText(cop(2_000_000_000))
  await expect(filed.first()).toContainText('Radicada')
  await expect(page.getByTestId('no-product-requests')).toBeVisible()
  await expectAccessible(page, 'my applications')
  // What the screen lists is what the core recorded.
  const mine = await ipc<MyApplications>(page, 'simulators.applications')
  expect(mine.loans.map((l) => [l.number, l.status, l.firstInstallment.amountMinor])).toEqual([
    [number, 'filed', 70_984_543],
  ])

  // Studied and denied by the cooperative: Mis solicitudes shows it when opened again.
  await advance(stack.sandboxUrl, number, 'in_review')
  await advance(stack.sandboxUrl, number, 'denied')
  await page.getByTestId('home').click()
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  await openTile(page, /Mis solicitudes/)
  await expect(filed.first().locator('td').last()).toHaveText('Negada')
})
