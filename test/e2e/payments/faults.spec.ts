import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { verifyJournalFile, type JournalEntry } from '../../../electron/services/payments/journal'
import type { PaymentAccounts } from '../../../shared/api/payments'
import {
  amountAndReference,
  cop,
  enterCode,
  expect,
  expectAccessible,
  latestOperationCode,
  next,
  paymentAccounts,
  signInAs,
  startOwnTransfer,
  test,
} from './transfer-actions'

/** Arms the sandbox's fault switch for the next transfer (the kiosk's API timeout is 3 s in e2e). */
async function arm(sandboxUrl: string, fault: { kind: string; phase: 'before' | 'after'; delayMs?: number }) {
  const res = await fetch(`${sandboxUrl}/sandbox/payments/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ route: 'transferExecute', ...fault }),
  })
  expect(res.status).toBe(200)
}

async function invariantHolds(sandboxUrl: string): Promise<boolean> {
  return ((await (await fetch(`${sandboxUrl}/sandbox/payments/invariant`)).json()) as { holds: boolean })
    .holds
}

/** The origin's available balance, read by main from the API. */
const originAvailable = async (page: Page, id: string) =>
  (await paymentAccounts(page)).accounts.find((a) => a.id === id)!.available.amountMinor

test.describe('faults from the sandbox switch', () => {
  test.use({ sandboxArgs: ['--send-cooldown', '0', '--otp-cooldown', '0', '--sends-per-day', '50'] })
  // Each fault waits out the kiosk's 3 s API timeout at least once.
  test.setTimeout(120_000)

  test('timeout after applying → done; held before applying → being confirmed, then done; 500 before → not done, retried once; reset after → done', async ({
    kiosk: page,
    stack,
  }) => {
    const member = await signInAs(page, 'active')
    const { accounts } = (await paymentAccounts(page)) as PaymentAccounts
    const [from, to] = [accounts[0]!, accounts[1]!]
    let expected = from.available.amountMinor
    const transferOf = async (units: string, reference: string) => {
      await startOwnTransferFromTile()
      await amountAndReference(page, units, reference)
      await next(page)
      await expect(page.getByTestId('code-authorises')).toContainText(reference)
      return latestOperationCode(stack.sandboxUrl, member.idNumber)
    }
    const startOwnTransferFromTile = () => startOwnTransfer(page, from.maskedNumber, to.maskedNumber)
    const home = async () => {
      await page.getByTestId('transfer-home').click()
      await expect(page.getByTestId('member-full-name')).toBeVisible()
    }

    // 1. The answer times out after the sandbox applied it: main asks by key and finds the receipt.
    let code = await transferOf('1000', 'Falla tarde')
    await arm(stack.sandboxUrl, { kind: 'timeout', phase: 'after', delayMs: 8000 })
    await enterCode(page, code)
    await expect(page.getByTestId('transfer-completed')).toBeVisible({ timeout: 15_000 })
    await expect(page.getByTestId('receipt-number')).toHaveText(/^TR\d+$/)
    expected -= 100_000
    expect(await originAvailable(page, from.id)).toBe(expected)
    await home()

    // 2. The sandbox holds the request before applying past the timeout: nobody knows yet, and the
    //    member is told so; the screen asks again by key and shows the receipt once it is applied.
    code = await transferOf('2000', 'Falla lenta')
    await arm(stack.sandboxUrl, { kind: 'delay', phase: 'before', delayMs: 6000 })
    await enterCode(page, code)
    await expect(page.getByTestId('transfer-pending')).toContainText('Estamos confirmando su transferencia', {
      timeout: 10_000,
    })
    await expect(page.getByTestId('transfer-pending')).toContainText('No la repita')
    await expectAccessible(page, 'transfer being confirmed')
    await expect(page.getByTestId('transfer-completed')).toBeVisible({ timeout: 20_000 })
    expected -= 200_000
    expect(await originAvailable(page, from.id)).toBe(expected)
    await home()

    // 3. A 500 before applying: not done, nothing moved; "Intentar de nuevo" reuses the key and code.
    code = await transferOf('3000', 'Falla antes')
    await arm(stack.sandboxUrl, { kind: 'http500', phase: 'before' })
    await enterCode(page, code)
    await expect(page.getByTestId('transfer-not_applied')).toContainText('No se movió dinero')
    await expectAccessible(page, 'transfer not done')
    expect(await originAvailable(page, from.id)).toBe(expected)
    await page.getByTestId('transfer-retry').click()
    await enterCode(page, code)
    await expect(page.getByTestId('transfer-completed')).toBeVisible()
    await expect(page.getByTestId('balance-after')).toHaveText(cop(expected - 300_000))
    expected -= 300_000
    expect(await originAvailable(page, from.id)).toBe(expected)

    await home()

    // 4. The connection is reset once the sandbox applied it: asked by key, done, and debited once.
    code = await transferOf('4000', 'Falla corte')
    await arm(stack.sandboxUrl, { kind: 'reset', phase: 'after' })
    await enterCode(page, code)
    await expect(page.getByTestId('transfer-completed')).toBeVisible()
    expected -= 400_000
    expect(await originAvailable(page, from.id)).toBe(expected)

    // The ledger holds, and the journal tells the same story, entry by entry, on an intact chain.
    expect(await invariantHolds(stack.sandboxUrl)).toBe(true)
    const journal = verifyJournalFile(join(stack.dataDir, 'journal', 'electronic-journal.jsonl'))
    expect(journal.ok).toBe(true)
    const outcomes = (journal.ok ? journal.entries : []).filter(
      (e): e is JournalEntry & { outcome: string; via: string } => e.type === 'outcome',
    )
    expect(outcomes.map((e) => [e.outcome, e.via])).toEqual([
      ['completed', 'reconciliation'],
      ['unknown', 'reconciliation'],
      ['completed', 'reconciliation'],
      ['not_applied', 'reconciliation'],
      ['completed', 'answer'],
      ['completed', 'reconciliation'],
    ])
    // The member saw each transfer as done exactly once: one receipt number per key.
    const done = outcomes.filter((e) => e.outcome === 'completed')
    expect(new Set(done.map((e) => e.key)).size).toBe(4)
  })
})
