import { expect, type Page } from '@playwright/test'
import type { DemoMember } from '../../../sandbox/seed/demo-members'

/** Taps the ID number on the on-screen numeric keypad, as a member would. */
export async function enterId(page: Page, idNumber: string) {
  await page.getByTestId('start').click()
  const keypad = page.getByRole('group', { name: /Teclado numérico|Number pad|Numeric keypad/ })
  for (const digit of idNumber) await keypad.getByRole('button', { name: digit, exact: true }).click()
  await expect(page.getByTestId('id-input')).toHaveValue(idNumber)
  await page.getByTestId('id-continue').click()
}

/** Presses the shuffled keys by their labels, toggling Mayúscula for capitals. */
export async function typeOnKeyboard(page: Page, text: string) {
  const keyboard = page.getByTestId('keyboard')
  const shiftKey = keyboard.getByRole('button', { name: /Mayúscula|Shift/ })
  for (const ch of text) {
    const upper = ch !== ch.toLocaleLowerCase('es')
    const shiftOn = (await shiftKey.getAttribute('aria-pressed')) === 'true'
    if (upper !== shiftOn) await shiftKey.click()
    await keyboard.getByRole('button', { name: ch, exact: true }).click()
  }
}

/** The key labels in the order shown. */
export async function keyOrder(page: Page): Promise<string[]> {
  const labels = await page.getByTestId('keyboard').getByRole('button').allTextContents()
  return labels.map((l) => l.trim()).filter((l) => l.length === 1)
}

export async function signIn(page: Page, member: Pick<DemoMember, 'idNumber' | 'password'>) {
  await enterId(page, member.idNumber)
  await page.getByTestId('confirm-image').click()
  await typeOnKeyboard(page, member.password)
  await page.getByTestId('login-submit').click()
}

/** Calls the browser shell's IPC endpoint from inside the page, exactly as the renderer does. */
export function invokeFromPage(page: Page, channel: string, payload: unknown = {}) {
  return page.evaluate(
    async ([c, p]) => {
      const res = await fetch(`/ipc/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-bridge': '1' },
        credentials: 'same-origin',
        body: JSON.stringify(p),
      })
      return (await res.json()) as { ok: boolean; error?: { code: string }; data?: unknown }
    },
    [channel, payload] as const,
  )
}

/** Nothing of the member is left: not in the DOM, not in web storage, not in the main process. */
export async function expectNoMemberTrace(page: Page, member: DemoMember) {
  const html = await page.content()
  for (const trace of [
    member.fullName,
    member.displayName,
    member.securityPhrase,
    member.idNumber,
    member.password,
  ])
    expect(html).not.toContain(trace)
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
  const summary = await invokeFromPage(page, 'member.summary')
  expect(summary).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } })
}
