import type { MyApplications } from '../../../shared/api/simulators'
import { expect, test } from '../support/stack'
import { advance, cop, expectAccessible, ipc, openTile, signInAs, tapNumber } from './helpers'

test('a CDAT of 10 000 000 for 90 days: the table’s rate, interest, withholding, net and maturity', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'no-loans')
  await openTile(page, /Simulador de CDAT/)
  await expect(page.getByTestId('deposit-amount')).toBeVisible()
  await expectAccessible(page, 'term deposit simulator')

  await tapNumber(page, 'deposit-amount', '10000000')
  await tapNumber(page, 'deposit-term', '10')
  await page.getByTestId('project').click()
  await expect(page.getByTestId('deposit-invalid')).toHaveText('El plazo debe estar entre 30 y 720 días.')

  await tapNumber(page, 'deposit-term', '90')
  await page.getByTestId('payout-maturity').click()
  await page.getByTestId('project').click()
  await expect(page.getByTestId('deposit-result')).toBeVisible()
  await expect(page.getByTestId('simulation-mark')).toHaveText('Simulación — no constituye aprobación')
  // 90 to 179 days, under 50 000 000: 9.2 % EA in the co profile's table.
  await expect(page.getByTestId('fact-rateEa')).toHaveText('9,2 %')
  await expect(page.getByTestId('fact-grossInterest')).toHaveText(cop(21_938_498))
  await expect(page.getByTestId('fact-withholding')).toHaveText(cop(877_540))
  await expect(page.getByTestId('fact-netInterest')).toHaveText(cop(21_060_958))
  await expect(page.getByTestId('fact-amountAtMaturity')).toHaveText(cop(1_021_060_958))
  await expect(page.getByText('Retención en la fuente (4 %)')).toBeVisible()
  await expect(page.getByTestId('withholding-rule')).toHaveText(
    `Se retiene el 4 % de cada pago de intereses mayor a ${cop(5_000_000)}.`,
  )
  await expect(page.getByTestId('business-day-rule')).toContainText(
    'si vence en sábado o domingo se paga el lunes',
  )
  // The maturity is 90 calendar days from the simulation date, in words.
  const catalogue = await ipc<{ today: string }>(page, 'simulators.catalogue')
  const maturity = new Date(`${catalogue.today}T00:00:00Z`)
  maturity.setUTCDate(maturity.getUTCDate() + 90)
  const inWords = new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'UTC' }).format(maturity)
  await expect(page.getByTestId('fact-maturityDate')).toHaveText(inWords)
  await expect(page.getByTestId('payment-row')).toHaveCount(1)
  await expectAccessible(page, 'term deposit projection')

  // Monthly payout: three payments of about 30 days, each withheld on its own.
  await page.getByTestId('payout-monthly').click()
  await expect(page.getByTestId('deposit-result')).toHaveCount(0)
  await page.getByTestId('project').click()
  await expect(page.getByTestId('payment-row')).toHaveCount(3)
  await expect(page.getByTestId('fact-payout')).toHaveText('Mensual')
})

test('a product request gets a number and is listed in Mis solicitudes, with its status as it moves on', async ({
  kiosk: page,
  stack,
}) => {
  await signInAs(page, 'no-loans')
  await openTile(page, /Mis solicitudes/)
  await expect(page.getByTestId('no-loan-applications')).toHaveText('No tiene solicitudes de crédito.')
  await expect(page.getByTestId('no-product-requests')).toHaveText('No tiene solicitudes de productos.')
  await page.getByTestId('new-request').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solicita tus productos')
  await expectAccessible(page, 'product request')

  await page.getByTestId('kind-card').check()
  await page.getByTestId('request-submit').click()
  await expect(page.getByTestId('request-invalid')).toHaveText('Escriba el monto que tiene en mente.')
  await tapNumber(page, 'request-amount', '3000000')
  await page.getByTestId('contact-email').click()
  await page.getByTestId('request-submit').click()
  const sent = page.getByTestId('request-sent')
  await expect(sent).toContainText(/Recibimos su solicitud número SP-\d{4}-\d{6}\. Un asesor lo contactará\./)
  const number = /S[A-Z]-\d{4}-\d{6}/.exec((await sent.textContent())!)![0]
  await expectAccessible(page, 'product request sent')

  await page.getByTestId('to-applications').click()
  const rows = page.getByTestId('product-request-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first().locator('td')).toHaveText([
    number,
    /\d/,
    'Tarjeta de crédito',
    cop(300_000_000),
    'Radicada',
  ])
  const mine = await ipc<MyApplications>(page, 'simulators.applications')
  expect(mine.products).toMatchObject([{ number, kind: 'card', contact: 'email', status: 'filed' }])

  // The cooperative studies it and approves it: the list says so once reopened.
  await advance(stack.sandboxUrl, number)
  await page.getByTestId('new-request').click()
  await page.getByTestId('back').click()
  await expect(rows.first().locator('td').last()).toHaveText('En estudio')
  await advance(stack.sandboxUrl, number, 'approved')
  await page.getByTestId('new-request').click()
  await page.getByTestId('back').click()
  await expect(rows.first().locator('td').last()).toHaveText('Aprobada')
})
