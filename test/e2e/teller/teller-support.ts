import { DatabaseSync } from 'node:sqlite'
import { expect, type Page } from '@playwright/test'
import { en } from '../../../renderer/src/features/teller/messages/en'
import { es, type TellerMessages } from '../../../renderer/src/features/teller/messages/es'
import type { DemoStaff } from '../../../sandbox/staff/demo-staff'
import type { TellerActionName } from '../../../shared/api/teller-choices'
import { decodeEscPos } from '../../integration/support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from '../../integration/support/fake-printer'
import { test as base } from '../support/stack'

// Teller mode through the browser shell (`mode: 'teller'` in the shell's configuration, as
// `npm start -- --mode teller` sets it), the sandbox over HTTP, and the desk's thermal printer on a real
// TCP socket.

export const TERMINAL = 'CAJA-03'
export const WORDS: Record<'es' | 'en', TellerMessages> = { es, en }

/** A message with its `{placeholders}` filled in, as vue-i18n renders it. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]))

export const test = base.extend<{ printer: FakePrinter }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  printer: async ({}, use) => {
    const printer = await startFakePrinter()
    await use(printer)
    await printer.close()
  },
  kioskConfig: async ({ printer }, use) => {
    await use({
      mode: 'teller',
      kioskId: TERMINAL,
      printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 },
    })
  },
})
export { expect }

/** Staff type their directory credentials on the desk PC's physical keyboard. */
export async function staffSignIn(
  page: Page,
  who: Pick<DemoStaff, 'username' | 'password'>,
  lang: 'es' | 'en',
) {
  const w = WORDS[lang].signIn
  await expect(page.getByRole('heading', { name: w.title })).toBeVisible()
  await page.getByLabel(w.username, { exact: true }).pressSequentially(who.username)
  await page.getByLabel(w.password, { exact: true }).pressSequentially(who.password)
  await page.keyboard.press('Enter')
}

export async function lookUp(page: Page, idNumber: string, lang: 'es' | 'en') {
  const w = WORDS[lang].lookup
  const field = page.getByLabel(w.idNumber, { exact: true })
  await field.fill('')
  await field.pressSequentially(idNumber)
  await page.getByRole('button', { name: w.submit, exact: true }).click()
  await expect(page.getByTestId('member-panel')).toBeVisible()
}

export interface ActionInput {
  action: TellerActionName
  /** The reason's label is picked from the list. */
  reason: string
  delivery?: 'sms' | 'email' | 'slip'
  supervisor?: Pick<DemoStaff, 'username' | 'password'>
  /** Leave one checklist item unticked. */
  skipCheck?: boolean
}

/** Opens an action, chooses the reason, ticks the identity checklist, signs the supervisor in if asked. */
export async function fillAction(page: Page, input: ActionInput, lang: 'es' | 'en') {
  const w = WORDS[lang]
  await page.getByTestId(`action-${input.action}`).click()
  const form = page.getByTestId('action-form')
  await expect(form.getByRole('heading', { name: w.actions[input.action] })).toBeVisible()
  await form.getByLabel(w.form.reason, { exact: true }).selectOption({ label: input.reason })
  if (input.delivery)
    await form
      .getByRole('radio', { name: new RegExp(`^${escape(w.form.deliveries[input.delivery])}`) })
      .check()
  const checks = Object.values(w.form.checks)
  for (const label of input.skipCheck ? checks.slice(1) : checks)
    await form.getByRole('checkbox', { name: label, exact: true }).check()
  if (input.supervisor) {
    const approval = page.getByTestId('supervisor-approval')
    await approval.getByLabel(w.form.supervisor, { exact: true }).pressSequentially(input.supervisor.username)
    await approval
      .getByLabel(w.form.supervisorPassword, { exact: true })
      .pressSequentially(input.supervisor.password)
  }
}

export async function act(page: Page, input: ActionInput, lang: 'es' | 'en') {
  await fillAction(page, input, lang)
  await page.getByTestId('action-form').getByRole('button', { name: WORDS[lang].form.confirm }).click()
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The sandbox, over HTTP, as a member at another kiosk would reach it: sign-ins that set the stage. */
export async function memberLogin(sandboxUrl: string, idNumber: string, password: string) {
  const res = await fetch(`${sandboxUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ idNumber, password, kioskId: 'KIOSK-EAST' }),
  })
  return { status: res.status, body: (await res.json()) as { token?: string; error?: { code: string } } }
}

/** Wrong passwords until the ID locks (the sandbox's default threshold is 3). */
export async function lockByWrongPasswords(sandboxUrl: string, idNumber: string) {
  for (let i = 0; i < 3; i++) await memberLogin(sandboxUrl, idNumber, 'Wrong0x')
  expect((await memberLogin(sandboxUrl, idNumber, 'Wrong0x')).body.error?.code).toBe('ACCOUNT_LOCKED')
}

/** Signs the member in and answers the security question wrongly until the questions block. */
export async function blockQuestions(sandboxUrl: string, idNumber: string, password: string) {
  const { body } = await memberLogin(sandboxUrl, idNumber, password)
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${body.token}` }
  const url = `${sandboxUrl}/v1/credentials/me/security-questions/challenge`
  let last = ''
  for (let i = 0; i < 3; i++) {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ operation: 'password', answer: 'respuesta equivocada' }),
    })
    last = ((await res.json()) as { error?: { code: string } }).error?.code ?? 'ok'
  }
  // The third wrong answer blocks the questions for a while.
  expect(last).toBe('RATE_LIMITED')
}

/** A forgotten-password key by SMS (the kiosk's "Olvidé mi clave"): the key is then pending. */
export async function requestRecoveryKey(sandboxUrl: string, idNumber: string) {
  const res = await fetch(`${sandboxUrl}/v1/credentials/recovery`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ idNumber, channel: 'sms', kioskId: 'KIOSK-EAST' }),
  })
  expect(res.status).toBe(200)
}

/** The key on a sealed slip: the double-height line right after "Su clave temporal" / "Your temporary key". */
export function keyOnSlip(job: Buffer, lang: 'es' | 'en'): string {
  const lines = decodeEscPos(job).lines
  const at = lines.findIndex(
    (l) => l.text.trim() === (lang === 'es' ? 'Su clave temporal' : 'Your temporary key'),
  )
  expect(at, 'the slip has its key heading').toBeGreaterThan(0)
  const key = lines[at + 1]!
  expect(key.height, 'the key is printed large').toBeGreaterThan(1)
  return key.text.trim()
}

export const slipText = (job: Buffer) =>
  decodeEscPos(job)
    .lines.map((l) => l.text)
    .join(' ')
    .replace(/ +/g, ' ')

export interface AuditRow {
  id: number
  at: number
  staff_username: string
  terminal_id: string
  member_id: number
  id_number: string
  action: TellerActionName
  reason: string
  checklist: string
  delivery: string | null
  approved_by: string | null
  result: string
}

/** The teller audit exactly as the sandbox stored it (its SQLite file, opened read-only). */
export function auditRows(dataFile: string): AuditRow[] {
  const db = new DatabaseSync(dataFile, { readOnly: true })
  try {
    return db.prepare('SELECT * FROM teller_audit ORDER BY id').all() as unknown as AuditRow[]
  } finally {
    db.close()
  }
}
