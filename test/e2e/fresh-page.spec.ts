/**
 * Issue 15: a fresh page never inherits a session, in both shells. This spec drives the browser shell
 * over a real Chromium (a reload, a second tab). The Electron shell's half — a new main-frame document
 * ends the session before the page can call — is electron/main/fresh-page.test.ts, on a fake
 * webContents, because Electron cannot run on the test machines.
 */
import type { DemoMember } from '../../sandbox/seed/demo-members'
import { invokeFromPage } from './support/kiosk-actions'
import { expect, test } from './support/stack'
import { openTile, signInAs } from './products/helpers'

type Page = import('@playwright/test').Page

/**
 * Nothing of the member in the page or its web storage. (Storage is not required to be empty: on every
 * start vue-router writes an empty scroll map, "{}", to sessionStorage.)
 */
async function expectNoMemberIn(page: Page, member: DemoMember) {
  const html = await page.content()
  const storage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]))
  for (const trace of [member.fullName, member.displayName, member.securityPhrase, member.idNumber]) {
    expect(html).not.toContain(trace)
    expect(storage).not.toContain(trace)
  }
}

/** Member channels from the page answer as for nobody signed in, not with the last member's data. */
async function expectSignedOut(page: Page) {
  for (const channel of ['member.summary', 'products.position'])
    expect(await invokeFromPage(page, channel), channel).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
}

test('a reload shows the welcome screen and no member data is reachable any more', async ({
  kiosk: page,
}) => {
  const maria = await signInAs(page, 'active')
  await openTile(page, /Posición consolidada/)
  await expect(page.getByTestId('fact-assets')).toBeVisible()
  expect(await invokeFromPage(page, 'products.position')).toMatchObject({ ok: true })

  await page.reload()
  await expect(page.getByTestId('start')).toBeVisible()
  await expect(page.getByTestId('member-full-name')).toHaveCount(0)
  await expectSignedOut(page)
  await expectNoMemberIn(page, maria)
})

test('a second tab of the same browser gets no session, and takes it from the first tab too', async ({
  kiosk: page,
  context,
}) => {
  const maria = await signInAs(page, 'active')
  expect(await invokeFromPage(page, 'member.summary')).toMatchObject({ ok: true })

  // The cookie admits the tab (same browser); its app document ends the session first.
  const second = await context.newPage()
  await second.goto(new URL('/', page.url()).href)
  await expect(second.getByTestId('start')).toBeVisible()
  await expectSignedOut(second)
  await expectNoMemberIn(second, maria)
  await expectSignedOut(page)
  await second.close()
})
