import { demoMember } from '../../../sandbox/seed/demo-members'
import { demoStaff } from '../../../sandbox/staff/demo-staff'
import { startFakePrinter } from '../../integration/support/fake-printer'
import { expectAccessible } from '../support/axe'
import { invokeFromPage } from '../support/kiosk-actions'
import { act, expect, keyOnSlip, lookUp, memberLogin, staffSignIn, test, WORDS } from './teller-support'

// The sealed slip when the desk's printer is off: the activation stands, the teller is told, and the same
// slip prints once the printer is back — within the staff session that made it, and never after it.

const TELLER = demoStaff('teller')
const SUPERVISOR = demoStaff('supervisor')
const SANDRA = demoMember('co', 'not-enrolled')

for (const lang of ['es', 'en'] as const) {
  const w = WORDS[lang]

  test(`${lang}: a slip that did not print is printed again once the printer is back`, async ({
    kiosk: page,
    stack,
    printer,
  }) => {
    await printer.close()
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await staffSignIn(page, TELLER, lang)
    await lookUp(page, SANDRA.idNumber, lang)
    await act(
      page,
      { action: 'activate', reason: w.reasons['first-access'], delivery: 'slip', supervisor: SUPERVISOR },
      lang,
    )
    const outcome = page.getByTestId('action-outcome')
    await expect(outcome).toContainText(w.done.activate)
    await expect(outcome).toContainText(w.done.slipNotPrinted)
    await expect(page.getByTestId('access-status')).toHaveText(w.member.statuses['temporary-key-pending'])
    await expectAccessible(page, `teller slip not printed (${lang})`)

    // Still off: the same answer, the button stays.
    const again = outcome.getByRole('button', { name: w.done.printAgain })
    // The try is over (main answered) before the printer comes back.
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/ipc/teller.printSlipAgain')),
      again.click(),
    ])
    await expect(outcome).toContainText(w.done.slipNotPrinted)
    await expect(again).toBeEnabled()

    const back = await startFakePrinter({ port: printer.port })
    try {
      await again.click()
      await expect(outcome).toContainText(w.done.slipPrinted)
      await expect(again).toHaveCount(0)
      const [job] = await back.waitForJobs(1)
      const key = keyOnSlip(job!, lang)
      expect(await page.content()).not.toContain(key)
      // Printed once: nothing is left to print.
      expect(await invokeFromPage(page, 'teller.printSlipAgain')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      // The slip's key is the member's new temporary key.
      const login = await memberLogin(stack.sandboxUrl, SANDRA.idNumber, key)
      expect(login.status).toBe(200)
    } finally {
      await back.close()
    }
  })
}

test('an unprinted slip is forgotten when the teller signs out', async ({ kiosk: page, printer }) => {
  const w = WORDS.es
  await printer.close()
  await staffSignIn(page, TELLER, 'es')
  await lookUp(page, SANDRA.idNumber, 'es')
  await act(
    page,
    { action: 'activate', reason: w.reasons['first-access'], delivery: 'slip', supervisor: SUPERVISOR },
    'es',
  )
  await expect(page.getByTestId('action-outcome')).toContainText(w.done.slipNotPrinted)
  await page.getByTestId('staff-sign-out').click()
  await staffSignIn(page, TELLER, 'es')
  await expect(page.getByRole('heading', { name: w.lookup.title })).toBeVisible()
  await expect(page.getByTestId('action-outcome')).toHaveCount(0)
  const back = await startFakePrinter({ port: printer.port })
  try {
    expect(await invokeFromPage(page, 'teller.printSlipAgain')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(back.jobs).toEqual([])
  } finally {
    await back.close()
  }
})
