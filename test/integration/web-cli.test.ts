import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'electron', 'web', 'cli.ts')
// The tsx loader by path: the CLI runs in a temp folder, where a bare `tsx` would not resolve.
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const ACTIVE = demoMember('co', 'active')

let dir: string
let renderer: string
let sandbox: TestSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock() })
  dir = sandbox.dir
  renderer = join(dir, 'renderer')
  mkdirSync(renderer)
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Kiosk</title>')
})
afterAll(() => sandbox?.close())

// No display: the CLI must print the link rather than try to open a window.
const env = () => ({ ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' })

/**
 * The CLI as one Node process (`node --import tsx`), not under the `tsx` launcher: the launcher relays
 * SIGINT and SIGKILLs its child (exit 130) when the child has not acknowledged within 30 ms, which a
 * loaded CI machine misses, so a graceful shutdown could not be tested through it.
 */
function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], {
    cwd: dir,
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  const listening = new Promise<{ url: string; launchUrl: string }>((done, fail) => {
    const check = () => {
      const nl = stdout.indexOf('\n')
      if (nl >= 0) done(JSON.parse(stdout.slice(0, nl)) as { url: string; launchUrl: string })
    }
    child.stdout.on('data', check)
    void exited.then((code) => fail(new Error(`cli exited ${code}: ${stderr}`)))
  })
  return { child, listening, exited, out: () => stdout, err: () => stderr }
}

async function cookieFrom(launchUrl: string): Promise<string> {
  const res = await fetch(launchUrl, { redirect: 'manual' })
  expect(res.status).toBe(302)
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

let running: ChildProcess | undefined
afterAll(() => {
  if (running && running.exitCode === null) running.kill('SIGKILL')
})

describe('tsx electron/web/cli.ts', () => {
  it('serves the kiosk against the API, prints one JSON line, and logs out on SIGTERM', async () => {
    const configFile = join(dir, 'data', 'kiosk-config.json')
    const cli = startCli([
      '--config',
      configFile,
      '--api',
      sandbox.url,
      '--renderer',
      renderer,
      '--no-open',
      '--log-level',
      'warn',
    ])
    running = cli.child
    const { url, launchUrl } = await cli.listening
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(launchUrl).toMatch(new RegExp(`^${url}/\\?launch=[A-Za-z0-9_-]{43}$`))

    // Defaults written, without the one-run --api override.
    expect(JSON.parse(readFileSync(configFile, 'utf8')).api.baseUrl).toBe('http://127.0.0.1:8787')

    const cookie = await cookieFrom(launchUrl)
    const login = await fetch(`${url}/ipc/auth.login`, {
      method: 'POST',
      headers: { cookie, origin: url, 'x-kiosk-bridge': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ idNumber: ACTIVE.idNumber, password: ACTIVE.password }),
    })
    expect(await login.json()).toMatchObject({ ok: true, data: { displayName: ACTIVE.displayName } })
    const open = () =>
      sandbox.db.prepare('SELECT count(*) AS n FROM sessions WHERE revoked_at IS NULL').get() as { n: number }
    expect(open().n).toBe(1)

    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    expect(open().n).toBe(0)
    // Exactly one line on stdout; the link for a person went to stderr.
    expect(cli.out().trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(cli.out())).toEqual({ event: 'listening', url, launchUrl })
    expect(cli.err()).toContain(launchUrl)
  })

  it('seeds a new configuration from --profile', async () => {
    const configFile = join(dir, 'pa.json')
    const cli = startCli(['--config', configFile, '--profile', 'pa', '--renderer', renderer, '--no-open'])
    running = cli.child
    await cli.listening
    expect(JSON.parse(readFileSync(configFile, 'utf8'))).toMatchObject({ currency: 'USD', locale: 'es-PA' })
    cli.child.kill('SIGINT')
    expect(await cli.exited).toBe(0)
  })

  it('asks for a build when the renderer is missing', () => {
    const run = spawnSync(
      TSX,
      [CLI, '--config', join(dir, 'c2.json'), '--renderer', join(dir, 'nope'), '--no-open'],
      {
        cwd: dir,
        env: env(),
        encoding: 'utf8',
      },
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('run npm run build')
    expect(run.stdout).toBe('')
  })

  it('reports an invalid configuration with its path and field, leaving the file alone', () => {
    const file = join(dir, 'bad.json')
    const text = '{"api":{"baseUrl":"http://x","timeoutMs":1,"retries":1}}'
    writeFileSync(file, text)
    const run = spawnSync(TSX, [CLI, '--config', file, '--renderer', renderer, '--no-open'], {
      cwd: dir,
      env: env(),
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(file)
    expect(run.stderr).toContain('api.timeoutMs')
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('refuses a bad --api URL', () => {
    const run = spawnSync(
      TSX,
      [CLI, '--config', join(dir, 'c3.json'), '--api', 'ftp://x', '--renderer', renderer],
      {
        cwd: dir,
        env: env(),
        encoding: 'utf8',
      },
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--api')
  })
})
