import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequestSigner } from '../../electron/services/device/request-signer'
import { createLogger } from '../../electron/services/logger'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { provisioningFileText, provisioningKeys, provisioningPayload } from './helpers/devices'
import { caught, testApiClient } from './helpers/kiosk-api'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'electron', 'provision', 'cli.ts')
const STEPS = join(import.meta.dirname, 'fixtures', 'keychain-steps.ts')
const SERVICE = 'cooperativa-kiosk-provision-test'
const run = promisify(execFile)

interface Outcome {
  code: number
  output: string
}

/**
 * Runs shell commands one after another inside one headless D-Bus session with an unlocked
 * gnome-keyring (as keychain.test.ts), each one's output and exit code kept apart. Asynchronous: the
 * sandbox answering the CLI lives in this process.
 */
async function inKeyringSession(home: string, commands: string[]): Promise<Outcome[]> {
  const script = [
    'echo pass | gnome-keyring-daemon --unlock >/dev/null',
    ...commands.map((c) => `${c} 2>&1; echo "::exit $?"`),
  ].join('\n')
  const { stdout } = await run('dbus-run-session', ['--', 'sh', '-c', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: home, LANG: 'C.UTF-8' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  const outcomes: Outcome[] = []
  let output = ''
  for (const line of stdout.split('\n')) {
    const m = /^::exit (\d+)$/.exec(line)
    if (m) {
      outcomes.push({ code: Number(m[1]), output })
      output = ''
    } else output += `${line}\n`
  }
  return outcomes
}

describe('npm run provision -- FILE: signed provisioning against the sandbox, key in the OS keychain', () => {
  let sandbox: TestSandbox
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-provision-'))
  const keys = provisioningKeys()
  const config = join(dir, 'kiosk-config.json')
  const cli = (file: string, extra = '') =>
    `"${TSX}" "${CLI}" "${file}" --config "${config}" --trust-keys "${keys.dir}" --keychain-service ${SERVICE} ${extra}`
  const readKey = `"${TSX}" "${STEPS}" read ${SERVICE}`
  let outcomes: Outcome[]

  beforeAll(async () => {
    sandbox = await startTestSandbox({ devUnsigned: false, clock: wallClock() })
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    }
    const valid = await provisioningPayload(sandbox.url, 'KIOSK-014')
    const validFile = file('valid.json', provisioningFileText(valid, keys.privateKey))
    // Tampered: the payload changed after signing (another kiosk id), the signature kept.
    const signed = JSON.parse(readFileSync(validFile, 'utf8')) as { payload: string }
    const changed = { ...valid, kioskId: 'KIOSK-666' }
    const tampered = { ...signed, payload: Buffer.from(JSON.stringify(changed)).toString('base64url') }
    const foreign = generateKeyPairSync('ed25519').privateKey
    const expired = await provisioningPayload(sandbox.url, 'KIOSK-015')
    expired.enrollment.expiresAt = new Date(Date.now() - 60_000).toISOString()
    const again = await provisioningPayload(sandbox.url, 'KIOSK-014', { updateChannel: 'stable' })
    outcomes = await inKeyringSession(dir, [
      cli(validFile, '--lang en'),
      readKey,
      cli(validFile),
      cli(file('tampered.json', `${JSON.stringify(tampered)}\n`)),
      cli(file('foreign.json', provisioningFileText(valid, foreign))),
      cli(file('expired.json', provisioningFileText(expired, keys.privateKey))),
      cli(file('again.json', provisioningFileText(again, keys.privateKey)), '--lang en'),
      readKey,
      `"${TSX}" "${CLI}" --help --lang en`,
      `"${TSX}" "${CLI}"`,
    ])
  }, 180_000)
  afterAll(async () => {
    await sandbox.close()
    rmSync(dir, { recursive: true, force: true })
    rmSync(keys.dir, { recursive: true, force: true })
  })

  const credentialAt = (i: number) =>
    (
      JSON.parse(outcomes[i]!.output.trim()) as {
        credential: { keyId: string; privateKey: string; kioskId: string }
      }
    ).credential

  it('applies a valid file: enrolls the key, keeps it in the keychain, writes the configuration', async () => {
    expect(outcomes[0]).toMatchObject({ code: 0 })
    expect(outcomes[0]!.output).toContain('Kiosk KIOSK-014 provisioned for Sucursal Norte (BR-07)')
    const first = credentialAt(1)
    expect(first.kioskId).toBe('KIOSK-014')
    expect(outcomes[0]!.output).toContain(first.keyId)
    // The key from the keychain signs requests the enforcing sandbox accepts… until it is replaced.
    const api = testApiClient(sandbox.url, createLogger({ level: 'silent' }), {
      signer: createRequestSigner(first),
    })
    expect((await caught(api.call('deviceStatus', undefined))).code).toBe('DEVICE_REVOKED')
    const devices = (await (await fetch(`${sandbox.url}/sandbox/devices`)).json()) as {
      devices: { kioskId: string; keyId: string; status: string }[]
    }
    expect(devices.devices.filter((d) => d.kioskId === 'KIOSK-014').map((d) => d.status)).toEqual([
      'replaced',
      'active',
    ])
  })

  it('refuses the same file a second time: the enrollment token works once', () => {
    expect(outcomes[2]!.code).toBe(1)
    expect(outcomes[2]!.output).toContain('el token de inscripción ya se usó o venció')
  })

  it('refuses a tampered file, a file signed by another key and an expired token, before calling the API', () => {
    expect(outcomes[3]).toMatchObject({ code: 1 })
    expect(outcomes[3]!.output).toContain('el archivo fue modificado después de firmado')
    expect(outcomes[4]).toMatchObject({ code: 1 })
    expect(outcomes[4]!.output).toContain(
      'no está firmado por la clave de aprovisionamiento de esta cooperativa',
    )
    expect(outcomes[5]).toMatchObject({ code: 1 })
    expect(outcomes[5]!.output).toContain('el token de inscripción venció')
  })

  it('re-provisions with a new file: a new key replaces the old one, the configuration follows the file', async () => {
    expect(outcomes[6]).toMatchObject({ code: 0 })
    expect(outcomes[6]!.output).toContain("This kiosk's previous key was replaced.")
    const second = credentialAt(7)
    expect(second.keyId).not.toBe(credentialAt(1).keyId)
    const written = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>
    expect(written).toMatchObject({
      kioskId: 'KIOSK-014',
      branch: { id: 'BR-07', name: 'Sucursal Norte' },
      api: { baseUrl: sandbox.url },
      updates: { channel: 'stable' },
      device: { keyId: second.keyId, profile: 'co' },
      currency: 'COP',
    })
    expect(JSON.stringify(written)).not.toContain(second.privateKey)
    const api = testApiClient(sandbox.url, createLogger({ level: 'silent' }), {
      signer: createRequestSigner(second),
    })
    expect(await api.call('deviceStatus', undefined)).toMatchObject({
      kioskId: 'KIOSK-014',
      status: 'active',
    })
  })

  it('answers --help with its usage, in one language, and a missing FILE with the usage and exit 2', () => {
    expect(outcomes[8]).toMatchObject({ code: 0 })
    expect(outcomes[8]!.output).toMatch(/^Usage: npm run provision -- FILE/)
    expect(outcomes[9]!.code).toBe(2)
    expect(outcomes[9]!.output).toMatch(/^Uso: npm run provision -- ARCHIVO/)
  })
})
