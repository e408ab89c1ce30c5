import type { Page } from '@playwright/test'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { typeOnTextKeyboard } from '../credentials/credentials-actions'
import {
  amountAndReference,
  enterCode,
  expect,
  expectAccessible,
  latestOperationCode,
  next,
  paymentAccounts,
  savingsAvailable,
  savingsNumbers,
  signInAs,
  tapDigits,
  test,
} from './transfer-actions'

// A beneficiary's code and then a transfer's, back to back.
test.use({ sandboxArgs: ['--send-cooldown', '0', '--otp-cooldown', '0'] })

const payee = demoMember('co', 'no-loans')
const HOLDER = 'ANDRÉS F***** R****** T*****'
const row = (page: Page) => page.getByTestId(`beneficiary-${payee.idNumber}`)

/** From the list to a new beneficiary (the payee's first savings account) authorised with the outbox code. */
async function addPayee(page: Page, sandboxUrl: string, memberId: string, name: string, account: string) {
  await page.getByTestId('beneficiary-add').click()
  await typeOnTextKeyboard(page, name)
  await page.getByTestId('beneficiary-field-id').click()
  await tapDigits(page, payee.idNumber)
  await page.getByTestId('beneficiary-field-account').click()
  await tapDigits(page, account)
  await expectAccessible(page, 'beneficiary form')
  await page.getByTestId('beneficiary-request').click()
  await expect(page.getByTestId('code-holder')).toHaveText(HOLDER)
  await expectAccessible(page, 'beneficiary code')
  await enterCode(page, await latestOperationCode(sandboxUrl, memberId))
}

test('a beneficiary added with the code, renamed, used for a transfer, then deleted after the question', async ({
  kiosk: page,
  stack,
}) => {
  const [payeeAccount] = savingsNumbers(stack.dataFile, payee.idNumber)
  const payeeBefore = savingsAvailable(stack.dataFile, payeeAccount!.number)
  const member = await signInAs(page, 'active')
  const from = (await paymentAccounts(page)).accounts[0]!

  await page.getByRole('link', { name: /Beneficiarios/ }).click()
  await expect(page.getByTestId('beneficiaries-empty')).toHaveText('Aún no tiene beneficiarios inscritos.')
  await expectAccessible(page, 'beneficiaries (none)')

  await addPayee(page, stack.sandboxUrl, member.idNumber, 'Andrés arriendo', payeeAccount!.number)
  await expect(page.getByTestId('beneficiary-notice')).toHaveText('Beneficiario inscrito.')
  const table = page.getByTestId('beneficiaries-table')
  for (const heading of ['Servicio', 'Beneficiario', 'Tipo de identificación', 'Identificación'])
    await expect(table.getByRole('columnheader', { name: heading, exact: true })).toBeVisible()
  await expect(row(page)).toContainText('Transferencia a asociado')
  await expect(row(page)).toContainText('Cédula')
  await expect(row(page).getByTestId('beneficiary-name')).toHaveText('Andrés arriendo')
  await expect(row(page)).toContainText(`****${payeeAccount!.number.slice(-4)}`)
  await expectAccessible(page, 'beneficiaries (one)')

  // The pencil: only the name changes.
  await row(page).getByTestId('beneficiary-edit').click()
  await page.getByTestId('text-keyboard').getByRole('button', { name: 'Limpiar' }).click()
  await typeOnTextKeyboard(page, 'Andrés paseo')
  await expect(page.getByTestId('beneficiary-edit-name')).toHaveText('Andrés paseo')
  await expectAccessible(page, 'beneficiary edit')
  await page.getByTestId('beneficiary-save').click()
  await expect(page.getByTestId('beneficiary-notice')).toHaveText('Beneficiario actualizado.')
  await expect(row(page).getByTestId('beneficiary-name')).toHaveText('Andrés paseo')

  // The beneficiary as the destination of a transfer to another member.
  await page.getByTestId('beneficiaries-transfers').click()
  await page.getByTestId('kind-member').click()
  await next(page)
  await page.getByTestId(`origin-${from.maskedNumber}`).click()
  await next(page)
  await page.getByTestId(`beneficiary-pick-${payee.idNumber}`).click()
  await expect(page.getByTestId('destination-holder')).toHaveText(HOLDER)
  await expect(page.getByTestId(`beneficiary-pick-${payee.idNumber}`)).toHaveAttribute('aria-pressed', 'true')
  await expectAccessible(page, 'transfer destination (a beneficiary)')
  await next(page)
  await amountAndReference(page, '45000', 'Paseo')
  await next(page)
  // The transfer's code is on its way only once the screen says where it went: read the outbox after,
  // or the newest code there is still the beneficiary's.
  await expect(page.getByTestId('code-sent-to')).toContainText('****')
  await enterCode(page, await latestOperationCode(stack.sandboxUrl, member.idNumber))
  await expect(page.getByTestId('transfer-completed')).toBeVisible()
  await expect(page.getByTestId('summary-holder')).toHaveText(HOLDER)
  expect(savingsAvailable(stack.dataFile, payeeAccount!.number)).toBe(payeeBefore + 4_500_000)

  // The trash asks first: Cancelar keeps it, Aceptar deletes it.
  await page.getByTestId('transfer-home').click()
  await page.getByRole('link', { name: /Beneficiarios/ }).click()
  await row(page).getByTestId('beneficiary-remove').click()
  await expect(page.getByTestId('beneficiary-confirm')).toContainText(
    '¿Está seguro que desea eliminar el beneficiario?',
  )
  await expectAccessible(page, 'beneficiary delete question')
  await page.getByTestId('beneficiary-cancel').click()
  await expect(page.getByTestId('beneficiary-confirm')).toHaveCount(0)
  await expect(row(page)).toBeVisible()
  await row(page).getByTestId('beneficiary-remove').click()
  await page.getByTestId('beneficiary-accept').click()
  await expect(page.getByTestId('beneficiary-notice')).toHaveText('Beneficiario eliminado.')
  await expect(page.getByTestId('beneficiaries-empty')).toBeVisible()
  await expect(row(page)).toHaveCount(0)
})

test.describe('in English', () => {
  test('the list, the code and the delete question read English; the wrong account is told', async ({
    kiosk: page,
    stack,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    const [payeeAccount] = savingsNumbers(stack.dataFile, payee.idNumber)
    const member = await signInAs(page, 'heavy')
    await page.getByRole('link', { name: /Beneficiaries/ }).click()
    await expect(page.getByTestId('beneficiaries-empty')).toHaveText('You have no beneficiaries yet.')

    // An account that is not the payee's: refused by the API before any code is sent.
    await page.getByTestId('beneficiary-add').click()
    await typeOnTextKeyboard(page, 'Andres')
    await page.getByTestId('beneficiary-field-id').click()
    await tapDigits(page, payee.idNumber)
    await page.getByTestId('beneficiary-field-account').click()
    await tapDigits(page, '1234567')
    await page.getByTestId('beneficiary-request').click()
    await expect(page.getByTestId('error-message')).toHaveText(
      'We found no savings account with that number for that ID. Please check the details.',
    )
    await page.getByTestId('beneficiary-form-cancel').click()

    await addPayee(page, stack.sandboxUrl, member.idNumber, 'Andres', payeeAccount!.number)
    await expect(page.getByTestId('beneficiary-notice')).toHaveText('Beneficiary added.')
    const table = page.getByTestId('beneficiaries-table')
    for (const heading of ['Service', 'Beneficiary', 'ID type', 'ID number'])
      await expect(table.getByRole('columnheader', { name: heading, exact: true })).toBeVisible()
    await expect(row(page)).toContainText('Transfer to a member')
    await expectAccessible(page, 'beneficiaries (English)')
    await row(page).getByTestId('beneficiary-remove').click()
    await expect(page.getByTestId('beneficiary-confirm')).toContainText(
      'Are you sure you want to delete the beneficiary?',
    )
    await expect(page.getByTestId('beneficiary-cancel')).toHaveText('Cancel')
    await page.getByTestId('beneficiary-accept').click()
    await expect(page.getByTestId('beneficiaries-empty')).toBeVisible()
  })
})
