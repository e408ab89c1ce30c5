import { demoMember } from '../../../sandbox/seed/demo-members'
import { DEMO_STAFF, demoStaff, type DemoStaff } from '../../../sandbox/staff/demo-staff'
import { startLdapDirectory, type LdapDirectory } from '../../../sandbox/testing/ldap-directory'
import { expectAccessible } from '../support/axe'
import {
  act,
  expect,
  fill,
  keyOnSlip,
  lookUp,
  staffSignIn,
  test as tellerTest,
  WORDS,
} from './teller-support'

// The same desk against the cooperative's directory: a real OpenLDAP (Debian's slapd) started for the
// test, the sandbox binding to it (--ldap-url). The directory's passwords differ from the sandbox's own
// staff table, so only an LDAP bind lets anyone in.

const inDirectory = (s: DemoStaff): DemoStaff => ({ ...s, password: s.password.replace('2024', 'Dir25') })
const STAFF = DEMO_STAFF.map(inDirectory)
const TELLER = inDirectory(demoStaff('teller'))
const SUPERVISOR = inDirectory(demoStaff('supervisor'))
const DISABLED = inDirectory(demoStaff('disabled'))
const IT = inDirectory(demoStaff('it'))
const SANDRA = demoMember('co', 'not-enrolled')

const test = tellerTest.extend<{ directory: LdapDirectory }>({
  // eslint-disable-next-line no-empty-pattern
  directory: async ({}, use) => {
    const directory = await startLdapDirectory(STAFF)
    await use(directory)
    await directory.stop()
  },
  sandboxArgs: async ({ directory }, use) => {
    const o = directory.options
    await use([
      '--ldap-url',
      o.url,
      '--ldap-base-dn',
      o.baseDn,
      '--ldap-bind-dn',
      o.bindDn!,
      '--ldap-bind-password',
      o.bindPassword!,
    ])
  },
})

test('staff sign in by an LDAP bind: groups give the roles, a disabled account and IT are refused, a supervisor approves', async ({
  kiosk: page,
  printer,
}) => {
  const w = WORDS.es
  const error = page.getByTestId('error-message')
  const username = page.getByLabel(w.signIn.username, { exact: true })

  // The staff table's password is not the directory's.
  await staffSignIn(page, demoStaff('teller'), 'es')
  await expect(error).toContainText(w.signIn.wrong)
  await username.fill('')
  await staffSignIn(page, DISABLED, 'es')
  await expect(error).toHaveText(w.signIn.disabled)
  await username.fill('')
  await staffSignIn(page, IT, 'es')
  await expect(error).toHaveText(w.signIn.notDesk)
  await expectAccessible(page, 'teller sign-in over LDAP (refused)')

  await username.fill('')
  await staffSignIn(page, TELLER, 'es')
  await expect(page.getByRole('heading', { name: w.lookup.title })).toBeVisible()
  // A teller's group gives no branch audit.
  await expect(page.getByRole('link', { name: w.nav.audit })).toBeVisible()

  // The supervisor's approval is an LDAP bind too.
  await lookUp(page, SANDRA.idNumber, 'es')
  await act(
    page,
    { action: 'activate', reason: w.reasons['first-access'], delivery: 'slip', supervisor: SUPERVISOR },
    'es',
  )
  await expect(page.getByTestId('action-outcome')).toContainText(w.done.slipPrinted)
  await expect(page.getByTestId('action-outcome')).toContainText(
    fill(w.done.approvedBy, { name: SUPERVISOR.username }),
  )
  const key = keyOnSlip((await printer.waitForJobs(1))[0]!, 'es')
  expect(await page.content()).not.toContain(key)

  // The supervisor, signed in from her groups, sees the branch's day.
  await page.getByTestId('staff-sign-out').click()
  await staffSignIn(page, SUPERVISOR, 'es')
  await page.getByRole('link', { name: w.nav.branchAudit }).click()
  await expect(page.getByTestId('audit-table').locator('tbody tr')).toHaveCount(1)
})
