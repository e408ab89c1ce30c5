import { expect, type Page } from '@playwright/test'
import { demoMember, type DemoRole } from '../../../sandbox/seed/demo-members'
import type { ProfileId } from '../../../shared/config/profiles'
import { invokeFromPage, signIn } from '../support/kiosk-actions'

export { expectAccessible } from '../support/axe'

/** Signs a demo member in and waits for the home screen. */
export async function signInAs(page: Page, role: DemoRole, profile: ProfileId = 'co') {
  const member = demoMember(profile, role)
  await page.setViewportSize({ width: 1366, height: 1024 })
  await signIn(page, member)
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  return member
}

/** What main answers on a channel for the signed-in member (the same call the screens make). */
export async function ipc<T>(page: Page, channel: string, payload: unknown = {}): Promise<T> {
  const res = await invokeFromPage(page, channel, payload)
  expect(res.ok, `${channel}: ${JSON.stringify(res.error)}`).toBe(true)
  return res.data as T
}

/** Money as the kiosk shows it for the co profile (es-CO, two decimals), e.g. "$ 7.820.000,00". */
export const cop = (amountMinor: number) =>
  new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', minimumFractionDigits: 2 }).format(
    amountMinor / 100,
  )

/** Opens a home tile by its title. */
export async function openTile(page: Page, title: RegExp) {
  await page.getByRole('link', { name: title }).click()
}
