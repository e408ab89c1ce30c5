import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HealthResponseSchema } from '../../shared/api/health'
import { API_ROUTES } from '../../shared/api/routes'
import { tempDir } from '../testing/harness'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * One Node process (`node --import tsx`), not the `tsx` launcher: the launcher relays signals and
 * SIGKILLs its child when it has not acknowledged within 30 ms, which a loaded machine misses, so a
 * clean shutdown could not be tested through it.
 */
function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, stderr: () => stderr }
}

describe('sandbox CLI', () => {
  const temp = tempDir()
  afterAll(() => temp.remove())

  it('prints one listening line, serves /health (--dev-unsigned, and says so) and shuts down cleanly on SIGTERM', async () => {
    const data = join(temp.dir, 'cli', 'sandbox.db')
    const run = runCli(['--port', '0', '--data', data, '--profile', 'pa', '--quiet', '--dev-unsigned'])
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: run.child.stdout }).once('line', resolve)
      void run.exited.then((code) => reject(new Error(`exited ${code}: ${run.stderr()}`)))
    })
    const line = JSON.parse(firstLine) as Record<string, string>
    expect(Object.keys(line)).toEqual(['event', 'url', 'profile', 'data'])
    expect(line).toMatchObject({ event: 'listening', profile: 'pa', data })
    expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

    const res = await fetch(line.url + API_ROUTES.health.path)
    const health = HealthResponseSchema.parse(await res.json())
    expect(health.cooperative.currency).toBe('USD')
    expect(run.stderr()).toContain('--dev-unsigned: device signatures are NOT required')

    run.child.kill('SIGTERM')
    expect(await run.exited).toBe(0)
  })

  it('refuses unsigned API requests by default (device signatures, issue 12)', async () => {
    const data = join(temp.dir, 'cli-signed', 'sandbox.db')
    const run = runCli(['--port', '0', '--data', data, '--quiet'])
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: run.child.stdout }).once('line', resolve)
      void run.exited.then((code) => reject(new Error(`exited ${code}: ${run.stderr()}`)))
    })
    const res = await fetch((JSON.parse(firstLine) as { url: string }).url + API_ROUTES.health.path)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'DEVICE_UNAUTHORIZED' } })
    run.child.kill('SIGTERM')
    expect(await run.exited).toBe(0)
  })

  it.each([
    [['--bogus'], /bogus/],
    [['--port', 'eighty'], /--port must be an integer/],
    [['--profile', 'mx'], /--profile must be one of co, pa/],
    [['--lockout', '0'], /--lockout/],
  ])('rejects bad flags %j with exit code 2', async (args, message) => {
    const run = runCli(args)
    expect(await run.exited).toBe(2)
    expect(run.stderr()).toMatch(message)
    expect(run.stderr()).toContain('Usage:')
  })
})
