import { contractFor } from '../../../sandbox/testing/bills'
import { kioskConfigForProfile, PROFILES } from '../../../shared/config/profiles'
import { ipc } from '../products/helpers'
import { expect, test } from '../support/stack'
import {
  enterCode,
  expectAccessible,
  latestOperationCode,
  signInAs,
  tapDigits,
} from '../payments/transfer-actions'

const usd = (amountMinor: number) =>
  new Intl.NumberFormat('es-PA', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(
    amountMinor / 100,
  )

test.describe('a Panamanian cooperative in US dollars', () => {
  test.use({
    sandboxArgs: ['--profile', 'pa', '--send-cooldown', '0', '--otp-cooldown', '0'],
    kioskConfig: kioskConfigForProfile(PROFILES.pa),
  })

  test("seed 004's catalogue: a +Móvil top-up registered with the code and paid in dollars", async ({
    kiosk: page,
    stack,
  }) => {
    const member = await signInAs(page, 'active', 'pa')
    await page.getByRole('link', { name: /Pago de servicios/ }).click()
    await page.getByTestId('bills-register').click()
    for (const category of [
      'energy',
      'telecom',
      'topup',
      'transport',
      'government',
      'cleaning',
      'cooperative',
    ])
      await expect(page.getByTestId(`category-${category}`)).toBeVisible()
    await page.getByTestId('category-cooperative').click()
    await expect(page.getByTestId('company-coop-seguros')).toContainText('Cooperativa · Seguros')
    await page.getByTestId('category-topup').click()
    for (const id of ['mas-movil', 'movistar-pa', 'digicel', 'claro-pa'])
      await expect(page.getByTestId(`company-${id}`)).toBeVisible()
    await page.getByTestId('company-mas-movil').click()
    const phone = contractFor('pa', 'mas-movil', '12')
    await tapDigits(page, phone)
    await expectAccessible(page, 'register a top-up (pa)')
    await page.getByTestId('register-submit').click()
    await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
    await expect(page.getByTestId('bills-notice')).toHaveText('Servicio inscrito.')
    await expect(page.getByTestId('service-mas-movil').getByTestId('service-due')).toHaveText(
      'Recarga: usted elige el valor',
    )

    await page.getByTestId('service-mas-movil').getByTestId('service-pay').click()
    await tapDigits(page, '5')
    await expect(page.getByTestId('pay-amount')).toHaveText(usd(500))
    await page.getByTestId('pay-confirm').click()
    await expect(page.getByTestId('bill-completed')).toBeVisible()
    await expect(page.getByTestId('receipt-amount')).toHaveText(usd(500))
    await expectAccessible(page, 'top-up paid (pa)')
    const { payments } = await ipc<{ payments: { kind: string; amount: { currency: string } }[] }>(
      page,
      'bills.history',
    )
    expect(payments[0]).toMatchObject({ kind: 'topup', amount: { currency: 'USD' } })
  })
})
