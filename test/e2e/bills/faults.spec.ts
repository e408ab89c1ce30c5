import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { verifyJournalFile, type JournalEntry } from '../../../electron/services/payments/journal'
import type { BillChallenge, RegisteredService } from '../../../shared/api/bills'
import { contractFor } from '../../../sandbox/testing/bills'
import {
  expect,
  expectAccessible,
  ipc,
  latestOperationCode,
  paymentAccounts,
  signInAs,
  tapDigits,
  test,
} from '../payments/transfer-actions'

/** Arms the sandbox's fault switch for the next bill payment (the kiosk's API timeout is 3 s in e2e). */
async function arm(sandboxUrl: string, fault: { kind: string; phase: 'before' | 'after'; delayMs?: number }) {
  const res = await fetch(`${sandboxUrl}/sandbox/payments/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ route: 'billPay', ...fault }),
  })
  expect(res.status).toBe(200)
}

const available = async (page: Page, id: string) =>
  (await paymentAccounts(page)).accounts.find((a) => a.id === id)!.available.amountMinor

test.describe('bill payments under faults', () => {
  test.use({ sandboxArgs: ['--send-cooldown', '0', '--otp-cooldown', '0'] })
  test.setTimeout(120_000)

  test('500 after applying → done; reset before → not done, retried once → done; held past the timeout → being confirmed, then done', async ({
    kiosk: page,
    stack,
  }) => {
    const member = await signInAs(page, 'active')
    const from = (await paymentAccounts(page)).accounts[0]!
    // A top-up service, registered through main as the screens do.
    const draft = {
      billerId: 'tigo-recarga',
      contractNumber: contractFor('co', 'tigo-recarga', '31'),
      debitAccountId: from.id,
    }
    const { challengeId } = await ipc<BillChallenge>(page, 'bills.authorizeService', draft)
    const code = await latestOperationCode(stack.sandboxUrl, member.idNumber)
    const service = await ipc<RegisteredService>(page, 'bills.addService', { ...draft, challengeId, code })
    let expected = from.available.amountMinor

    const payFromList = async (units: string) => {
      await page.getByRole('link', { name: /Pago de servicios/ }).click()
      await page.getByTestId(`service-${service.biller.id}`).getByTestId('service-pay').click()
      await tapDigits(page, units)
    }
    const home = async () => {
      await page.getByTestId('bill-home').click()
      await expect(page.getByTestId('member-full-name')).toBeVisible()
    }

    // 500 after applying: the money moved; main looks the key up and tells it done.
    await payFromList('10000')
    await arm(stack.sandboxUrl, { kind: 'http500', phase: 'after' })
    await page.getByTestId('pay-confirm').click()
    await expect(page.getByTestId('bill-completed')).toBeVisible()
    expected -= 1_000_000
    expect(await available(page, from.id)).toBe(expected)
    await home()

    // Reset before applying: nothing moved, told so; "Intentar de nuevo" reuses the key and pays once.
    await payFromList('20000')
    await arm(stack.sandboxUrl, { kind: 'reset', phase: 'before' })
    await page.getByTestId('pay-confirm').click()
    await expect(page.getByTestId('bill-not_applied')).toContainText('El pago no se realizó')
    await expectAccessible(page, 'bill not applied')
    expect(await available(page, from.id)).toBe(expected)
    await page.getByTestId('bill-retry').click()
    await expect(page.getByTestId('bill-completed')).toBeVisible()
    expected -= 2_000_000
    expect(await available(page, from.id)).toBe(expected)
    await home()

    // Held past the kiosk's timeout: "being confirmed", then settled by itself.
    await payFromList('30000')
    await arm(stack.sandboxUrl, { kind: 'delay', phase: 'before', delayMs: 4500 })
    await page.getByTestId('pay-confirm').click()
    await expect(page.getByTestId('bill-pending')).toContainText('Estamos confirmando su pago')
    await expectAccessible(page, 'bill being confirmed')
    await expect(page.getByTestId('bill-completed')).toBeVisible({ timeout: 30_000 })
    expected -= 3_000_000
    expect(await available(page, from.id)).toBe(expected)

    // The journal tells the same story on an intact chain: three payments, each completed once.
    const journal = verifyJournalFile(join(stack.dataDir, 'journal', 'electronic-journal.jsonl'))
    expect(journal.ok).toBe(true)
    const entries = journal.entries as (JournalEntry & { outcome?: string; operation?: string })[]
    const intents = entries.filter((e) => e.type === 'intent' && e.operation === 'topup')
    expect(intents).toHaveLength(3)
    for (const i of intents)
      expect(entries.filter((e) => e.key === i.key && e.outcome === 'completed')).toHaveLength(1)
  })
})
