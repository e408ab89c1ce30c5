import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { expectAccessible } from '../support/axe'
import {
  blockQuestions,
  expect,
  fill,
  lockByWrongPasswords,
  lookUp,
  memberLogin,
  requestRecoveryKey,
  staffSignIn,
  test,
  WORDS,
} from './teller-support'

// Member lookup by ID number: each online-access status as the kiosk's own flows leave it (sign-ins,
// wrong passwords, a forgotten-password key, wrong security answers, all over the sandbox's HTTP API),
// with the last sign-ins and the credential events, in Spanish and in English.

const TELLER = demoStaff('teller')
const NOT_ENROLLED = demoMember('co', 'not-enrolled')
const ACTIVE = demoMember('co', 'active')
const CORE_LOCKED = demoMember('co', 'locked')
const TRIES_LOCKED = demoMember('co', 'no-loans')
const QUESTIONS = demoMember('co', 'overdue-loan')
const KEY_PENDING = demoMember('co', 'heavy')

for (const lang of ['es', 'en'] as const) {
  const w = WORDS[lang]
  const status = (s: keyof typeof w.member.statuses) => w.member.statuses[s]
  const actionButtons = (page: import('@playwright/test').Page) =>
    page.getByRole('region', { name: w.actions.title }).getByRole('button')

  test(`${lang}: every access status, the last sign-ins and the credential events`, async ({
    kiosk: page,
    stack,
  }) => {
    // The stage, set by the members' own doings at another kiosk.
    expect((await memberLogin(stack.sandboxUrl, ACTIVE.idNumber, ACTIVE.password)).status).toBe(200)
    await lockByWrongPasswords(stack.sandboxUrl, TRIES_LOCKED.idNumber)
    await blockQuestions(stack.sandboxUrl, QUESTIONS.idNumber, QUESTIONS.password)
    await requestRecoveryKey(stack.sandboxUrl, KEY_PENDING.idNumber)

    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await staffSignIn(page, TELLER, lang)

    // Not found: said plainly, nothing else shown.
    await page.getByLabel(w.lookup.idNumber, { exact: true }).pressSequentially('99999999')
    await page.getByRole('button', { name: w.lookup.submit, exact: true }).click()
    await expect(page.getByTestId('error-message')).toHaveText(w.lookup.notFound)
    await expect(page.getByTestId('member-panel')).toHaveCount(0)
    await expectAccessible(page, `teller lookup, not found (${lang})`)

    await lookUp(page, NOT_ENROLLED.idNumber, lang)
    const panel = page.getByTestId('member-panel')
    await expect(panel.getByRole('heading', { name: NOT_ENROLLED.fullName })).toBeVisible()
    await expect(panel).toContainText(fill(w.member.memberNumber, { number: NOT_ENROLLED.memberNumber }))
    await expect(page.getByTestId('access-status')).toHaveText(status('not-enrolled'))
    await expect(panel).toContainText(w.member.noSignIns)
    await expect(actionButtons(page)).toHaveText([w.actions.activate])
    await expectAccessible(page, `teller member, not enrolled (${lang})`)

    await lookUp(page, ACTIVE.idNumber, lang)
    await expect(page.getByTestId('access-status')).toHaveText(status('active'))
    // The sign-in just made at the other kiosk, and where the SMS or e-mail would go (masked).
    await expect(panel.getByRole('listitem').filter({ hasText: 'KIOSK-EAST' })).toHaveCount(1)
    await expect(panel).toContainText(
      fill(w.member.destinations, { sms: '****7812', email: 'mar*****@exa*****' }),
    )
    await expect(actionButtons(page)).toHaveText([
      w.actions.resetQuestions,
      w.actions.resetImage,
      w.actions.resendContract,
    ])
    await expectAccessible(page, `teller member, active (${lang})`)

    await lookUp(page, KEY_PENDING.idNumber, lang)
    await expect(page.getByTestId('access-status')).toHaveText(status('temporary-key-pending'))
    // The events in words, not the API's codes.
    const words = w.member.eventWords
    await expect(panel).toContainText(
      `${w.member.eventKinds['key-issued']} (${words.recovery} · ${words.sms})`,
    )
    await expect(panel).toContainText(
      `${w.member.eventKinds['message-sent']} (${words['recovery-key']} · ${words.sms})`,
    )
    await expect(panel).toContainText(w.form.deliveries.sms)

    await lookUp(page, CORE_LOCKED.idNumber, lang)
    await expect(page.getByTestId('access-status')).toHaveText(status('locked'))
    await expect(panel).toContainText(w.member.lockReasons.core)
    await expect(panel).toContainText(w.member.lockedUntilTeller)
    await expect(actionButtons(page).first()).toHaveText(w.actions.unlock)
    await expectAccessible(page, `teller member, locked (${lang})`)

    // Locked by three wrong passwords: when, after how many, until when; the lock is among the events.
    await lookUp(page, TRIES_LOCKED.idNumber, lang)
    await expect(page.getByTestId('access-status')).toHaveText(status('locked'))
    await expect(panel).toContainText(w.member.lockReasons['wrong-passwords'])
    await expect(panel).toContainText(lang === 'es' ? 'tras 3 intentos fallidos' : 'after 3 failed tries')
    await expect(panel).toContainText(fill(w.member.lockedUntil, { when: '' }).trim())
    await expect(panel).toContainText(
      `${w.member.eventKinds.locked} (${w.member.lockReasons['wrong-passwords']})`,
    )
    await expect(panel).toContainText(
      `${w.member.eventKinds['contract-accepted']} (${fill(w.member.eventWords.contractVersion, { version: '2026.1' })})`,
    )

    await lookUp(page, QUESTIONS.idNumber, lang)
    await expect(page.getByTestId('access-status')).toHaveText(status('questions-blocked'))
    await expect(panel).toContainText(fill(w.member.questionsBlockedUntil, { when: '' }).trim())
    await expect(panel.getByRole('listitem').filter({ hasText: 'KIOSK-EAST' })).toHaveCount(1)
    await expectAccessible(page, `teller member, questions blocked (${lang})`)

    // A member's secrets are never on the teller's screen.
    const html = await page.content()
    for (const m of [ACTIVE, CORE_LOCKED, TRIES_LOCKED, QUESTIONS, KEY_PENDING]) {
      expect(html).not.toContain(m.password)
      expect(html).not.toContain(m.securityPhrase)
    }
  })
}
