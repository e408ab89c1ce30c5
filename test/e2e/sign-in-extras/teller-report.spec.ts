import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { expectAccessible } from '../support/axe'
import { expect, lookUp, staffSignIn, test, WORDS } from '../teller/teller-support'

// Issue 16, flow 5: a "No es mi imagen" made at a kiosk shows at the teller's desk among the member's
// credential events, with the kiosk and the reference the member was given; es and en.

const maria = demoMember('co', 'active')

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: the report is among the member's credential events at the desk`, async ({
    kiosk: page,
    stack,
  }) => {
    const res = await fetch(`${stack.sandboxUrl}/v1/auth/image-report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ idNumber: maria.idNumber, kioskId: 'KIOSK-NORTE' }),
    })
    expect(res.status).toBe(200)
    const { reference } = (await res.json()) as { reference: string }

    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await staffSignIn(page, demoStaff('teller'), lang)
    await lookUp(page, maria.idNumber, lang)
    const event = page
      .getByTestId('member-panel')
      .getByRole('listitem')
      .filter({ hasText: WORDS[lang].member.eventKinds['image-reported'] })
    await expect(event).toHaveCount(1)
    await expect(event).toContainText(`KIOSK-NORTE · ${reference}`)
    await expectAccessible(page, `teller member with an image report (${lang})`)
  })
}
