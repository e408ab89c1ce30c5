import type { Page } from '@playwright/test'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { DEMO_STAFF, demoStaff, type DemoStaff } from '../../../sandbox/staff/demo-staff'
import { expectAccessible } from '../support/axe'
import {
  act,
  auditRows,
  expect,
  fill,
  keyOnSlip,
  lockByWrongPasswords,
  lookUp,
  slipText,
  staffSignIn,
  TERMINAL,
  test,
  WORDS,
} from './teller-support'

// Four eyes: a second unlock within 24 hours and an activation on a printed slip need a supervisor, who
// signs in on the teller's own screen; nobody approves their own action, and a teller is no supervisor.
// Then the audit: the teller's own day, the supervisor's branch.

const TELLER = demoStaff('teller')
/** A second teller, without the supervisor role. */
const OTHER_TELLER = DEMO_STAFF.find(
  (s) => s.roles.join() === 'teller' && s.username !== TELLER.username && !s.disabled,
)!
const SUPERVISOR = demoStaff('supervisor')
const NOT_ENROLLED = demoMember('co', 'not-enrolled')
const REPEAT = demoMember('co', 'no-loans')

for (const lang of ['es', 'en'] as const) {
  const w = WORDS[lang]

  /** The supervisor's fields of the open form, typed again, then Confirm. */
  async function approveWith(page: Page, who: Pick<DemoStaff, 'username' | 'password'>) {
    const approval = page.getByTestId('supervisor-approval')
    await approval.getByLabel(w.form.supervisor, { exact: true }).fill(who.username)
    await approval.getByLabel(w.form.supervisorPassword, { exact: true }).pressSequentially(who.password)
    await page.getByTestId('action-form').getByRole('button', { name: w.form.confirm }).click()
  }

  test(`${lang}: a repeated unlock and a paper activation need a supervisor on the same screen`, async ({
    kiosk: page,
    stack,
    printer,
  }, testInfo) => {
    const outcome = page.getByTestId('action-outcome')
    const error = page.getByTestId('action-form').getByTestId('error-message')
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await staffSignIn(page, TELLER, lang)

    // A first unlock is the teller's alone.
    await lockByWrongPasswords(stack.sandboxUrl, REPEAT.idNumber)
    await lookUp(page, REPEAT.idNumber, lang)
    await act(page, { action: 'unlock', reason: w.reasons['typing-mistakes'] }, lang)
    await expect(outcome).toContainText(w.done.unlock)
    await expect(outcome).not.toContainText(fill(w.done.approvedBy, { name: '' }).trim())

    // Locked again the same day: now a supervisor must approve.
    await lockByWrongPasswords(stack.sandboxUrl, REPEAT.idNumber)
    await lookUp(page, REPEAT.idNumber, lang)
    await act(page, { action: 'unlock', reason: w.reasons['forgot-password'], supervisor: TELLER }, lang)
    await expect(page.getByTestId('supervisor-approval')).toContainText(w.form.approvalWhy)
    // The teller cannot approve their own action…
    await expect(error).toHaveText(w.form.approvalRefused)
    await expect(page.getByTestId('access-status')).toHaveText(w.member.statuses.locked)
    await expectAccessible(page, `teller four eyes, refused (${lang})`)
    // …nor can another teller, nor the supervisor with a wrong password.
    await approveWith(page, OTHER_TELLER)
    await expect(error).toHaveText(w.form.approvalRefused)
    await approveWith(page, { username: SUPERVISOR.username, password: 'NoEsLaClave#9' })
    await expect(error).toContainText(w.form.supervisorWrong)
    await expect(page.getByTestId('supervisor-approval').getByLabel(w.form.supervisorPassword)).toHaveValue(
      '',
    )
    await approveWith(page, SUPERVISOR)
    await expect(outcome).toContainText(w.done.unlock)
    await expect(outcome).toContainText(fill(w.done.approvedBy, { name: SUPERVISOR.username }))
    await expect(page.getByTestId('access-status')).toHaveText(w.member.statuses.active)

    // A paper activation: approved, printed on the desk's printer, the key on paper only.
    await lookUp(page, NOT_ENROLLED.idNumber, lang)
    await act(
      page,
      {
        action: 'activate',
        reason: w.reasons['no-registered-phone-access'],
        delivery: 'slip',
        supervisor: SUPERVISOR,
      },
      lang,
    )
    await expect(outcome).toContainText(w.done.slipPrinted)
    await expect(outcome).toContainText(fill(w.done.approvedBy, { name: SUPERVISOR.username }))
    await expect(page.getByTestId('access-status')).toHaveText(w.member.statuses['temporary-key-pending'])
    await expect(page.getByTestId('member-panel')).toContainText(w.form.deliveries.slip)
    const [job] = await printer.waitForJobs(1)
    const key = keyOnSlip(job!, lang)
    expect(key).toMatch(/^[A-Za-z0-9]{4,}$/)
    expect(slipText(job!)).toContain(NOT_ENROLLED.fullName)
    expect(slipText(job!)).toContain(TERMINAL)
    expect(slipText(job!)).not.toContain(NOT_ENROLLED.idNumber)
    expect(await page.content()).not.toContain(key)
    await expectAccessible(page, `teller slip printed (${lang})`)

    // The teller's day: their own six rows, refusals included.
    await page.getByRole('link', { name: w.nav.audit }).click()
    const rows = page.getByTestId('audit-table').locator('tbody tr')
    await expect(rows).toHaveCount(6)
    await expect(rows.filter({ hasText: fill(w.audit.refused, { code: 'FORBIDDEN' }) })).toHaveCount(2)
    await expect(
      rows.filter({ hasText: fill(w.audit.refused, { code: 'INVALID_CREDENTIALS' }) }),
    ).toHaveCount(1)
    await expect(rows.filter({ hasText: SUPERVISOR.username })).toHaveCount(3)
    // A refused approval reads as asked, never as approved.
    await expect(rows.filter({ hasText: fill(w.audit.askedOf, { name: TELLER.username }) })).toHaveCount(1)
    await expect(rows.filter({ hasText: fill(w.audit.askedOf, { name: SUPERVISOR.username }) })).toHaveCount(
      1,
    )
    await expect(page.getByRole('group', { name: w.audit.scope })).toHaveCount(0)

    // The supervisor signs in at the desk: cannot approve her own unlock either; sees the branch's day.
    await page.getByTestId('staff-sign-out').click()
    await staffSignIn(page, SUPERVISOR, lang)
    await lockByWrongPasswords(stack.sandboxUrl, REPEAT.idNumber)
    await lookUp(page, REPEAT.idNumber, lang)
    await act(page, { action: 'unlock', reason: w.reasons['lock-reviewed'], supervisor: SUPERVISOR }, lang)
    await expect(error).toHaveText(w.form.approvalRefused)

    await page.getByRole('link', { name: w.nav.branchAudit }).click()
    await expect(page.getByRole('heading', { name: w.audit.branchTitle })).toBeVisible()
    await expect(rows).toHaveCount(7)
    await expect(rows.filter({ hasText: TELLER.username })).toHaveCount(6)
    await expectAccessible(page, `teller branch audit (${lang})`)
    await page.getByRole('group', { name: w.audit.scope }).getByRole('button', { name: w.audit.own }).click()
    await expect(page.getByRole('heading', { name: w.audit.title })).toBeVisible()
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(SUPERVISOR.username)
    await expect(rows.first()).toContainText(fill(w.audit.refused, { code: 'FORBIDDEN' }))

    // The sandbox's table, row for row.
    const stored = auditRows(stack.dataFile)
    expect(stored.map((r) => [r.staff_username, r.action, r.delivery, r.approved_by, r.result])).toEqual([
      [TELLER.username, 'unlock', null, null, 'ok'],
      [TELLER.username, 'unlock', null, TELLER.username, 'FORBIDDEN'],
      [TELLER.username, 'unlock', null, OTHER_TELLER.username, 'FORBIDDEN'],
      [TELLER.username, 'unlock', null, SUPERVISOR.username, 'INVALID_CREDENTIALS'],
      [TELLER.username, 'unlock', null, SUPERVISOR.username, 'ok'],
      [TELLER.username, 'activate', 'slip', SUPERVISOR.username, 'ok'],
      [SUPERVISOR.username, 'unlock', null, SUPERVISOR.username, 'FORBIDDEN'],
    ])
    for (const r of stored) expect(r.terminal_id).toBe(TERMINAL)
    // The key is stored as its keyed hash only: not in the audit, not anywhere in the table's text.
    expect(JSON.stringify(stored)).not.toContain(key)
    await testInfo.attach('teller-audit-rows', {
      body: JSON.stringify(stored),
      contentType: 'application/json',
    })
  })
}
