import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'

// `npm start` on a machine where Electron cannot start must say so and still serve the kiosk.
const electronInstalled =
  existsSync('node_modules/electron/dist') || existsSync('node_modules/electron/path.txt')

describe('npm start', () => {
  const home = mkdtempSync(join(tmpdir(), 'kiosk-start-'))
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--no-build', '--no-open', '--sandbox-port', '0', '--data-dir', home],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '' } },
  )
  afterAll(() => {
    child.kill('SIGTERM')
    rmSync(home, { recursive: true, force: true })
  })

  it('falls back to the browser shell, says why, and serves the kiosk behind its start link', async () => {
    expect(existsSync('out/renderer/index.html'), 'run npm run build first (npm test does)').toBe(true)
    let output = ''
    const ready = await new Promise<{ launchUrl: string; url: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line; output:\n${output}`)), 40_000)
      createInterface({ input: child.stdout! }).on('line', (line) => {
        output += `${line}\n`
        if (line.startsWith('{"event":"listening"') && line.includes('launchUrl')) {
          clearTimeout(timer)
          resolve(JSON.parse(line))
        }
      })
      child.on('exit', (code) => reject(new Error(`start exited ${code}:\n${output}`)))
    })
    if (!electronInstalled) expect(output).toMatch(/Electron could not start on this machine/)
    const page = await fetch(ready.launchUrl, { redirect: 'manual' })
    expect(page.status).toBe(302)
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!
    const index = await fetch(`${ready.url}/`, { headers: { cookie } })
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('<div id="app"')
    // The virtual receipt printer runs alongside, with its page of what was printed.
    const printerPage = /virtual receipt printer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1]
    expect(printerPage, output).toBeTruthy()
    expect(await (await fetch(printerPage!)).text()).toContain('Impresora virtual de recibos')
  }, 60_000)
})
