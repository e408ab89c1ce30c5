import { DatabaseSync } from 'node:sqlite'
import { expect, type Page } from '@playwright/test'
import type { PaymentAccounts } from '../../../shared/api/payments'
import { decodeEscPos } from '../../integration/support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from '../../integration/support/fake-printer'
import { readOutbox, typeOnTextKeyboard } from '../credentials/credentials-actions'
import { ipc } from '../products/helpers'
import { test as base } from '../support/stack'

export { expectAccessible } from '../support/axe'
export { cop, ipc, signInAs } from '../products/helpers'

/** The stack with a real TCP socket playing the kiosk's receipt printer (as test/e2e/printing). */
export const test = base.extend<{ printer: FakePrinter }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  printer: async ({}, use) => {
    const printer = await startFakePrinter()
    await use(printer)
    await printer.close()
  },
  kioskConfig: async ({ printer }, use) => {
    await use({ printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 } })
  },
})
export { expect }

/** A printed job as one line of text. */
export const receiptText = (job: Buffer) =>
  decodeEscPos(job)
    .lines.map((l) => l.text)
    .join(' ')
    .replace(/ +/g, ' ')

/** The newest operation code the sandbox "sent" to the member, and how many there are so far. */
export async function operationCodes(sandboxUrl: string, idNumber: string): Promise<string[]> {
  const messages = await readOutbox(sandboxUrl, idNumber)
  return messages
    .filter((m) => m.template === 'operation-code')
    .map((m) => /código (\d{6}) autoriza/.exec(m.text)?.[1] ?? '')
}
export async function latestOperationCode(sandboxUrl: string, idNumber: string): Promise<string> {
  const [code] = await operationCodes(sandboxUrl, idNumber)
  if (!code) throw new Error(`no operation code for ${idNumber} in the outbox`)
  return code
}

/** A member's savings account numbers as on their passbook (the sandbox's data file, read-only). */
export function savingsNumbers(dataFile: string, idNumber: string): { name: string; number: string }[] {
  const db = new DatabaseSync(dataFile, { readOnly: true })
  try {
    return db
      .prepare(
        `SELECT p.name, p.number FROM products p JOIN members m ON m.id = p.member_id
         WHERE m.id_number = ? AND p.kind = 'savings' ORDER BY p.sort_order`,
      )
      .all(idNumber) as { name: string; number: string }[]
  } finally {
    db.close()
  }
}

/** What a savings account has available (balance less holds), read from the sandbox's data file. */
export function savingsAvailable(dataFile: string, accountNumber: string): number {
  const db = new DatabaseSync(dataFile, { readOnly: true })
  try {
    const row = db
      .prepare(
        `SELECT p.balance_minor - coalesce(json_extract(t.terms, '$.heldMinor'), 0) AS available
         FROM products p LEFT JOIN product_terms t ON t.product_id = p.id WHERE p.number = ?`,
      )
      .get(accountNumber) as { available: number }
    return row.available
  } finally {
    db.close()
  }
}

const keypad = (page: Page) => page.getByRole('group', { name: /Teclado numérico|Numeric keypad/ })

/** Taps digits on the screen's numeric keypad. */
export async function tapDigits(page: Page, digits: string) {
  for (const d of digits) await keypad(page).getByRole('button', { name: d, exact: true }).click()
}
export async function clearKeypad(page: Page) {
  await keypad(page)
    .getByRole('button', { name: /Limpiar|Clear/ })
    .click()
}

export const next = (page: Page) => page.getByTestId('transfer-next').click()
export const previous = (page: Page) => page.getByTestId('transfer-previous').click()

/** The member's accounts as main answers them (available balances, the cooperative's rules). */
export const paymentAccounts = (page: Page) => ipc<PaymentAccounts>(page, 'payments.accounts')

/** From the home tile to the amount step of a transfer between the member's own accounts. */
export async function startOwnTransfer(page: Page, from: string, to: string) {
  await page.getByRole('link', { name: /Transferencias|Transfers/ }).click()
  await page.getByTestId('kind-own').click()
  await next(page)
  await page.getByTestId(`origin-${from}`).click()
  await next(page)
  await page.getByTestId(`destination-${to}`).click()
  await next(page)
}

/** Amount (whole units) and reference, then on to "Verificación". */
export async function amountAndReference(page: Page, units: string, reference: string) {
  await tapDigits(page, units)
  await next(page)
  await typeOnTextKeyboard(page, reference)
  await next(page)
  await expect(page.getByTestId('step-review')).toBeVisible()
}

/** Types the code on the keypad and confirms. */
export async function enterCode(page: Page, code: string) {
  await tapDigits(page, code)
  await page.getByTestId('code-confirm').click()
}
