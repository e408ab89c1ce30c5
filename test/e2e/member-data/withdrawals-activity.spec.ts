import type { PaymentAccounts, TransferChallenge } from '../../../shared/api/payments'
import type { TransferOutcome } from '../../../shared/ipc/services/payments'
import { PROFILES, kioskConfigForProfile } from '../../../shared/config/profiles'
import { demoMember } from '../../../sandbox/seed/demo-members'
import {
  cop,
  expect,
  expectAccessible,
  ipc,
  latestOperationCode,
  receiptText,
  savingsNumbers,
  signInAs,
  test,
} from '../payments/transfer-actions'
import { openTile } from '../products/helpers'
import { tapDigits } from './member-data-actions'

test.use({ sandboxArgs: ['--send-cooldown', '0'] })

test('a withdrawal asked from Mis Aportes, printed, shown pending, cancelled; the activity lists it all', async ({
  kiosk: page,
  stack,
  printer,
}) => {
  const maria = await signInAs(page, 'active')
  await openTile(page, /Mis productos y movimientos/)
  const permanent = page.getByTestId('contribution-row').filter({ hasText: 'Ahorros permanentes' })
  await expect(permanent).toContainText('No')
  await permanent.getByTestId('request-withdrawal').click()

  // The API's rules: social contributions only on leaving; permanent savings up to half, chosen already.
  const options = page.getByTestId('withdrawal-options')
  await expect(options.getByRole('row', { name: /Aportes sociales/ })).toContainText(
    'Solo al retirarse de la cooperativa',
  )
  await expect(page.getByTestId('withdrawal-form')).toBeVisible()
  await expect(page.getByTestId('withdrawals-none')).toHaveText('No tiene solicitudes de retiro.')
  await expectAccessible(page, 'withdrawals')

  await tapDigits(page, '150000')
  await expect(page.getByTestId('withdrawal-amount')).toHaveText(cop(150_000_00))
  await page.getByTestId('withdrawal-request').click()
  const notice = page.getByTestId('withdrawal-notice')
  await expect(notice).toContainText(/Solicitud RA\d+ registrada\./)
  const number = /RA\d+/.exec((await notice.textContent()) ?? '')![0]
  const row = page.getByTestId(`withdrawal-${number}`)
  await expect(row.getByTestId('withdrawal-status')).toHaveText('Pendiente')
  await expect(row).toContainText(cop(150_000_00))
  await expect(options.getByRole('row', { name: /Ahorros permanentes/ })).toContainText(
    'Ya tiene una solicitud pendiente',
  )
  await expectAccessible(page, 'withdrawals (one pending)')

  // The receipt prints by itself.
  await expect(notice.getByTestId('receipt-outcome')).toHaveText('Comprobante impreso.')
  const slip = receiptText((await printer.waitForJobs(1))[0]!)
  expect(slip).toContain('Solicitud de retiro de aportes')
  expect(slip).toContain(number)
  expect(slip).toContain('Pendiente')
  expect(slip).toMatch(/Valor solicitado \$ ?150\.000,00/)

  // Mis Aportes tells the request too.
  await page.getByTestId('home').click()
  await openTile(page, /Mis productos y movimientos/)
  await expect(permanent).toContainText('Sí')
  await page.getByTestId('home').click()
  await openTile(page, /Retiro de aportes/)

  // "Anular" asks first; "No, conservarla" keeps it.
  await page.getByTestId(`withdrawal-${number}`).getByTestId('withdrawal-cancel').click()
  await expect(page.getByTestId('withdrawal-confirm')).toContainText('¿Anular esta solicitud de retiro?')
  await expectAccessible(page, 'withdrawal cancel question')
  await page.getByTestId('withdrawal-keep').click()
  await expect(row.getByTestId('withdrawal-status')).toHaveText('Pendiente')
  await row.getByTestId('withdrawal-cancel').click()
  await page.getByTestId('withdrawal-accept').click()
  await expect(page.getByTestId('withdrawal-notice')).toContainText(`Solicitud ${number} anulada.`)
  await expect(row.getByTestId('withdrawal-status')).toHaveText('Anulada')
  await expect(row.getByTestId('withdrawal-cancel')).toHaveCount(0)

  // A transfer too, so the activity has a payment with its receipt.
  const payee = demoMember('co', 'no-loans')
  const { accounts } = await ipc<PaymentAccounts>(page, 'payments.accounts')
  const draft = {
    originAccountId: accounts[0]!.id,
    destination: {
      kind: 'member' as const,
      member: { by: 'memberNumber' as const, value: payee.memberNumber },
      accountNumber: savingsNumbers(stack.dataFile, payee.idNumber)[0]!.number,
    },
    amount: { amountMinor: 20_000_00, currency: 'COP' as const },
    reference: 'Actividad',
  }
  const challenge = await ipc<TransferChallenge>(page, 'payments.authorize', draft)
  const outcome = await ipc<TransferOutcome>(page, 'payments.transfer', {
    ...draft,
    challengeId: challenge.challengeId,
    code: await latestOperationCode(stack.sandboxUrl, maria.idNumber),
    idempotencyKey: crypto.randomUUID(),
  })
  if (outcome.status !== 'completed') throw new Error(outcome.status)

  await page.getByTestId('home').click()
  await openTile(page, /Mi actividad/)
  await expect(page.getByTestId('activity-sign-in').first()).toContainText('Ingreso en el cajero')
  const withdrawal = page.getByTestId('activity-withdrawal')
  await expect(withdrawal).toHaveCount(1)
  await expect(withdrawal).toContainText(number)
  await expect(withdrawal.getByTestId('activity-status')).toHaveText('Anulada')
  const transfer = page.getByTestId('activity-transfer')
  await expect(transfer).toContainText(outcome.receipt.receiptNumber)
  await expect(transfer).toContainText('A otro asociado')
  await expect(transfer).toContainText(cop(20_000_00))
  await expectAccessible(page, 'activity')

  // The request's receipt printed once, by itself; reprints are asked for: the withdrawal (now cancelled)
  // and the transfer.
  expect(printer.jobs).toHaveLength(1)
  await withdrawal.getByTestId('receipt-print').click()
  await expect(withdrawal.getByTestId('receipt-outcome')).toHaveText('Comprobante impreso.')
  expect(receiptText((await printer.waitForJobs(2))[1]!)).toContain('Anulada')
  await transfer.getByTestId('receipt-print').click()
  await expect(transfer.getByTestId('receipt-outcome')).toHaveText('Comprobante impreso.')
  expect(receiptText((await printer.waitForJobs(3))[2]!)).toContain(outcome.receipt.receiptNumber)
})

test.describe('pa, in English', () => {
  test.use({
    sandboxArgs: ['--profile', 'pa', '--send-cooldown', '0'],
    kioskConfig: async ({ printer }, use) => {
      await use({
        ...kioskConfigForProfile(PROFILES.pa),
        printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 },
      })
    },
  })

  test('a quarter of the contributions may be asked for; the request shows in the activity', async ({
    kiosk: page,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    await signInAs(page, 'active', 'pa')
    await openTile(page, /Contribution withdrawal/)
    await expect(page.getByTestId('withdrawals-none')).toHaveText('You have no withdrawal requests.')
    await page.getByTestId('withdrawal-choose').first().click()
    await expect(page.getByTestId('withdrawal-form')).toContainText(/Up to .*\d/)
    // More than the rules allow cannot be sent.
    await tapDigits(page, '999999')
    await expect(page.getByTestId('withdrawal-request')).toBeDisabled()
    await page.getByRole('group', { name: 'Numeric keypad' }).getByRole('button', { name: 'Clear' }).click()
    await tapDigits(page, '100')
    await expectAccessible(page, 'withdrawals (English)')
    await page.getByTestId('withdrawal-request').click()
    await expect(page.getByTestId('withdrawal-notice')).toContainText(/Request RA\d+ recorded\./)
    await expect(page.getByTestId('withdrawal-status')).toHaveText('Pending')

    await page.getByTestId('home').click()
    await openTile(page, /My activity/)
    await expect(page.getByTestId('activity-withdrawal')).toContainText('Contribution withdrawal')
    await expect(page.getByTestId('activity-withdrawal').getByTestId('activity-status')).toHaveText('Pending')
    await expect(page.getByTestId('activity-sign-in').first()).toContainText('Signed in at kiosk')
    await expectAccessible(page, 'activity (English)')
  })
})
