import { demoMember } from '../../sandbox/seed/demo-members'
import { expectNoMemberTrace, signIn } from './support/kiosk-actions'
import { expect, test } from './support/stack'

const maria = demoMember('co', 'active')

// The renderer's clock is Playwright's fake clock, so two minutes of idleness take no real time.
test('idle countdown warns 30 s before the end, can be extended, then logs out leaving no member data', async ({
  page,
  stack,
}) => {
  await page.clock.install()
  await page.goto(stack.launchUrl)
  await signIn(page, maria)
  const countdown = page.getByTestId('session-countdown')
  await expect(countdown).toContainText('2:00')

  await page.clock.runFor(60_000)
  await expect(countdown).toContainText('1:00')
  await expect(page.getByTestId('timeout-dialog')).toHaveCount(0)

  await page.clock.runFor(31_000)
  const dialog = page.getByTestId('timeout-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Su sesión está por terminar')
  await expect(page.getByTestId('extend-session')).toBeFocused()

  await page.getByTestId('extend-session').click()
  await expect(dialog).toHaveCount(0)
  await expect(countdown).toContainText(/2:00|1:59/)
  await expect(page.getByTestId('member-full-name')).toBeVisible()

  await page.clock.runFor(121_000)
  await expect(page.getByTestId('goodbye-reason')).toContainText('inactividad')
  await page.clock.runFor(15_000)
  await expect(page.getByTestId('start')).toBeVisible()
  await expectNoMemberTrace(page, maria)
})

test('a half-typed sign-in is abandoned after the idle time', async ({ page, stack }) => {
  await page.clock.install()
  await page.goto(stack.launchUrl)
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').pressSequentially('5287')
  await page.clock.runFor(125_000)
  await expect(page.getByTestId('start')).toBeVisible()
  await page.getByTestId('start').click()
  await expect(page.getByTestId('id-input')).toHaveValue('')
})
