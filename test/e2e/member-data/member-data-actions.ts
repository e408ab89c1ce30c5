import { DatabaseSync } from 'node:sqlite'
import { expect, type Page } from '@playwright/test'

/** Messages the sandbox "sent" to one phone or e-mail address, newest first. */
export async function messagesTo(sandboxUrl: string, recipient: string) {
  const res = await fetch(`${sandboxUrl}/sandbox/outbox?recipient=${encodeURIComponent(recipient)}&limit=50`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { messages: { template: string; channel: string; text: string }[] }).messages
}

/** The newest code of a template sent to one recipient. */
export async function codeSentTo(sandboxUrl: string, recipient: string, template: string): Promise<string> {
  const m = (await messagesTo(sandboxUrl, recipient)).find((x) => x.template === template)
  const code = m ? /\b(\d{6})\b/.exec(m.text)?.[1] : undefined
  if (!code) throw new Error(`no ${template} for ${recipient} in the outbox`)
  return code
}

/** Today's wrong operation codes of all members (the shared budget), from the sandbox's data file. */
export function operationCodeFailures(dataFile: string): number {
  const db = new DatabaseSync(dataFile, { readOnly: true })
  try {
    const row = db
      .prepare(`SELECT coalesce(sum(failures), 0) AS n FROM secret_budgets WHERE kind = 'operation-code'`)
      .get() as { n: number }
    return row.n
  } finally {
    db.close()
  }
}

const keypad = (page: Page) => page.getByRole('group', { name: /Teclado numérico|Numeric keypad|Number pad/ })

export async function tapDigits(page: Page, digits: string) {
  for (const d of digits) await keypad(page).getByRole('button', { name: d, exact: true }).click()
}

/** The two codes of a contact change (the second only where there is a new destination to prove). */
export async function enterChangeCodes(page: Page, confirm: string, prove?: string) {
  await page.getByTestId('code-field-confirm').click()
  await tapDigits(page, confirm)
  if (prove !== undefined) {
    await page.getByTestId('code-field-prove').click()
    await tapDigits(page, prove)
  }
  await page.getByTestId('code-confirm').click()
}

/** A wrong code for sure: any other 6 digits. */
export const otherThan = (code: string) => (code === '000000' ? '111111' : '000000')

/** From welcome: the ID, "Olvidé mi clave", and the masked destinations it offers. */
export async function recoveryDestinations(page: Page, idNumber: string) {
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(idNumber)
  await page.getByTestId('forgot-password').click()
  return { sms: page.getByTestId('destination-sms'), email: page.getByTestId('destination-email') }
}
