import { expect, type Page } from '@playwright/test'
import { DEMO_SECURITY_ANSWERS } from '../../../sandbox/credentials/seed-credentials'
import { typeOnKeyboard } from '../support/kiosk-actions'

export interface OutboxMessage {
  channel: 'sms' | 'email'
  recipient: string
  template: string
  text: string
}

/** What the sandbox "sent" to an ID number, newest first, read over HTTP like a demo would. */
export async function readOutbox(sandboxUrl: string, idNumber: string): Promise<OutboxMessage[]> {
  const res = await fetch(`${sandboxUrl}/sandbox/outbox?idNumber=${encodeURIComponent(idNumber)}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { messages: OutboxMessage[] }).messages
}

export async function latestTemporaryKey(sandboxUrl: string, idNumber: string): Promise<string> {
  const [m] = await readOutbox(sandboxUrl, idNumber)
  const key = /clave temporal es ([^\s.]+)\./.exec(m?.text ?? '')?.[1]
  if (!key) throw new Error(`no temporary key for ${idNumber} in the outbox`)
  return key
}

export async function latestCode(sandboxUrl: string, idNumber: string): Promise<string> {
  const [m] = await readOutbox(sandboxUrl, idNumber)
  const code = /código de verificación es (\d{6})\./.exec(m?.text ?? '')?.[1]
  if (!code) throw new Error(`no code for ${idNumber} in the outbox`)
  return code
}

/** Types in one field of a multi-field secret keyboard: tap the field, then the shuffled keys. */
export async function typeInField(page: Page, field: string, text: string) {
  await page.getByTestId(`secret-field-${field}-select`).click()
  await typeOnKeyboard(page, text)
}

/** The forced (or voluntary) change: new password, its confirmation, submit. */
export async function chooseNewPassword(page: Page, password: string, current?: string) {
  if (current !== undefined) await typeInField(page, 'current', current)
  await typeInField(page, 'new', password)
  await typeInField(page, 'confirm', password)
  await expect(page.getByTestId('rule-match')).toHaveAttribute('data-ok', 'true')
  await page.getByTestId('new-password-submit').click()
}

/** The end of the setup steps: what was done is said, then "Ver mis productos" (or it goes on by itself). */
export async function finishSetup(page: Page, title: string | RegExp) {
  await expect(page.getByTestId('setup-done').getByRole('heading', { level: 1 })).toHaveText(title)
  await page.getByTestId('setup-done-continue').click()
}

/** The setup step of seeds 000/004: a picture from the grid and a phrase on the letter keyboard. */
export async function chooseImageAndPhrase(page: Page, imageId: string, phrase: string) {
  await page.getByTestId(`image-${imageId}`).click()
  await page.getByTestId('phrase-input').fill(phrase)
  await page.getByTestId('image-submit').click()
}

/** Answers whatever demo question the verification page asks, typed without accents. */
export async function answerDemoQuestion(page: Page) {
  const questionId = await page.getByTestId('security-question').getAttribute('data-question')
  const answer = DEMO_SECURITY_ANSWERS.find((a) => a.questionId === questionId)?.answer
  if (!answer) throw new Error(`no demo answer for ${questionId}`)
  await typeOnKeyboard(page, answer.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
  await page.getByTestId('answer-submit').click()
}

/** Types on the plain letter keyboard (phrase, username), toggling Mayúscula for capitals. */
export async function typeOnTextKeyboard(page: Page, text: string) {
  const keyboard = page.getByTestId('text-keyboard')
  const shiftKey = keyboard.getByRole('button', { name: /Mayúscula|Shift/ })
  for (const ch of text) {
    if (ch === ' ') {
      await keyboard.getByRole('button', { name: /Espacio|Space/ }).click()
      continue
    }
    const upper = ch !== ch.toLocaleLowerCase('es')
    const shiftOn = (await shiftKey.getAttribute('aria-pressed')) === 'true'
    if (upper !== shiftOn) await shiftKey.click()
    await keyboard.getByRole('button', { name: ch, exact: true }).click()
  }
}

/** "Salida segura", then straight back to the welcome screen (no waiting for the goodbye countdown). */
export async function leave(page: Page) {
  await page.getByTestId('secure-exit').click()
  await expect(page.getByTestId('goodbye-reason')).toBeVisible()
  await page.getByRole('button', { name: /Volver al inicio|Back to start/ }).click()
  await expect(page.getByTestId('start')).toBeVisible()
}

/**
 * Signs in from the ID step that "Ingresar con la clave temporal" leads to, where the document typed
 * before recovery is already in place.
 */
export async function signInAtIdStep(page: Page, idNumber: string, password: string) {
  await expect(page.getByTestId('id-input')).toHaveValue(idNumber)
  await page.getByTestId('id-continue').click()
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, password)
  await page.getByTestId('login-submit').click()
}
