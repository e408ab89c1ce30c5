#!/usr/bin/env node
// `npm start`: build, start the API sandbox, open the kiosk in Electron — or, where Electron cannot
// start (no binary, no display), say so and open the same renderer and services in the browser shell.
//   --web            skip Electron, use the browser shell
//   --profile co|pa  sandbox cooperative (Colombia/COP, Panama/USD); default co
//   --api URL        use a running cooperative API instead of starting the sandbox
//   --no-open        browser shell: print the link instead of opening Chromium
//   --kiosk          browser shell: open Chromium in --kiosk mode
//   --mode teller    teller mode: the teller's desk screens in a normal window (default kiosk)
//   --no-build       reuse out/ as it is
//   --data-dir DIR   where the sandbox database and the browser shell's config live (default .data)
//   --no-virtual-printer  use the configuration's receipt printer instead of the virtual one
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
    mode: { type: 'string', default: 'kiosk' },
    'no-build': { type: 'boolean', default: false },
    'sandbox-port': { type: 'string', default: '8787' },
    'data-dir': { type: 'string', default: '.data' },
    'no-virtual-printer': { type: 'boolean', default: false },
  },
})
if (!['kiosk', 'teller'].includes(opts.mode)) {
  console.error(`--mode must be kiosk or teller, not "${opts.mode}"`)
  process.exit(2)
}
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
      // A development run: the demo kiosk is not provisioned, so the sandbox takes unsigned requests.
      '--dev-unsigned',
    ],
    { name: 'API sandbox' },
  ).catch((e) => {
    console.error(`${e.message}. Is port ${opts['sandbox-port']} in use? Try --sandbox-port 0.`)
    process.exit(1)
  })
  children.push(child)
  apiUrl = info.url
  console.log(`API sandbox (${opts.profile}) at ${apiUrl} — demo members: see README.md`)
  console.log(
    'Device signatures are off for this development run (--dev-unsigned); a branch kiosk is provisioned.',
  )
}
const devUnsigned = !opts.api
const configFile = `${opts['data-dir']}/kiosk-config-${opts.profile}.json`

// A newcomer sees printing: receipts go to the project's virtual printer, shown on its own page.
let printerUrl
if (!opts['no-virtual-printer']) {
  const { child, info } = await startService(bin('tsx'), ['sandbox/virtual-printer/cli.ts'], {
    name: 'virtual receipt printer',
  })
  children.push(child)
  printerUrl = info.url
  console.log(`Impresora virtual de recibos / virtual receipt printer: ${info.pageUrl}`)
}

/** The one line of Electron's start-up noise that says why it could not start. */
function electronFailure(stderr, code) {
  const lines = stderr.split('\n').map((l) => l.trim())
  const known = lines.find((l) =>
    /failed to install correctly|fetch failed|ENOTFOUND|cannot open display|Missing X server|no DISPLAY/i.test(
      l,
    ),
  )
  if (/failed to install correctly|fetch failed|ENOTFOUND/i.test(known ?? ''))
    return 'its binary is not installed and could not be downloaded'
  return known ?? lines.find((l) => l) ?? `exit code ${code}`
}

/** Tries Electron; resolves { ok: true } once it ran and exited, or { ok: false, why } if it never came up. */
async function tryElectron() {
  return new Promise((resolve) => {
    let stderr = ''
    let passThrough = false
    const child = spawn(bin('electron'), ['.'], {
      env: {
        ...process.env,
        KIOSK_API_URL: apiUrl,
        KIOSK_PROFILE: opts.profile,
        KIOSK_MODE: opts.mode,
        ...(printerUrl ? { KIOSK_PRINTER_URL: printerUrl } : {}),
        ...(devUnsigned ? { KIOSK_DEV_UNSIGNED: '1' } : {}),
      },
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    children.push(child)
    // Start-up noise (a failed download's stack trace) is held back; a kiosk that came up logs freely.
    const settled = setTimeout(() => {
      passThrough = true
      process.stderr.write(stderr)
    }, 15_000)
    child.stderr.on('data', (d) => (passThrough ? process.stderr.write(d) : (stderr += d)))
    child.on('error', (e) => resolve({ ok: false, why: e.message }))
    child.on('exit', (code) => {
      clearTimeout(settled)
      if (code !== 0 && !passThrough) resolve({ ok: false, why: electronFailure(stderr, code) })
      else resolve({ ok: true })
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
if (printerUrl) webArgs.push('--printer', printerUrl)
if (opts['no-open']) webArgs.push('--no-open')
if (opts.kiosk) webArgs.push('--kiosk')
if (devUnsigned) webArgs.push('--dev-unsigned')
webArgs.push('--mode', opts.mode)
const { child: web, info } = await startService(bin('tsx'), webArgs, { name: 'browser shell' })
children.push(web)
console.log(`Kiosk (browser shell) ready. Start link: ${info.launchUrl}`)
// Tests and the benchmark read this line.
console.log(JSON.stringify({ event: 'listening', url: info.url, launchUrl: info.launchUrl, apiUrl }))
web.on('exit', (code) => shutdown(code ?? 0))
