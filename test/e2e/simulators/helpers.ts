import { expect, type Page } from '@playwright/test'

export { cop, ipc, openTile, signInAs } from '../products/helpers'
export { expectAccessible } from '../support/axe'

/** Taps a number into a simulator field on the screen's numeric keypad, as a member would. */
export async function tapNumber(page: Page, testId: string, digits: string) {
  const field = page.getByTestId(testId)
  await field.click()
  const keypad = page.getByRole('group', { name: /Teclado numérico|Numeric keypad/ })
  await keypad.getByRole('button', { name: /Limpiar|Clear/ }).click()
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click()
  await expect(field).toHaveValue(digits)
}

/** Fills the loan simulator and projects it. */
export async function projectLoan(
  page: Page,
  loan: { lineId: string; amount: string; term: string; system: 'french' | 'german' },
) {
  await page.getByTestId(`line-${loan.lineId}`).check()
  await tapNumber(page, 'loan-amount', loan.amount)
  await tapNumber(page, 'loan-term', loan.term)
  await page.getByTestId(`system-${loan.system}`).click()
  await page.getByTestId('project').click()
  await expect(page.getByTestId('loan-result')).toBeVisible()
}

/** The cooperative's study, by hand: the sandbox-only endpoint that moves an application's status on. */
export async function advance(sandboxUrl: string, number: string, to?: 'in_review' | 'approved' | 'denied') {
  const res = await fetch(`${sandboxUrl}/sandbox/applications/${number}/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(to ? { to } : {}),
  })
  expect(res.ok, `advance ${number}`).toBe(true)
}
