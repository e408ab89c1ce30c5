import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { PROFILES, kioskConfigForProfile } from '../../../shared/config/profiles'
import { expectAccessible } from '../support/axe'
import { expect, memberLogin, staffSignIn, TERMINAL, test } from '../teller/teller-support'
import { codeSentTo, messagesTo } from './member-data-actions'

// The review of contact changes on the teller screen (pa: changes wait for review). The member's side
// (sign-in, both codes) happens over the sandbox's HTTP API, as another kiosk would.
test.use({
  sandboxArgs: ['--profile', 'pa', '--send-cooldown', '0'],
  kioskConfig: async ({ printer }, use) => {
    await use({
      ...kioskConfigForProfile(PROFILES.pa),
      mode: 'teller',
      kioskId: TERMINAL,
      printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 },
    })
  },
})

const TELLER = demoStaff('teller')

/** The member asks for a change and types both codes elsewhere: it now waits for review. */
async function pendingChange(
  sandboxUrl: string,
  idNumber: string,
  password: string,
  body: object,
  proveTo?: string,
) {
  const { body: session } = await memberLogin(sandboxUrl, idNumber, password)
  const post = (path: string, payload: object) =>
    fetch(`${sandboxUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify(payload),
    })
  const start = (await (await post('/v1/members/me/contact-changes', body)).json()) as { changeId: string }
  const member = demoMember('pa', 'active')
  const res = await post(`/v1/members/me/contact-changes/${start.changeId}/confirm`, {
    confirmCode: await codeSentTo(sandboxUrl, member.phone, 'contact-change-code'),
    ...(proveTo ? { proveCode: await codeSentTo(sandboxUrl, proveTo, 'contact-change-proof') } : {}),
  })
  expect(res.status).toBe(200)
}

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: a teller approves a pending e-mail change; it applies and both addresses are told`, async ({
    kiosk: page,
    stack,
  }) => {
    const roberto = demoMember('pa', 'active')
    const NEW_EMAIL = `nuevo.${lang}@correo.org`
    await pendingChange(
      stack.sandboxUrl,
      roberto.idNumber,
      roberto.password,
      { field: 'email', value: NEW_EMAIL },
      NEW_EMAIL,
    )

    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await staffSignIn(page, TELLER, lang)
    await page.getByRole('link', { name: lang === 'es' ? 'Cambios de datos' : 'Data changes' }).click()
    const row = page.getByTestId(`review-${roberto.idNumber}`)
    await expect(row).toContainText(roberto.fullName)
    // Before and after, masked as the member saw them.
    await expect(row).toContainText('rob*****@exa*****')
    await expect(row).toContainText('nue*****@cor*****')
    await expectAccessible(page, `contact review (${lang})`)
    await row.getByTestId('review-approve').click()
    await expect(page.getByTestId('review-notice')).toHaveText(
      lang === 'es'
        ? 'Cambio aprobado y aplicado; avisamos al dato anterior y al nuevo.'
        : 'Change approved and applied; both the old and the new destination were told.',
    )
    await expect(page.getByTestId('review-none')).toBeVisible()
    for (const mail of [roberto.email, NEW_EMAIL])
      expect((await messagesTo(stack.sandboxUrl, mail)).map((m) => m.template)).toContain('contact-changed')
    const options = await fetch(`${stack.sandboxUrl}/v1/credentials/recovery/options`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ idNumber: roberto.idNumber, kioskId: 'K-1' }),
    })
    expect(((await options.json()) as { email: string }).email).toBe('nue*****@cor*****')
  })
}

test('a rejected change leaves the data as it was', async ({ kiosk: page, stack }) => {
  const roberto = demoMember('pa', 'active')
  await pendingChange(stack.sandboxUrl, roberto.idNumber, roberto.password, {
    field: 'address',
    value: 'Calle 50, Casa 99',
  })
  await staffSignIn(page, TELLER, 'es')
  await page.getByRole('link', { name: 'Cambios de datos' }).click()
  await page.getByTestId(`review-${roberto.idNumber}`).getByTestId('review-reject').click()
  await expect(page.getByTestId('review-notice')).toHaveText('Cambio rechazado.')
  await expect(page.getByTestId('review-none')).toBeVisible()
  const { body: session } = await memberLogin(stack.sandboxUrl, roberto.idNumber, roberto.password)
  const profile = await fetch(`${stack.sandboxUrl}/v1/members/me/profile`, {
    headers: { authorization: `Bearer ${session.token}` },
  })
  expect(((await profile.json()) as { address: string }).address).not.toBe('Calle 50, Casa 99')
})
