import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { expectAccessible } from '../support/axe'
import { invokeFromPage } from '../support/kiosk-actions'
import { expect, fill, staffSignIn, TERMINAL, test, WORDS } from './teller-support'

// Staff sign-in at the teller's desk: the directory's answer for a right and a wrong password, a disabled
// account, a user with no desk role; the session's end by sign-out and by idle lock.

const TELLER = demoStaff('teller')
const DISABLED = demoStaff('disabled')
const IT = demoStaff('it')

for (const lang of ['es', 'en'] as const) {
  const w = WORDS[lang]

  test(`${lang}: a wrong password and a disabled account are refused in staff words; the teller signs in and out`, async ({
    kiosk: page,
  }) => {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { name: w.signIn.title })).toBeVisible()
    await expectAccessible(page, `teller sign-in (${lang})`)

    await staffSignIn(page, { username: TELLER.username, password: 'NoEsLaClave#1' }, lang)
    // The directory's lockout counts staff tries (5 by default): the teller is told how many are left.
    await expect(page.getByTestId('error-message')).toHaveText(
      `${w.signIn.wrong} ${lang === 'es' ? 'Le quedan 4 intentos.' : 'You have 4 attempts left.'}`,
    )
    // The password never stays in the field after a try.
    await expect(page.getByLabel(w.signIn.password, { exact: true })).toHaveValue('')
    await expectAccessible(page, `teller sign-in, wrong password (${lang})`)

    await page.getByLabel(w.signIn.username, { exact: true }).fill('')
    await staffSignIn(page, DISABLED, lang)
    await expect(page.getByTestId('error-message')).toHaveText(w.signIn.disabled)
    await expectAccessible(page, `teller sign-in, disabled account (${lang})`)

    await page.getByLabel(w.signIn.username, { exact: true }).fill('')
    await staffSignIn(page, TELLER, lang)
    await expect(page.getByRole('heading', { name: w.lookup.title })).toBeVisible()
    await expect(
      page.getByText(fill(w.nav.signedInAs, { name: TELLER.displayName, terminal: TERMINAL })),
    ).toBeVisible()
    await expectAccessible(page, `teller desk (${lang})`)
    expect(await invokeFromPage(page, 'staff.me')).toMatchObject({
      ok: true,
      data: { username: TELLER.username },
    })

    await page.getByTestId('staff-sign-out').click()
    await expect(page.getByRole('status')).toHaveText(w.signIn.signedOut)
    await expect(page.getByText(TELLER.displayName)).toHaveCount(0)
    expect(await invokeFromPage(page, 'staff.me')).toMatchObject({ ok: false })
    expect(await invokeFromPage(page, 'teller.lookup', { idNumber: '52874193' })).toMatchObject({ ok: false })
  })
}

test('IT staff (no teller or supervisor role) cannot use the desk', async ({ kiosk: page }) => {
  await staffSignIn(page, IT, 'es')
  await expect(page.getByTestId('error-message')).toHaveText(WORDS.es.signIn.notDesk)
  await expect(page.getByRole('heading', { name: WORDS.es.signIn.title })).toBeVisible()
  // The staff session the directory opened is closed again at once.
  expect(await invokeFromPage(page, 'staff.me')).toMatchObject({ ok: false })
})

test.describe('an idle desk', () => {
  test.use({
    kioskConfig: async ({ printer }, use) =>
      use({
        mode: 'teller',
        kioskId: TERMINAL,
        printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 },
        session: { idleSeconds: 10, warningSeconds: 5 },
      }),
  })

  test('warns, then locks: the member on screen is gone and the session is ended', async ({
    kiosk: page,
  }) => {
    const w = WORDS.es
    await staffSignIn(page, TELLER, 'es')
    const field = page.getByLabel(w.lookup.idNumber, { exact: true })
    await field.pressSequentially('52874193')
    await page.getByRole('button', { name: w.lookup.submit, exact: true }).click()
    await expect(page.getByTestId('member-panel')).toContainText('MARÍA FERNANDA GÓMEZ RESTREPO')
    await expect(page.getByText(/La sesión se cerrará en \d+ s por inactividad\./)).toBeVisible({
      timeout: 15_000,
    })
    await expectAccessible(page, 'teller desk (idle warning)')
    await expect(page.getByRole('status')).toHaveText(w.signIn.locked, { timeout: 15_000 })
    await expect(page.getByText('MARÍA FERNANDA GÓMEZ RESTREPO')).toHaveCount(0)
    await expectAccessible(page, 'teller sign-in (locked)')
    expect(await invokeFromPage(page, 'staff.me')).toMatchObject({ ok: false })
  })
})

test.describe('a staff session the API ends first', () => {
  // The API's staff idle time (10 s) is shorter than the screen's own (120 s, the default).
  test.use({ sandboxArgs: ['--staff-session-ttl', '10'] })

  test('main ends it and the desk goes back to the sign-in, the member off the screen', async ({
    kiosk: page,
  }) => {
    const w = WORDS.es
    await staffSignIn(page, TELLER, 'es')
    await page.getByLabel(w.lookup.idNumber, { exact: true }).pressSequentially('52874193')
    await page.getByRole('button', { name: w.lookup.submit, exact: true }).click()
    await expect(page.getByTestId('member-panel')).toContainText('MARÍA FERNANDA GÓMEZ RESTREPO')
    // Nobody touches the desk: main's timer ends the staff session and tells the screen (staff.ended).
    await expect(page.getByRole('status')).toHaveText(w.signIn.locked, { timeout: 30_000 })
    await expect(page.getByText('MARÍA FERNANDA GÓMEZ RESTREPO')).toHaveCount(0)
    expect(await invokeFromPage(page, 'staff.me')).toMatchObject({ ok: false })
  })
})

test.describe('a staff username locked by wrong passwords', () => {
  test.use({ sandboxArgs: ['--staff-lockout', '2'] })

  test('is told how long in staff words, and even the right password waits', async ({ kiosk: page }) => {
    const w = WORDS.es
    const username = page.getByLabel(w.signIn.username, { exact: true })
    await staffSignIn(page, { username: TELLER.username, password: 'NoEsLaClave#1' }, 'es')
    await expect(page.getByTestId('error-message')).toHaveText(`${w.signIn.wrong} Le queda 1 intento.`)
    await username.fill('')
    await staffSignIn(page, { username: TELLER.username, password: 'NoEsLaClave#2' }, 'es')
    await expect(page.getByTestId('error-message')).toHaveText(
      /^Este usuario está bloqueado por claves incorrectas\. Intente de nuevo en \d+ min\.$/,
    )
    await username.fill('')
    await staffSignIn(page, TELLER, 'es')
    await expect(page.getByTestId('error-message')).toContainText('Este usuario está bloqueado')
    await expect(page.getByRole('heading', { name: w.signIn.title })).toBeVisible()
    await expectAccessible(page, 'teller sign-in (staff lock)')
  })
})
