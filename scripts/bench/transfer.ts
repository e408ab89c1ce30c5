// Issue 9's figure: a transfer from "Confirmar" to its receipt printed, through the whole stack: the
// browser shell's renderer, main's payments service (journal flushed before the request), the sandbox
// over HTTP, and the receipt on a real TCP socket. Each run is one own-account transfer of $ 1.000.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { startFakePrinter } from '../../test/integration/support/fake-printer'
import { signInAs } from '../../test/e2e/products/helpers'
import {
  amountAndReference,
  latestOperationCode,
  next,
  paymentAccounts,
  startOwnTransfer,
  tapDigits,
} from '../../test/e2e/payments/transfer-actions'
import { median, quantile } from './stats'
import { startSandbox, startShell, stopService, type Service } from './stack'

export async function transferFigures(browser: Browser, runs: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-transfer-'))
  const printer = await startFakePrinter()
  let sandbox: Service | undefined
  let shell: Service | undefined
  const context = await browser.newContext({ viewport: { width: 1366, height: 1024 } })
  try {
    // Codes back to back: the cooldown between two codes is the member's protection, not the kiosk's speed.
    sandbox = await startSandbox(dir, ['--send-cooldown', '0'])
    shell = await startShell(dir, sandbox.url, {
      config: { printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 } },
    })
    const page = await context.newPage()
    await page.goto(shell.launchUrl)
    const member = await signInAs(page, 'active')
    const [from, to] = (await paymentAccounts(page)).accounts
    if (!from || !to) throw new Error('the bench member needs two savings accounts')
    const shown: number[] = []
    const printed: number[] = []
    for (let i = 0; i < runs; i++) {
      await startOwnTransfer(page, from.maskedNumber, to.maskedNumber)
      await amountAndReference(page, '1000', `Bench ${i + 1}`)
      await next(page)
      await page.getByTestId('code-sent-to').waitFor()
      await tapDigits(page, await latestOperationCode(sandbox.url, member.idNumber))
      const t0 = performance.now()
      await page.getByTestId('code-confirm').click()
      await page.getByTestId('transfer-completed').waitFor()
      shown.push(performance.now() - t0)
      await printer.waitForJobs(i + 1)
      printed.push(performance.now() - t0)
      await page.getByTestId('transfer-home').click()
    }
    const figure = (xs: number[]) =>
      `median ${median(xs).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`
    return [
      `transfer, "Confirmar" tapped → (${runs} own-account transfers, one signed-in member, receipt on a TCP socket):`,
      `  "Transferencia realizada" on screen: ${figure(shown)}`,
      `  receipt received by the printer: ${figure(printed)}`,
    ]
  } finally {
    await context.close()
    await stopService(shell)
    await stopService(sandbox)
    await printer.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
