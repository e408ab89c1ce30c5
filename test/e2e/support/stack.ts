import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { bin, startService, stop } from '../../../scripts/lib/run.mjs'
import type { KioskConfigInput } from '../../../shared/config/kiosk-config'
import { generateDeviceKeyPair } from '../../../shared/device/message-signature'

/** A fresh sandbox (its own database file) and a browser shell in front of it, for one test. */
export interface KioskStack {
  sandboxUrl: string
  shellUrl: string
  launchUrl: string
  dataFile: string
  /** The browser shell's data folder (its config, the reprint queue). */
  dataDir: string
  /** The cooperative provisioning key the shell trusts (its public half in `<dataDir>/trust`). */
  provisioningKey: KeyObject
  /** Where the shell's first-run screen looks for provisioning files (`<dataDir>/usb`). */
  usbDir: string
  stopSandbox(): Promise<void>
}

/**
 * How the kiosk proves who it is: `unsigned` runs sandbox and shell with --dev-unsigned (most specs);
 * `signed` enrolls a device key first, so every request of the spec carries a real RFC 9421 signature
 * the sandbox checks; `unprovisioned` gives the kiosk no key at all.
 */
export type DeviceMode = 'unsigned' | 'signed' | 'unprovisioned'

async function startStack(
  dir: string,
  overrides: KioskConfigInput,
  sandboxArgs: string[],
  device: DeviceMode,
) {
  const dataFile = join(dir, 'sandbox.db')
  const sandbox = await startService(
    bin('tsx'),
    [
      'sandbox/cli.ts',
      ...['--port', '0', '--data', dataFile, '--reset', '--quiet'],
      // The pa sign-in question is off unless a spec turns it on (sign-in-extras): others sign in directly.
      ...['--sign-in-question', '0'],
      ...(device === 'unsigned' ? ['--dev-unsigned'] : []),
      ...sandboxArgs,
    ],
    { name: 'sandbox' },
  )
  const credentialFile = join(dir, 'device-credential.json')
  const provisioningKey = trustedProvisioningKey(join(dir, 'trust'))
  const kioskId = overrides.kioskId ?? 'KIOSK-001'
  if (device === 'signed') await enrollStackDevice(sandbox.info.url as string, kioskId, credentialFile)
  const configFile = join(dir, 'kiosk-config.json')
  const config: KioskConfigInput = {
    ...overrides,
    api: { baseUrl: sandbox.info.url, timeoutMs: 3000, retries: 0, ...overrides.api },
  }
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  const shell = await startService(
    bin('tsx'),
    [
      'electron/web/cli.ts',
      ...['--config', configFile, '--port', '0', '--no-open', '--log-level', 'error'],
      ...(device === 'unsigned' ? ['--dev-unsigned'] : ['--device-credential-file', credentialFile]),
      ...['--usb-root', join(dir, 'usb'), '--trust-keys', join(dir, 'trust')],
    ],
    { name: 'browser shell' },
  )
  return {
    sandbox: sandbox.child,
    shell: shell.child,
    sandboxUrl: sandbox.info.url,
    shell_: shell.info,
    dataFile,
    provisioningKey,
  }
}

/** A test cooperative's provisioning key pair: the public half where the shell reads trusted keys. */
function trustedProvisioningKey(trustDir: string): KeyObject {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  mkdirSync(trustDir, { recursive: true })
  writeFileSync(join(trustDir, 'cooperative.pem'), publicKey.export({ type: 'spki', format: 'pem' }))
  return privateKey
}

/** Enrolls a device key for the kiosk as provisioning would, into the shell's test credential file. */
async function enrollStackDevice(sandboxUrl: string, kioskId: string, file: string) {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(sandboxUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return res.json() as Promise<Record<string, string>>
  }
  const branchId = 'BR-01'
  const { token } = await post('/sandbox/devices/enrollment-tokens', { kioskId, branchId })
  const pair = await generateDeviceKeyPair()
  const credential = await post('/v1/devices/enroll', {
    enrollmentToken: token,
    kioskId,
    branchId,
    publicKey: pair.publicKey,
  })
  const stored = { kioskId, keyId: credential.keyId, privateKey: pair.privateKey }
  writeFileSync(file, JSON.stringify({ 'cooperativa-kiosk/device-credential': JSON.stringify(stored) }))
}

export const test = base.extend<{
  kioskConfig: KioskConfigInput
  sandboxArgs: string[]
  deviceMode: DeviceMode
  stack: KioskStack
  kiosk: Page
}>({
  kioskConfig: [{}, { option: true }],
  sandboxArgs: [[], { option: true }],
  deviceMode: ['unsigned', { option: true }],
  stack: async ({ kioskConfig, sandboxArgs, deviceMode }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'))
    const children: ChildProcess[] = []
    try {
      const s = await startStack(dir, kioskConfig, sandboxArgs, deviceMode)
      children.push(s.sandbox, s.shell)
      await use({
        sandboxUrl: s.sandboxUrl,
        shellUrl: s.shell_.url,
        launchUrl: s.shell_.launchUrl as string,
        dataFile: s.dataFile,
        dataDir: dir,
        provisioningKey: s.provisioningKey,
        usbDir: join(dir, 'usb'),
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
