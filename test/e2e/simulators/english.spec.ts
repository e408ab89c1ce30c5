import { expect, test } from '../support/stack'
import { cop, expectAccessible, openTile, projectLoan, signInAs, tapNumber } from './helpers'

test('the same journey in English: loan, application, CDAT and a product request', async ({
  kiosk: page,
}) => {
  await page.getByRole('button', { name: 'English' }).click()
  await signInAs(page, 'active')
  await openTile(page, /Loan simulator/)
  await page.getByTestId('project').click()
  await expect(page.getByTestId('loan-invalid')).toContainText(
    'The amount for Libre inversión must be between $ 500.000,00 and $ 100.000.000,00.',
  )

  await projectLoan(page, { lineId: 'libre-inversion', amount: '20000000', term: '36', system: 'french' })
  await expect(page.getByTestId('simulation-mark')).toHaveText('Simulation — not an approval')
  await expect(page.getByTestId('fact-system')).toHaveText('French (fixed installment)')
  await expect(page.getByTestId('fact-rateEa')).toHaveText('16.08 %')
  await expect(page.getByTestId('rate-conversion')).toHaveText('(1 + 16.08 %)^(1/12) − 1 = 1.2503 % a month')
  // Amounts keep the cooperative's currency format whatever the language.
  await expect(page.getByTestId('fact-firstInstallment')).toHaveText(cop(70_984_543))
  await expect(page.getByTestId('capacity-within')).toHaveText(
    'The first installment is within your available payment capacity.',
  )
  await expect(page.getByTestId('loan-table').locator('thead th')).toHaveText([
    'No.',
    'Date',
    'Principal',
    'Interest',
    'Insurance',
    'Fees',
    'Installment',
    'Balance',
  ])
  await expectAccessible(page, 'loan projection (en)')

  await page.getByTestId('apply').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your loan application')
  await page.getByTestId('confirm-apply').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application filed')
  await expect(page.getByTestId('fact-status')).toHaveText('Filed')
  await expect(page.getByTestId('requirements-table').locator('th')).toHaveText([
    'Check',
    'Requirement',
    'Observation',
    'Result',
  ])
  await expect(page.locator('[data-testid="requirement-row"] td:last-child')).toHaveText([
    'Met',
    'Met',
    'Met',
  ])
  await expectAccessible(page, 'application filed (en)')
  await page.getByTestId('to-applications').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My applications')
  await expect(page.getByTestId('loan-application-row')).toContainText('Filed')

  await page.getByTestId('new-request').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request your products')
  await page.getByTestId('kind-savings').check()
  await page.getByTestId('request-submit').click()
  await expect(page.getByTestId('request-sent')).toContainText(
    /We received your request number SP-\d{4}-\d{6}/,
  )
  await page.getByTestId('to-applications').click()
  await expect(page.getByTestId('product-request-row').locator('td')).toHaveText([
    /SP-/,
    /\d/,
    'Savings account',
    '—',
    'Filed',
  ])

  await page.getByTestId('home').click()
  await openTile(page, /Term deposit simulator/)
  await tapNumber(page, 'deposit-amount', '10000000')
  await tapNumber(page, 'deposit-term', '90')
  await page.getByTestId('project').click()
  await expect(page.getByTestId('simulation-mark')).toHaveText('Simulation — not an approval')
  await expect(page.getByText('Withholding tax (4 %)')).toBeVisible()
  await expect(page.getByTestId('fact-netInterest')).toHaveText(cop(21_060_958))
  await expect(page.getByTestId('business-day-rule')).toContainText('paid the following Monday')
  await expectAccessible(page, 'term deposit projection (en)')
})
