import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { bin, startService, stop } from '../../../scripts/lib/run.mjs'
import type { KioskConfigInput } from '../../../shared/config/kiosk-config'

/** A fresh sandbox (its own database file) and a browser shell in front of it, for one test. */
export interface KioskStack {
  sandboxUrl: string
  shellUrl: string
  launchUrl: string
  dataFile: string
  /** The browser shell's data folder (its config, the reprint queue). */
  dataDir: string
  stopSandbox(): Promise<void>
}

async function startStack(dir: string, overrides: KioskConfigInput, sandboxArgs: string[]) {
  const dataFile = join(dir, 'sandbox.db')
  const sandbox = await startService(
    bin('tsx'),
    // The pa sign-in question is off unless a spec turns it on (sign-in-extras): others sign in directly.
    // prettier-ignore
    ['sandbox/cli.ts', '--port', '0', '--data', dataFile, '--reset', '--quiet', '--sign-in-question', '0', ...sandboxArgs],
    { name: 'sandbox' },
  )
  const configFile = join(dir, 'kiosk-config.json')
  const config: KioskConfigInput = {
    ...overrides,
    api: { baseUrl: sandbox.info.url, timeoutMs: 3000, retries: 0, ...overrides.api },
  }
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  const shell = await startService(
    bin('tsx'),
    ['electron/web/cli.ts', '--config', configFile, '--port', '0', '--no-open', '--log-level', 'error'],
    { name: 'browser shell' },
  )
  return {
    sandbox: sandbox.child,
    shell: shell.child,
    sandboxUrl: sandbox.info.url,
    shell_: shell.info,
    dataFile,
  }
}

export const test = base.extend<{
  kioskConfig: KioskConfigInput
  sandboxArgs: string[]
  stack: KioskStack
  kiosk: Page
}>({
  kioskConfig: [{}, { option: true }],
  sandboxArgs: [[], { option: true }],
  stack: async ({ kioskConfig, sandboxArgs }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'))
    const children: ChildProcess[] = []
    try {
      const s = await startStack(dir, kioskConfig, sandboxArgs)
      children.push(s.sandbox, s.shell)
      await use({
        sandboxUrl: s.sandboxUrl,
        shellUrl: s.shell_.url,
        launchUrl: s.shell_.launchUrl as string,
        dataFile: s.dataFile,
        dataDir: dir,
        stopSandbox: () => stop(s.sandbox),
      })
    } finally {
      // The shell first: it logs the member out of the sandbox on its way down.
      for (const child of children.reverse()) await stop(child)
      rmSync(dir, { recursive: true, force: true })
    }
  },
  /** A page opened with the browser shell's start link, failing the test on any console error or CSP report. */
  kiosk: async ({ page, stack }, use) => {
    const problems: string[] = []
    page.on('console', (m) => {
      if (
        m.type() === 'error' &&
        !/Failed to load resource: the server responded with a status of 40[13]/.test(m.text())
      )
        problems.push(m.text())
    })
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(stack.launchUrl)
    await use(page)
    expect(problems, 'console errors / CSP violations in the kiosk').toEqual([])
  },
})

export { expect }
