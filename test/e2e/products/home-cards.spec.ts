import type { MemberSummary } from '../../../shared/api/member'
import { expect, test } from '../support/stack'
import { ipc, signInAs } from './helpers'

// Issue 17 item 5: what looks tappable on the home screen is, and opens that very product.
test('a product card on the home screen opens that product: a loan its page, an account its movements', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  const { products } = await ipc<MemberSummary>(page, 'member.summary')
  const loan = products.find((p) => p.kind === 'loan')!
  const account = products.find((p) => p.kind === 'savings')!
  const card = (name: string) => page.getByTestId('product-link').filter({ hasText: name })

  await card(loan.name).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loan.name)
  await expect(page.getByTestId('next-installment')).toBeVisible()

  await page.getByTestId('home').click()
  await card(account.name).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Movimientos`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(account.name)
  await expect(page.getByTestId('movement-row').first()).toBeVisible()
})
