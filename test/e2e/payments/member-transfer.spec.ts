import { demoMember } from '../../../sandbox/seed/demo-members'
import { leave } from '../credentials/credentials-actions'
import {
  amountAndReference,
  clearKeypad,
  cop,
  enterCode,
  expect,
  expectAccessible,
  latestOperationCode,
  next,
  operationCodes,
  paymentAccounts,
  previous,
  savingsAvailable,
  savingsNumbers,
  signInAs,
  startOwnTransfer,
  tapDigits,
  test,
} from './transfer-actions'

/** Another six digits than `code`. */
const wrongFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

test('to another member: the holder checked and masked, a wrong code first (tries left), then the right one', async ({
  kiosk: page,
  stack,
}) => {
  const payee = demoMember('co', 'no-loans')
  const [payeeAccount] = savingsNumbers(stack.dataFile, payee.idNumber)
  const payeeBefore = savingsAvailable(stack.dataFile, payeeAccount!.number)
  const member = await signInAs(page, 'active')
  const before = await paymentAccounts(page)
  const from = before.accounts[0]!
  const fee = before.rules.fees.member.amountMinor
  expect(fee).toBeGreaterThan(0)

  await page.getByRole('link', { name: /Transferencias/ }).click()
  await page.getByTestId('kind-member').click()
  await next(page)
  await page.getByTestId(`origin-${from.maskedNumber}`).click()
  await next(page)
  await tapDigits(page, payee.memberNumber)
  await page.getByTestId('member-account').click()
  // A wrong account number first: the API knows no such account for that member.
  await tapDigits(page, '1234567')
  await page.getByTestId('destination-check').click()
  await expect(page.getByTestId('error-message')).toContainText('No encontramos esa cuenta de ahorros')
  await expect(page.getByTestId('transfer-next')).toBeDisabled()
  await clearKeypad(page)
  await tapDigits(page, payeeAccount!.number)
  await page.getByTestId('destination-check').click()
  // The holder as the API masks it (ANDRÉS FELIPE RAMÍREZ TORRES): the first name whole, the rest starred.
  await expect(page.getByTestId('destination-holder')).toHaveText('ANDRÉS F***** R****** T*****')
  await expectAccessible(page, 'transfer destination (another member)')
  await next(page)
  await expect(page.getByTestId('rule-fee')).toHaveText(cop(fee))
  await amountAndReference(page, '80000', 'Cuota paseo')
  await expect(page.getByTestId('summary-fee')).toHaveText(cop(fee))
  await expect(page.getByTestId('summary-total')).toHaveText(cop(8_000_000 + fee))
  await expect(page.getByTestId('summary-holder')).toHaveText('ANDRÉS F***** R****** T*****')
  await next(page)
  await expect(page.getByTestId('code-authorises')).toContainText('ANDRÉS F***** R****** T*****')

  const code = await latestOperationCode(stack.sandboxUrl, member.idNumber)
  await enterCode(page, wrongFor(code))
  await expect(page.getByTestId('error-message')).toHaveText(
    'El código no es correcto. Le quedan 2 intentos.',
  )
  await expect(page.getByTestId('code-attempts')).toHaveText('Le quedan 2 intentos para este código.')
  await expectAccessible(page, 'transfer code (wrong code)')
  await enterCode(page, code)
  await expect(page.getByTestId('transfer-completed')).toBeVisible()
  await expect(page.getByTestId('summary-holder')).toHaveText('ANDRÉS F***** R****** T*****')
  await expect(page.getByTestId('balance-after')).toHaveText(
    cop(from.available.amountMinor - 8_000_000 - fee),
  )
  const after = await paymentAccounts(page)
  expect(after.accounts[0]!.available.amountMinor).toBe(from.available.amountMinor - 8_000_000 - fee)

  // The payee signs in next: the money arrived (without the fee), and nothing of the previous transfer shows.
  await leave(page)
  await signInAs(page, 'no-loans')
  const credited = (await paymentAccounts(page)).accounts.find((a) =>
    payeeAccount!.number.endsWith(a.maskedNumber.slice(-4)),
  )
  expect(credited!.available.amountMinor).toBe(payeeBefore + 8_000_000)
  await page.getByRole('link', { name: /Transferencias/ }).click()
  await expect(page.getByTestId('step-kind')).toBeVisible()
  await expect(page.getByTestId('kind-member')).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('body')).not.toContainText('Cuota paseo')
})

test.describe('with codes sent back to back', () => {
  test.use({ sandboxArgs: ['--send-cooldown', '0', '--otp-cooldown', '0'] })

  test('a code sent for one amount is refused once the amount changed; an over-limit amount is refused with the limit', async ({
    kiosk: page,
    stack,
  }) => {
    const member = await signInAs(page, 'active')
    const { accounts, rules } = await paymentAccounts(page)
    await startOwnTransfer(page, accounts[0]!.maskedNumber, accounts[1]!.maskedNumber)
    await amountAndReference(page, '1000', 'Prueba')
    await next(page)
    await expect(page.getByTestId('code-authorises')).toContainText(cop(100_000))
    const first = await latestOperationCode(stack.sandboxUrl, member.idNumber)

    // Back to the amount, which becomes 10.000: the code on hand no longer fits the operation.
    await previous(page)
    await previous(page)
    await previous(page)
    await tapDigits(page, '0')
    await next(page)
    await next(page)
    await expect(page.getByTestId('code-stale')).toContainText('solicite uno nuevo')
    await expect(page.getByTestId('summary-amount')).toHaveText(cop(1_000_000))
    await next(page)
    await expect(page.getByTestId('code-authorises')).toContainText(cop(1_000_000))
    await expect.poll(async () => (await operationCodes(stack.sandboxUrl, member.idNumber)).length).toBe(2)
    const second = await latestOperationCode(stack.sandboxUrl, member.idNumber)
    // The first code, typed for the new operation, is a wrong code for it.
    await enterCode(page, first)
    await expect(page.getByTestId('error-message')).toHaveText(
      'El código no es correcto. Le quedan 2 intentos.',
    )
    await expect(page.getByTestId('transfer-completed')).toHaveCount(0)
    await enterCode(page, second)
    await expect(page.getByTestId('transfer-completed')).toBeVisible()
    await expect(page.getByTestId('summary-amount')).toHaveText(cop(1_000_000))

    // Another transfer over the limit per operation: refused by the API when the code is asked for.
    await page.getByTestId('transfer-another').click()
    const overLimit = String(rules.perOperation.amountMinor / 100 + 1)
    await startOwnTransferFromWizard()
    await amountAndReference(page, overLimit, 'Grande')
    await next(page)
    await expect(page.getByTestId('error-message')).toHaveText(
      'La operación supera el tope por operación o por día de la cooperativa.',
    )
    await expect(page.getByTestId('review-limits')).toContainText(cop(rules.perOperation.amountMinor))
    await expectAccessible(page, 'transfer review (over the limit)')
    expect(await operationCodes(stack.sandboxUrl, member.idNumber)).toHaveLength(2)

    async function startOwnTransferFromWizard() {
      await page.getByTestId('kind-own').click()
      await next(page)
      await page.getByTestId(`origin-${accounts[1]!.maskedNumber}`).click()
      await next(page)
      await page.getByTestId(`destination-${accounts[0]!.maskedNumber}`).click()
      await next(page)
    }
  })
})
