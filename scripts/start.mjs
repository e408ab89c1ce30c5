#!/usr/bin/env node
// `npm start`: build, start the API sandbox, open the kiosk in Electron — or, where Electron cannot
// start (no binary, no display), say so and open the same renderer and services in the browser shell.
//   --web            skip Electron, use the browser shell
//   --profile co|pa  sandbox cooperative (Colombia/COP, Panama/USD); default co
//   --api URL        use a running cooperative API instead of starting the sandbox
//   --no-open        browser shell: print the link instead of opening Chromium
//   --kiosk          browser shell: open Chromium in --kiosk mode
//   --no-build       reuse out/ as it is
//   --data-dir DIR   where the sandbox database and the browser shell's config live (default .data)
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { bin, run, startService, stop } from './lib/run.mjs'

const { values: opts } = parseArgs({
  options: {
    web: { type: 'boolean', default: false },
    profile: { type: 'string', default: 'co' },
    api: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    kiosk: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'sandbox-port': { type: 'string', default: '8787' },
    'data-dir': { type: 'string', default: '.data' },
  },
})
if (!['co', 'pa'].includes(opts.profile)) {
  console.error(`--profile must be co or pa, not "${opts.profile}"`)
  process.exit(2)
}

const children = []
const shutdown = async (code) => {
  await Promise.all(children.map(stop))
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

if (!opts['no-build']) {
  console.log('Building the kiosk (main, preload, renderer)…')
  if ((await run(bin('electron-vite'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) {
    console.error('Build failed; see above.')
    process.exit(1)
  }
}

let apiUrl = opts.api
if (!apiUrl) {
  const { child, info } = await startService(
    bin('tsx'),
    [
      'sandbox/cli.ts',
      ...['--port', opts['sandbox-port'], '--profile', opts.profile],
      ...['--data', `${opts['data-dir']}/sandbox-${opts.profile}.db`],
    ],
    { name: 'API sandbox' },
  ).catch((e) => {
    console.error(`${e.message}. Is port ${opts['sandbox-port']} in use? Try --sandbox-port 0.`)
    process.exit(1)
  })
  children.push(child)
  apiUrl = info.url
  console.log(`API sandbox (${opts.profile}) at ${apiUrl} — demo members: see README.md`)
}
const configFile = `${opts['data-dir']}/kiosk-config-${opts.profile}.json`

/** Tries Electron; resolves true if it ran (and has now exited), false if it could not start. */
async function tryElectron() {
  return new Promise((resolve) => {
    let stderr = ''
    const started = Date.now()
    const child = spawn(bin('electron'), ['.'], {
      env: { ...process.env, KIOSK_API_URL: apiUrl, KIOSK_CONFIG_NAME: `kiosk-config-${opts.profile}` },
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    children.push(child)
    child.stderr.on('data', (d) => {
      stderr += d
      process.stderr.write(d)
    })
    child.on('error', (e) => resolve({ ok: false, why: e.message }))
    child.on('exit', (code) => {
      // A quick non-zero exit means Electron never came up (no binary, no display), not a kiosk crash.
      if (code !== 0 && Date.now() - started < 15_000) {
        resolve({ ok: false, why: stderr.trim().split('\n')[0] || `exit code ${code}` })
      } else resolve({ ok: true })
    })
  })
}

if (!opts.web) {
  const electron = await tryElectron()
  if (electron.ok) await shutdown(0)
  console.log(
    `\nElectron could not start on this machine (${electron.why}).\n` +
      'Falling back to the browser shell: the same renderer and main-process services, served on loopback to a local Chromium.\n' +
      'Next time, "npm run start:web" goes there directly.\n',
  )
}

const webArgs = ['electron/web/cli.ts', '--config', configFile, '--api', apiUrl, '--profile', opts.profile]
if (opts['no-open']) webArgs.push('--no-open')
if (opts.kiosk) webArgs.push('--kiosk')
const { child: web, info } = await startService(bin('tsx'), webArgs, { name: 'browser shell' })
children.push(web)
console.log(`Kiosk (browser shell) ready. Start link: ${info.launchUrl}`)
// Tests and the benchmark read this line.
console.log(JSON.stringify({ event: 'listening', url: info.url, launchUrl: info.launchUrl, apiUrl }))
web.on('exit', (code) => shutdown(code ?? 0))
