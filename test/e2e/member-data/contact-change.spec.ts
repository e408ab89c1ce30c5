import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { PROFILES, kioskConfigForProfile } from '../../../shared/config/profiles'
import { leave, typeOnTextKeyboard } from '../credentials/credentials-actions'
import { signInAs } from '../products/helpers'
import { expectAccessible } from '../support/axe'
import { expect, test } from '../support/stack'
import {
  codeSentTo,
  enterChangeCodes,
  messagesTo,
  operationCodeFailures,
  otherThan,
  recoveryDestinations,
  tapDigits,
} from './member-data-actions'

// Two codes per change, back to back.
test.use({ sandboxArgs: ['--send-cooldown', '0'] })

test.describe('co: a change applies at once', () => {
  const maria = demoMember('co', 'active')
  const NEW_MOBILE = '+573009998877'

  test('the mobile changes with both codes (a wrong one counts), both numbers are told, recovery follows', async ({
    kiosk: page,
    stack,
  }) => {
    await signInAs(page, 'active')
    await page.getByRole('link', { name: /Mis datos personales/ }).click()
    await expect(page.getByTestId('my-data-memberNumber').getByTestId('my-data-value')).toHaveText(
      maria.memberNumber,
    )
    await expect(page.getByTestId('my-data-mobile').getByTestId('my-data-value')).toHaveText(maria.phone)
    await expect(page.getByTestId('my-data-email').getByTestId('my-data-value')).toHaveText(maria.email)
    await expect(page.getByTestId('my-data-payrollEntity').getByTestId('my-data-value')).toHaveText(
      maria.payrollEntity!,
    )
    await expect(page.getByTestId('my-data-address').getByTestId('my-data-value')).not.toHaveText(
      'No registrada',
    )
    await expect(page.getByTestId('my-data-review-note')).toHaveCount(0)
    await expectAccessible(page, 'my data')

    await page.getByTestId('my-data-change-mobile').click()
    await expect(page.getByTestId('change-current')).toHaveText(maria.phone)
    // The country's code is there already (es-CO: 57).
    await expect(page.getByTestId('change-value')).toHaveText('+57')
    await tapDigits(page, NEW_MOBILE.slice(3))
    await expect(page.getByTestId('change-value')).toHaveText(NEW_MOBILE)
    await expectAccessible(page, 'change mobile')
    await page.getByTestId('change-request').click()

    await expect(page.getByTestId('code-confirm-to')).toHaveText('Código enviado a ****7812 (dato actual)')
    await expect(page.getByTestId('code-prove-to')).toHaveText('Código enviado a ****8877 (dato nuevo)')
    await expect(page.getByTestId('code-attempts')).toHaveText('Intentos restantes: 3')
    await expectAccessible(page, 'change codes')
    const confirm = await codeSentTo(stack.sandboxUrl, maria.phone, 'contact-change-code')
    const prove = await codeSentTo(stack.sandboxUrl, NEW_MOBILE, 'contact-change-proof')

    // A wrong proof: refused, one try gone, and the member's operation-code budget spent.
    const before = operationCodeFailures(stack.dataFile)
    await enterChangeCodes(page, confirm, otherThan(prove))
    await expect(page.getByTestId('error-message')).toHaveText(
      'Algún código no es correcto. Revise los dos e inténtelo de nuevo.',
    )
    await expect(page.getByTestId('code-attempts')).toHaveText('Intentos restantes: 2')
    expect(operationCodeFailures(stack.dataFile)).toBe(before + 1)

    await enterChangeCodes(page, confirm, prove)
    await expect(page.getByTestId('my-data-notice')).toHaveText(
      'Cambio aplicado. Avisamos al dato anterior y al nuevo.',
    )
    await expect(page.getByTestId('my-data-mobile').getByTestId('my-data-value')).toHaveText(NEW_MOBILE)
    for (const phone of [maria.phone, NEW_MOBILE]) {
      const told = (await messagesTo(stack.sandboxUrl, phone)).filter((m) => m.template === 'contact-changed')
      expect(told, phone).toHaveLength(1)
      expect(told[0]!.text).toContain('****8877')
    }

    // Mi actividad lists the change (and the sign-in).
    await page.getByTestId('home').click()
    await page.getByRole('link', { name: /Mi actividad/ }).click()
    const change = page.getByTestId('activity-contact-change')
    await expect(change).toContainText('Cambio de celular')
    await expect(change).toContainText('****8877')
    await expect(change.getByTestId('activity-status')).toHaveText('Aplicado')
    await expect(page.getByTestId('activity-sign-in').first()).toBeVisible()

    // "Olvidé mi clave" now offers the new number.
    await leave(page)
    const destinations = await recoveryDestinations(page, maria.idNumber)
    await expect(destinations.sms).toHaveText('****8877')
    await expect(destinations.email).toHaveText('mar*****@exa*****')
  })

  test('the e-mail changes with the symbols keys; a new address needs only the phone code', async ({
    kiosk: page,
    stack,
  }) => {
    await signInAs(page, 'active')
    await page.getByRole('link', { name: /Mis datos personales/ }).click()
    await page.getByTestId('my-data-change-email').click()
    await typeOnTextKeyboard(page, 'mafe')
    await page.getByTestId('extra-key-@').click()
    await typeOnTextKeyboard(page, 'correo')
    await page.getByTestId('extra-key-.com').click()
    await expect(page.getByTestId('change-value')).toHaveText('mafe@correo.com')
    await page.getByTestId('change-request').click()
    await expect(page.getByTestId('code-prove-to')).toHaveText(
      'Código enviado a maf*****@cor***** (dato nuevo)',
    )
    await enterChangeCodes(
      page,
      await codeSentTo(stack.sandboxUrl, maria.phone, 'contact-change-code'),
      await codeSentTo(stack.sandboxUrl, 'mafe@correo.com', 'contact-change-proof'),
    )
    await expect(page.getByTestId('my-data-email').getByTestId('my-data-value')).toHaveText('mafe@correo.com')
    for (const mail of [maria.email, 'mafe@correo.com'])
      expect((await messagesTo(stack.sandboxUrl, mail)).map((m) => m.template)).toContain('contact-changed')

    await page.getByTestId('my-data-change-address').click()
    await typeOnTextKeyboard(page, 'Calle 10 ')
    await page.getByTestId('extra-key-#').click()
    await typeOnTextKeyboard(page, ' 4-20')
    await page.getByTestId('change-request').click()
    await expect(page.getByTestId('code-field-prove')).toHaveCount(0)
    await enterChangeCodes(page, await codeSentTo(stack.sandboxUrl, maria.phone, 'contact-change-code'))
    await expect(page.getByTestId('my-data-address').getByTestId('my-data-value')).toContainText(
      'Calle 10 # 4-20',
    )

    await leave(page)
    const destinations = await recoveryDestinations(page, maria.idNumber)
    await expect(destinations.email).toHaveText('maf*****@cor*****')
  })
})

test.describe('pa: a change waits for review', () => {
  test.use({
    sandboxArgs: ['--profile', 'pa', '--send-cooldown', '0'],
    kioskConfig: kioskConfigForProfile(PROFILES.pa),
  })
  const roberto = demoMember('pa', 'active')
  const NEW_MOBILE = '+50769998877'

  test('in English: a phone change confirmed by e-mail waits, then applies once reviewed', async ({
    kiosk: page,
    stack,
  }) => {
    await page.getByRole('button', { name: 'English' }).click()
    await signInAs(page, 'active', 'pa')
    await page.getByRole('link', { name: /My personal data/ }).click()
    await expect(page.getByTestId('my-data-review-note')).toHaveText(
      'At this cooperative changes apply once an adviser has reviewed them.',
    )
    await page.getByTestId('my-data-change-mobile').click()
    await expect(page.getByTestId('change-value')).toHaveText('+507')
    await tapDigits(page, NEW_MOBILE.slice(4))
    // pa lets the current e-mail confirm a phone change (the phone may be lost).
    await page.getByTestId('via-email').check()
    await expectAccessible(page, 'change mobile (pa, English)')
    await page.getByTestId('change-request').click()
    await expect(page.getByTestId('code-confirm-to')).toHaveText('Code sent to rob*****@exa***** (current)')
    await expect(page.getByTestId('code-prove-to')).toHaveText('Code sent to ****8877 (new)')
    await expectAccessible(page, 'change codes (pa, English)')
    await enterChangeCodes(
      page,
      await codeSentTo(stack.sandboxUrl, roberto.email, 'contact-change-code'),
      await codeSentTo(stack.sandboxUrl, NEW_MOBILE, 'contact-change-proof'),
    )
    await expect(page.getByTestId('my-data-notice')).toHaveText(
      'Change received. It will apply once an adviser reviews it.',
    )
    await expect(page.getByTestId('my-data-mobile').getByTestId('my-data-value')).toHaveText(roberto.phone)
    await expect(page.getByTestId('my-data-pending-mobile')).toContainText('Under review')
    await expectAccessible(page, 'my data with a pending change')
    expect(await messagesTo(stack.sandboxUrl, NEW_MOBILE)).not.toContainEqual(
      expect.objectContaining({ template: 'contact-changed' }),
    )

    // A teller approves it (the teller screen's side is contact-review.spec.ts): here over the API.
    const teller = demoStaff('teller')
    const staff = (await (
      await fetch(`${stack.sandboxUrl}/v1/staff/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: teller.username, password: teller.password, terminalId: 'CAJA-01' }),
      })
    ).json()) as { token: string }
    const asStaff = { 'content-type': 'application/json', authorization: `Bearer ${staff.token}` }
    const queue = (await (
      await fetch(`${stack.sandboxUrl}/v1/teller/contact-changes`, { headers: asStaff })
    ).json()) as { changes: { changeId: string; idNumber: string }[] }
    const mine = queue.changes.find((c) => c.idNumber === roberto.idNumber)!
    const decided = await fetch(`${stack.sandboxUrl}/v1/teller/contact-changes/${mine.changeId}/decision`, {
      method: 'POST',
      headers: asStaff,
      body: JSON.stringify({ decision: 'approve' }),
    })
    expect(decided.status).toBe(200)
    await page.getByTestId('home').click()
    await page.getByRole('link', { name: /My personal data/ }).click()
    await expect(page.getByTestId('my-data-mobile').getByTestId('my-data-value')).toHaveText(NEW_MOBILE)
    await expect(page.getByTestId('my-data-pending')).toHaveCount(0)
    expect((await messagesTo(stack.sandboxUrl, NEW_MOBILE)).map((m) => m.template)).toContain(
      'contact-changed',
    )

    await leave(page)
    const destinations = await recoveryDestinations(page, roberto.idNumber)
    await expect(destinations.sms).toHaveText('****8877')
  })
})
