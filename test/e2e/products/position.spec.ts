import type { ConsolidatedPosition } from '../../../shared/api/products'
import { kioskConfigForProfile, PROFILES } from '../../../shared/config/profiles'
import { expect, test } from '../support/stack'
import { cop, ipc, openTile, signInAs } from './helpers'

test('the consolidated position lists every product with its balance and the totals by kind', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Posición consolidada/)
  const position = await ipc<ConsolidatedPosition>(page, 'products.position')

  await expect(page.getByTestId('member-full-name')).toBeVisible() // the seed 000 header
  // Hidden until the member asks, like the home screen; the choice holds for the visit.
  await expect(page.getByTestId('fact-assets')).toHaveText('••••••')
  await expect(page.getByTestId('member-baseSalary')).toHaveText('••••••')
  await page.getByRole('button', { name: 'Mostrar valores' }).click()
  await expect(page.getByTestId('fact-assets')).toHaveText(cop(position.totals.assets.amountMinor))
  await expect(page.getByTestId('fact-liabilities')).toHaveText(cop(position.totals.liabilities.amountMinor))
  await expect(page.getByTestId('fact-net')).toHaveText(cop(position.totals.net.amountMinor))
  await expect(page.getByTestId('position-row')).toHaveCount(
    position.groups.flatMap((g) => g.products).length,
  )
  for (const g of position.groups) {
    const group = page.getByTestId(`position-group-${g.kind}`)
    await expect(group.getByTestId('position-group-total')).toHaveText(cop(g.total.amountMinor))
    for (const p of g.products) await expect(group).toContainText(p.name)
  }

  // A product leads to its tab.
  await page.getByTestId('position-group-card').getByRole('link').first().click()
  await expect(page.getByTestId('tab-card')).toHaveAttribute('aria-current', 'page')
})

test.describe('a Panamanian cooperative in US dollars', () => {
  test.use({ sandboxArgs: ['--profile', 'pa'], kioskConfig: kioskConfigForProfile(PROFILES.pa) })

  test('shows the position in dollars, with every kind of product', async ({ kiosk: page }) => {
    await signInAs(page, 'active', 'pa')
    await openTile(page, /Posición consolidada/)
    const position = await ipc<ConsolidatedPosition>(page, 'products.position')
    expect(position.currency).toBe('USD')
    expect(position.groups).toHaveLength(8)
    await page.getByTestId('values-toggle').click()
    await expect(page.getByTestId('fact-assets')).toHaveText(
      new Intl.NumberFormat('es-PA', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(
        position.totals.assets.amountMinor / 100,
      ),
    )
  })
})
