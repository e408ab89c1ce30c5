import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const STEPS = join(import.meta.dirname, 'fixtures', 'keychain-steps.ts')
const home = mkdtempSync(join(tmpdir(), 'kiosk-keychain-home-'))
afterAll(() => rmSync(home, { recursive: true, force: true }))

interface StepResult {
  step: string
  credential: { kioskId: string; keyId: string; privateKey: string } | null
}

/**
 * Runs the given steps, each in its own Node process, inside one headless D-Bus session with a
 * gnome-keyring unlocked for a throw-away HOME.
 */
function inKeyringSession(steps: string[]): StepResult[] {
  const which = spawnSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon'])
  if (which.status !== 0) {
    throw new Error(
      'dbus-run-session or gnome-keyring-daemon is missing: install the Debian packages gnome-keyring dbus-x11 ' +
        '(apt-get install -y gnome-keyring dbus-x11)',
    )
  }
  const script = [
    'echo pass | gnome-keyring-daemon --unlock >/dev/null',
    ...steps.map((s) => `"$TSX" "$STEPS" ${s}`),
  ].join(' && ')
  const run = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: home, TSX, STEPS, XDG_RUNTIME_DIR: home, LANG: 'C.UTF-8' },
    encoding: 'utf8',
    timeout: 60_000,
  })
  expect(run.status, `keychain session failed:\n${run.stderr}`).toBe(0)
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as StepResult)
}

describe('device credential in the real OS keychain (gnome-keyring over D-Bus)', () => {
  it('persists across processes; a new write replaces it, clear removes it', () => {
    const [first, read, second, afterClear] = inKeyringSession(['write', 'read', 'write', 'clear'])
    expect(first?.credential?.keyId).toMatch(/^dev-[A-Za-z0-9_-]{22}$/)
    expect(first?.credential?.privateKey).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(read?.credential).toEqual(first?.credential)
    expect(second?.credential?.keyId).not.toBe(first?.credential?.keyId)
    expect(afterClear?.credential).toBeNull()
  })

  it('keeps the credential in the keyring file: a later session with the same HOME finds it', () => {
    const [before] = inKeyringSession(['write'])
    const [after] = inKeyringSession(['read'])
    expect(after?.credential).toEqual(before?.credential)
  }, 60_000)

  it('fails with KioskError INTERNAL, not a silent fallback, when no Secret Service is running', () => {
    const run = spawnSync(TSX, [STEPS, 'read'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('OS keychain unavailable')
  })
})
