import type { Page } from '@playwright/test'
import { HELP_DEFAULTS } from '../../../shared/config/help-defaults'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { expectAccessible } from '../support/axe'
import { signIn } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'

const maria = demoMember('co', 'active')
const help = HELP_DEFAULTS.co

/** The help page explains the screen it was opened from, lists the FAQ and contacts; "Volver" returns. */
async function expectHelpFor(page: Page, screenText: string | RegExp, lang: 'es' | 'en') {
  await page.getByTestId('help-button').click()
  await expect(page.getByTestId('screen-help')).toContainText(screenText)
  for (const e of help.faq) await expect(page.getByTestId('faq')).toContainText(e.question[lang])
  await expect(page.getByTestId('contacts')).toContainText(help.callCentre[0]!.number)
  await expect(page.getByTestId('contacts')).toContainText(help.branchHours[0]!.days[lang])
}

async function leave(page: Page) {
  await page.getByTestId('secure-exit').click()
  await expect(page.getByTestId('goodbye-reason')).toBeVisible()
  await page.getByRole('button', { name: /Volver al inicio|Back to start/ }).click()
  await expect(page.getByTestId('start')).toBeVisible()
}

test('help on welcome, the ID step and home explains each screen and returns; the header tells the last sign-in', async ({
  kiosk: page,
}) => {
  const kioskId = (await page.getByTestId('kiosk-id').textContent())!.trim()

  await expectHelpFor(page, 'Este equipo le permite consultar sus productos', 'es')
  await expectAccessible(page, 'help (before sign-in)')
  await page.getByTestId('faq-pse').click()
  await expect(page.getByText(help.faq.find((e) => e.id === 'pse')!.answer.es)).toBeVisible()
  await page.getByTestId('help-back').click()
  await expect(page.getByTestId('start')).toBeVisible()

  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially('5287')
  await expectHelpFor(page, 'Si no recuerda cuál usa, toque "¿Olvidó su usuario?"', 'es')
  await page.getByTestId('help-back').click()
  await expect(page.getByTestId('id-input')).toBeVisible()

  // "¿Olvidó su usuario?" opens its answer: ID number or username.
  await page.getByTestId('forgot-user').click()
  const forgotUser = help.faq.find((e) => e.id === 'forgot-user')!
  await expect(page.getByText(forgotUser.answer.es)).toBeVisible()
  await expectAccessible(page, 'help (¿Olvidó su usuario?)')
  await page.getByTestId('help-back').click()
  await expect(page.getByTestId('id-input')).toBeVisible()
  await page.getByRole('button', { name: 'Cancelar' }).click()

  // First sign-in: there is no previous one.
  await signIn(page, maria)
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  await expect(page.getByTestId('last-sign-in')).toHaveText('Última conexión: esta es su primera conexión.')
  await leave(page)

  // Second sign-in: greeting, the date and time, and the first sign-in with this kiosk.
  await signIn(page, maria)
  await expect(page.getByTestId('member-full-name')).toBeVisible()
  await expect(page.getByTestId('greeting')).toHaveText(/^Buen(os días|as tardes|as noches), María$/)
  const today = new Intl.DateTimeFormat('es-CO', { dateStyle: 'full' }).format(new Date())
  await expect(page.getByTestId('header-now')).toContainText(today.slice(1))
  await expect(page.getByTestId('header-now')).toContainText(/\d{1,2}:\d{2}\s?[ap]\.\s?m\./)
  const last = page.getByTestId('last-sign-in')
  await expect(last).toContainText(/Última conexión: \d{1,2} de \w+ de \d{4}(,| a las) \d{1,2}:\d{2}/)
  await expect(last).toContainText(`Kiosco ${kioskId}`)
  await expect(last).toContainText('Si no fue usted, acérquese a un asesor.')
  await expectAccessible(page, 'home with the session header')

  await expectHelpFor(page, 'Esta es su página de inicio', 'es')
  await expect(page.getByTestId('secure-exit')).toBeVisible()
  await expectAccessible(page, 'help (signed in)')
  await page.getByTestId('help-back').click()
  await expect(page.getByTestId('member-full-name')).toBeVisible()
})

test('in English: help and the header speak it', async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'English' }).click()
  await expectHelpFor(page, 'This kiosk lets you check your products', 'en')
  await expectAccessible(page, 'help (English)')
  await page.getByTestId('help-back').click()

  await signIn(page, maria)
  await expect(page.getByTestId('last-sign-in')).toHaveText('Last sign-in: this is your first sign-in.')
  await leave(page)
  await page.getByRole('button', { name: 'English' }).click()
  await signIn(page, maria)
  await expect(page.getByTestId('greeting')).toHaveText(/^Good (morning|afternoon|evening), María$/)
  const today = new Intl.DateTimeFormat('en-CO', { dateStyle: 'full' }).format(new Date())
  await expect(page.getByTestId('header-now')).toContainText(today)
  await expect(page.getByTestId('last-sign-in')).toContainText(/Last sign-in: \w+ \d{1,2}, \d{4}/)
  await expect(page.getByTestId('last-sign-in')).toContainText('If it was not you, please see an adviser.')

  await expectHelpFor(page, 'This is your home page', 'en')
  await page.getByTestId('help-back').click()
  await expect(page.getByTestId('member-full-name')).toBeVisible()
})
