import type { Page } from '@playwright/test'
import { PROFILES, kioskConfigForProfile } from '../../../shared/config/profiles'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { expectAccessible } from '../support/axe'
import { enterId, typeOnKeyboard } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'
import { answerDemoQuestion } from '../credentials/credentials-actions'

// Issue 16, flows 3, 5, 6 and 7: the pa security question at sign-in, "No es mi imagen" reported and
// shown to staff, the terms of use, and "¿Nunca ha tenido clave?" for every ID; Spanish and English.

const LANGS = ['es', 'en'] as const
type Lang = (typeof LANGS)[number]
const W = {
  es: {
    question: 'Antes de ver su imagen de seguridad',
    wrong: 'La respuesta no es correcta.',
    blocked: 'Hubo demasiados intentos seguidos.',
    reportedTitle: 'Reportamos que no es su imagen',
    termsLine: 'Al ingresar usted acepta los términos y condiciones de uso.',
    termsTitle: 'Términos y condiciones de uso del kiosco',
    firstAccess: ['¿Nunca ha tenido clave?', 'Inscríbase aquí'],
    enrollHeading: 'Registro de usuario en línea',
  },
  en: {
    question: 'Before you see your security picture',
    wrong: 'That answer is not right.',
    blocked: 'There were too many attempts in a row.',
    reportedTitle: 'We reported that it is not your picture',
    termsLine: 'By signing in you accept the terms and conditions of use.',
    termsTitle: 'Terms of use of the',
    firstAccess: ['Never had a key?', 'Sign up here'],
    enrollHeading: 'Sign up for online access',
  },
} satisfies Record<Lang, unknown>

async function inLanguage(page: Page, lang: Lang) {
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

async function typeId(page: Page, idNumber: string) {
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially(idNumber)
}

test.describe('pa: a security question after the ID, before the image and the password', () => {
  test.use({
    sandboxArgs: ['--profile', 'pa', '--sign-in-question', '2', '--question-block', '3'],
    kioskConfig: kioskConfigForProfile(PROFILES.pa),
  })
  const member = demoMember('pa', 'active')

  for (const lang of LANGS) {
    test(`${lang}: wrong answers count, the same question after a block, a right one leads to the image`, async ({
      kiosk: page,
    }) => {
      await inLanguage(page, lang)
      await enterId(page, member.idNumber)
      await expect(page.getByText(W[lang].question)).toBeVisible()
      const question = page.getByTestId('security-question')
      const asked = await question.getAttribute('data-question')
      await expectAccessible(page, `sign-in question (${lang})`)

      for (let i = 0; i < 2; i++) {
        await typeOnKeyboard(page, 'nada')
        await page.getByTestId('answer-submit').click()
        await expect(page.getByTestId('error-message')).toContainText(W[lang].wrong)
        await expect(question).toHaveAttribute('data-question', asked!)
      }
      await typeOnKeyboard(page, 'nada')
      await page.getByTestId('answer-submit').click()
      await expect(page.getByTestId('error-message')).toContainText(W[lang].blocked)
      await expect(question).toHaveCount(0)

      // After the block (3 s here) the member starts again: the same question, still unanswered.
      await page.getByRole('button', { name: lang === 'es' ? 'Volver al inicio' : 'Back to start' }).click()
      // Meanwhile the ID step says how long to wait.
      await enterId(page, member.idNumber)
      await expect(page.getByTestId('error-message')).toContainText(W[lang].blocked)
      await expect(async () => {
        if ((await question.count()) === 0) await page.getByTestId('id-continue').click()
        await expect(question).toHaveAttribute('data-question', asked!, { timeout: 1000 })
      }).toPass({ timeout: 15_000 })

      await answerDemoQuestion(page)
      await expect(page.getByTestId('security-phrase')).toHaveText(`“${member.securityPhrase}”`)
      await page.getByTestId('confirm-image').click()
      await typeOnKeyboard(page, member.password)
      await page.getByTestId('login-submit').click()
      await expect(page.getByTestId('member-full-name')).toContainText(member.fullName.toUpperCase())
    })
  }

  test('an unknown ID is asked a question too, and no answer gets past it', async ({ kiosk: page }) => {
    await enterId(page, '99887766')
    await expect(page.getByTestId('security-question')).toBeVisible()
    await typeOnKeyboard(page, 'bombero')
    await page.getByTestId('answer-submit').click()
    await expect(page.getByTestId('error-message')).toContainText(W.es.wrong)
    await expect(page.getByTestId('security-phrase')).toHaveCount(0)
  })
})

test.describe('co: no question at sign-in', () => {
  test.use({ sandboxArgs: ['--sign-in-question', '2'] })
  test('the ID leads straight to the image', async ({ kiosk: page }) => {
    const maria = demoMember('co', 'active')
    await enterId(page, maria.idNumber)
    await expect(page.getByTestId('security-phrase')).toHaveText(`“${maria.securityPhrase}”`)
    await expect(page.getByTestId('security-question')).toHaveCount(0)
  })
})

for (const lang of LANGS) {
  test(`${lang}: "No es mi imagen" is reported, the member is told whom to call, staff see the event`, async ({
    kiosk: page,
    stack,
  }) => {
    const maria = demoMember('co', 'active')
    await inLanguage(page, lang)
    await enterId(page, maria.idNumber)
    await page.getByTestId('not-my-image').click()
    await expect(page.getByRole('heading', { name: W[lang].reportedTitle })).toBeVisible()
    await expect(page.getByTestId('service-number')).toHaveText('(601) 555 0100')
    const reference = (await page.getByTestId('report-reference').innerText()).trim()
    expect(reference).toMatch(/^SEG-[0-9A-F]{8}$/)
    await expectAccessible(page, `image reported (${lang})`)
    await page.getByTestId('reported-done').click()
    await expect(page.getByTestId('start')).toBeVisible()

    // What the teller's desk reads for this member: the event, with this kiosk and the reference.
    const teller = demoStaff('teller')
    const signIn = await fetch(`${stack.sandboxUrl}/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: teller.username, password: teller.password, terminalId: 'CAJA-01' }),
    })
    const { token } = (await signIn.json()) as { token: string }
    const lookup = await fetch(`${stack.sandboxUrl}/v1/teller/members/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ idNumber: maria.idNumber }),
    })
    const view = (await lookup.json()) as { events: { kind: string; detail: string | null }[] }
    expect(view.events).toContainEqual(
      expect.objectContaining({ kind: 'image-reported', detail: `KIOSK-001 ${reference}` }),
    )
  })

  test(`${lang}: the terms of use are named on the ID step and readable in a scrolling panel`, async ({
    kiosk: page,
  }) => {
    await inLanguage(page, lang)
    await page.getByTestId('start').click()
    await expect(page.getByTestId('terms-line')).toContainText(W[lang].termsLine)
    await page.getByTestId('terms-link').click()
    const panel = page.getByTestId('terms-text')
    await expect(page.getByRole('heading', { name: new RegExp(W[lang].termsTitle) })).toBeVisible()
    await expect(panel).toContainText('Cooperativa de Ahorro y Crédito Los Andes')
    const scrolls = await panel.evaluate((el) => getComputedStyle(el).overflowY)
    expect(scrolls).toBe('auto')
    await expectAccessible(page, `terms of use (${lang})`)
    await page.getByTestId('terms-back').click()
    await expect(page.getByTestId('id-input')).toBeVisible()
  })

  test(`${lang}: "¿Nunca ha tenido clave?" is the same line for a member and an unknown ID`, async ({
    kiosk: page,
  }) => {
    await inLanguage(page, lang)
    const lines: string[] = []
    for (const idNumber of [demoMember('co', 'active').idNumber, '99887766554']) {
      await typeId(page, idNumber)
      await page.getByTestId('forgot-password').click()
      await expect(page.getByTestId('destination-sms')).toBeVisible()
      lines.push((await page.getByTestId('first-access').innerText()).trim())
      await page.getByTestId('first-access-enroll').click()
      await expect(page.getByRole('heading', { name: W[lang].enrollHeading })).toBeVisible()
      await page.getByRole('button', { name: lang === 'es' ? 'Cancelar' : 'Cancel' }).click()
      await expect(page.getByTestId('start')).toBeVisible()
    }
    for (const part of W[lang].firstAccess) expect(lines[0]).toContain(part)
    expect(lines[1]).toBe(lines[0])
  })
}
