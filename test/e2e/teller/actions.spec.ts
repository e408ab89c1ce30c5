import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { readOutbox } from '../credentials/credentials-actions'
import { expectAccessible } from '../support/axe'
import {
  act,
  auditRows,
  expect,
  fill,
  fillAction,
  lookUp,
  staffSignIn,
  TERMINAL,
  test,
  WORDS,
} from './teller-support'

// Every teller action with its reason and the identity checklist, in Spanish and in English: activation
// by SMS, unlock, reset of the security questions and of the image and phrase, the contract resent; each
// one on the teller's audit screen and in the sandbox's append-only audit table.

const TELLER = demoStaff('teller')
const NOT_ENROLLED = demoMember('co', 'not-enrolled')
const ACTIVE = demoMember('co', 'active')
const LOCKED = demoMember('co', 'locked')

for (const lang of ['es', 'en'] as const) {
  const w = WORDS[lang]
  // The key by SMS in Spanish, by e-mail in English: both destinations on file, masked on screen.
  const delivery = lang === 'es' ? 'sms' : 'email'
  const masked = { sms: '****3129', email: 'san*****@exa*****' }[delivery]

  test(`${lang}: activate by ${delivery}, unlock, reset questions, reset image and phrase, resend the contract`, async ({
    kiosk: page,
    stack,
  }, testInfo) => {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await staffSignIn(page, TELLER, lang)
    const outcome = page.getByTestId('action-outcome')
    const status = page.getByTestId('access-status')

    // Activation: the form asks for a reason and the three identity checks before anything is sent.
    await lookUp(page, NOT_ENROLLED.idNumber, lang)
    await fillAction(page, { action: 'activate', reason: w.reasons['first-access'], skipCheck: true }, lang)
    await expect(page.getByTestId('supervisor-approval')).toHaveCount(0)
    await expectAccessible(page, `teller action form (${lang})`)
    await page.getByTestId('action-form').getByRole('button', { name: w.form.confirm }).click()
    await expect(page.getByTestId('action-form').getByRole('alert').first()).toHaveText(w.form.incomplete)
    expect(await readOutbox(stack.sandboxUrl, NOT_ENROLLED.idNumber)).toEqual([])
    // A paper slip would need a supervisor: the form says so as soon as it is chosen.
    await page.getByRole('radio', { name: new RegExp(`^${w.form.deliveries.slip}`) }).check()
    await expect(page.getByTestId('supervisor-approval')).toContainText(w.form.approvalWhy)
    await page.getByRole('button', { name: w.form.cancel }).click()

    await act(page, { action: 'activate', reason: w.reasons['first-access'], delivery }, lang)
    await expect(outcome).toContainText(w.done.activate)
    await expect(outcome).toContainText(fill(w.done.sentTo, { destination: masked }))
    await expect(status).toHaveText(w.member.statuses['temporary-key-pending'])
    await expectAccessible(page, `teller action done (${lang})`)
    const [sent] = await readOutbox(stack.sandboxUrl, NOT_ENROLLED.idNumber)
    expect(sent).toMatchObject({
      channel: delivery,
      recipient: delivery === 'sms' ? NOT_ENROLLED.phone : NOT_ENROLLED.email,
      template: 'teller-activation-key',
    })
    // The key went to the member's phone or mailbox, never to the teller's screen.
    const key = /clave temporal es ([^\s.]+)\./.exec(sent!.text)?.[1]
    expect(key).toMatch(/^\S{4,}$/)
    expect(await page.content()).not.toContain(key)

    // Unlock the member the core locked.
    await lookUp(page, LOCKED.idNumber, lang)
    await act(page, { action: 'unlock', reason: w.reasons['lock-reviewed'] }, lang)
    await expect(outcome).toContainText(w.done.unlock)
    await expect(status).toHaveText(w.member.statuses.active)
    await expect(page.getByTestId('action-unlock')).toHaveCount(0)
    await expect(page.getByTestId('member-panel')).toContainText(
      `${w.member.eventKinds['teller-action']} (${w.actions.unlock}: ${w.audit.ok})`,
    )

    // Reset questions, reset image and phrase, resend the contract (by e-mail).
    await lookUp(page, ACTIVE.idNumber, lang)
    await act(page, { action: 'resetQuestions', reason: w.reasons['forgot-answers'] }, lang)
    await expect(outcome).toContainText(w.done.resetQuestions)
    await expect(page.getByTestId('member-panel')).toContainText(w.member.setupSteps.securityQuestions)
    await act(page, { action: 'resetImage', reason: w.reasons['suspected-phishing'] }, lang)
    await expect(outcome).toContainText(w.done.resetImage)
    await expect(page.getByTestId('member-panel')).toContainText(w.member.setupSteps.securityImage)
    await act(page, { action: 'resendContract', reason: w.reasons['lost-copy'] }, lang)
    await expect(outcome).toContainText(w.done.resendContract)
    await expect(outcome).toContainText(fill(w.done.sentTo, { destination: 'mar*****@exa*****' }))
    const [mail] = await readOutbox(stack.sandboxUrl, ACTIVE.idNumber)
    expect(mail).toMatchObject({ channel: 'email', recipient: ACTIVE.email, template: 'service-contract' })

    // The teller's own actions of the day, newest first, reasons in words.
    await page.getByRole('link', { name: w.nav.audit }).click()
    await expect(page.getByRole('heading', { name: w.audit.title })).toBeVisible()
    const rows = page.getByTestId('audit-table').locator('tbody tr')
    await expect(rows).toHaveCount(5)
    await expect(rows.nth(0)).toContainText(w.actions.resendContract)
    await expect(rows.nth(0)).toContainText(w.reasons['lost-copy'])
    await expect(rows.nth(4)).toContainText(w.actions.activate)
    await expect(rows.nth(4)).toContainText(w.reasons['first-access'])
    await expect(rows.nth(4)).toContainText(w.form.deliveries[delivery])
    for (let i = 0; i < 5; i++) {
      await expect(rows.nth(i)).toContainText(TELLER.username)
      await expect(rows.nth(i)).toContainText(TERMINAL)
      await expect(rows.nth(i)).toContainText(w.audit.ok)
    }
    await expectAccessible(page, `teller audit (${lang})`)

    // As the sandbox stored them: append-only, one row per action, the checklist with each.
    const stored = auditRows(stack.dataFile)
    expect(stored.map((r) => [r.action, r.reason, r.delivery, r.result])).toEqual([
      ['activate', 'first-access', delivery, 'ok'],
      ['unlock', 'lock-reviewed', null, 'ok'],
      ['resetQuestions', 'forgot-answers', null, 'ok'],
      ['resetImage', 'suspected-phishing', null, 'ok'],
      ['resendContract', 'lost-copy', null, 'ok'],
    ])
    for (const r of stored) {
      expect(r).toMatchObject({ staff_username: TELLER.username, terminal_id: TERMINAL, approved_by: null })
      expect(JSON.parse(r.checklist)).toEqual({
        idDocumentSeen: true,
        photoMatches: true,
        signatureMatches: true,
      })
    }
    await testInfo.attach('teller-audit-rows', {
      body: JSON.stringify(stored),
      contentType: 'application/json',
    })
  })
}
