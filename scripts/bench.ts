// `npm run bench`: figures, never pass/fail. Prints
//  1. the renderer's initial JS (what index.html loads before first paint), raw and gzip;
//  2. browser-shell start → interactive welcome screen, and → interactive ID screen (median of N launches);
//  3. key press on the shuffled keyboard → masked character painted (median, p95) in Chromium.
//  4. printing: receipt compose (build + lay out) and ESC/POS encode (median over N); the 2,000-movement
//     PDF statement rendered from fixtures (time, pages, size), and through the kiosk services from the
//     sandbox's heavy member (fetch every page + render + save).
//  5. the sandbox's database (node:sqlite): a seeded reset, and the heavy member's movements page.
//  6. navigation start → interactive welcome, the kiosk against a bare Vite + Vue app (alternating runs).
//  7. the soak: member sessions on one long-lived page; JS heap, DOM nodes, listeners and RSS over time.
//  8. a transfer from "Confirmar" to the result on screen and the receipt on the printer (median, p95).
//  9. bills: a bill payment from "Confirmar pago" to its receipt printed (median, p95).
// `--only startup|printing|sandbox|soak|transfer|bills` runs some parts; `--soak-sessions N` (default 200).
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { chromium, type Browser, type Page } from '@playwright/test'
import { demoMember } from '../sandbox/seed/demo-members'
import { parseBenchArgs } from './bench/args'
import { initialJs } from './bench/initial-js'
import { billsFigures } from './bench/bills'
import { sandboxDbFigures } from './bench/sandbox-db'
import { soakFigures } from './bench/soak'
import { startupFigures } from './bench/startup'
import { transferFigures } from './bench/transfer'
import { kb, median, quantile } from './bench/stats'
import { bin, run, startService, stop } from './lib/run.mjs'
import { CHROMIUM_ARGS, chromiumPath } from './lib/system-deps.mjs'
import { createKioskServices } from '../electron/app/create-kiosk-services'
import { createEventHub } from '../electron/app/event-hub'
import { createLogger } from '../electron/services/logger'
import { renderPdf } from '../electron/services/pdf/pdf-renderer'
import { statementPdf } from '../electron/services/pdf/statement-pdf'
import { encodeReceipt } from '../electron/services/printing/escpos-encoder'
import { KioskConfigSchema } from '../shared/config/kiosk-config'
import type { InvokeChannel } from '../shared/ipc/channels'
import type { IpcInput, IpcOutput } from '../shared/ipc/contract'
import { miniStatementReceipt } from '../electron/services/printing/receipts/mini-statement-receipt'
import { layoutReceipt } from '../electron/services/printing/receipt-model'
import { CONTEXT, manyMovements, MEMBER, movementsPage, SAVINGS } from '../test/support/print-fixtures'

const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 7)
const KEY_PRESSES = Number(process.env.BENCH_KEYS ?? 200)

async function shellStart(page: Page, configFile: string, shells: ChildProcess[]) {
  const t0 = performance.now()
  const shell = await startService(bin('tsx'), [
    'electron/web/cli.ts',
    '--dev-unsigned',
    '--config',
    configFile,
    '--no-open',
    '--log-level',
    'warn',
  ])
  shells.push(shell.child)
  const tListening = performance.now()
  await page.goto(String(shell.info.launchUrl))
  await page.getByTestId('start').waitFor({ state: 'visible' })
  const tWelcome = performance.now()
  await page.getByTestId('start').click()
  await page.getByTestId('id-input').waitFor({ state: 'visible' })
  const tId = performance.now()
  return { shell: shell.child, listening: tListening - t0, welcome: tWelcome - t0, idScreen: tId - t0 }
}

async function keyLatency(page: Page, idNumber: string) {
  await page.getByTestId('id-input').pressSequentially(idNumber)
  await page.getByTestId('id-continue').click()
  await page.getByTestId('confirm-image').click()
  await page.getByTestId('keyboard').waitFor()
  // Sent as source text: tsx's name-keeping helpers would not exist inside the page.
  return page.evaluate(`(${MEASURE_KEYS_IN_PAGE})(${KEY_PRESSES})`) as Promise<[number, number][]>
}

/** Runs in Chromium: tap a key, wait until the mask shows one more bullet and a frame is painted. */
const MEASURE_KEYS_IN_PAGE = `async (presses) => {
  const mask = document.querySelector('[data-testid="password-mask"]')
  const buttons = [...document.querySelectorAll('[data-testid="keyboard"] button')]
  const keys = buttons.filter((b) => /^[a-z0-9]$/.test(b.textContent.trim()))
  const clear = buttons.find((b) => /Limpiar|Clear/.test(b.textContent))
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  const samples = []
  for (let i = 0; i < presses; i++) {
    const before = mask.textContent
    const key = keys[i % keys.length]
    const t0 = performance.now()
    key.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    key.click()
    while (mask.textContent === before) await new Promise((r) => setTimeout(r, 0))
    const dom = performance.now() - t0
    await frame()
    samples.push([dom, performance.now() - t0])
    if (i % 6 === 5) {
      clear.click()
      await frame()
    }
  }
  return samples
}`

const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 200)
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3)

/** Receipt compose (builder + layout at 42 columns) and encode (ESC/POS bytes), 30 movements each. */
function receiptFigures() {
  const page = movementsPage(1_000_000_00, manyMovements(30), 'desc')
  const compose: number[] = []
  const encode: number[] = []
  let bytes = 0
  for (let i = 0; i < RECEIPTS; i++) {
    const t0 = performance.now()
    const lines = layoutReceipt(miniStatementReceipt(CONTEXT(), MEMBER, SAVINGS, page), {
      columns: 42,
      codePage: 'PC850',
    })
    const t1 = performance.now()
    bytes = encodeReceipt(lines, { columns: 42, codePage: 'PC850' }).length
    encode.push(performance.now() - t1)
    compose.push(t1 - t0)
  }
  console.log(
    `receipt (mini-statement, 30 movements, 42 columns): compose median ${median(compose).toFixed(2)} ms (p95 ${quantile(compose, 0.95).toFixed(2)}); encode ESC/POS median ${median(encode).toFixed(2)} ms (p95 ${quantile(encode, 0.95).toFixed(2)}); ${kb(bytes)} [${RECEIPTS} receipts]`,
  )
}

/** The 2,000-movement statement rendered from fixtures: pdfmake alone. */
async function pdfFixtureFigures() {
  const page = movementsPage(0, manyMovements(2000))
  const data = {
    product: SAVINGS,
    from: page.from!,
    to: page.to!,
    openingBalance: page.openingBalance,
    closingBalance: page.closingBalance,
    movements: page.movements,
  }
  const times: number[] = []
  let last = { pages: 0, size: 0 }
  for (let i = 0; i < PDF_RUNS; i++) {
    const t0 = performance.now()
    const doc = statementPdf(CONTEXT(), MEMBER, data)
    const { buffer, pages } = await renderPdf(doc.definition, doc.footer)
    times.push(performance.now() - t0)
    last = { pages, size: buffer.length }
  }
  console.log(
    `PDF statement, 2,000 movements (fixture, build + render): median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); ${last.pages} pages, ${kb(last.size)} [${PDF_RUNS} runs, first includes font loading]`,
  )
}

/** The same through the kiosk services: the sandbox's heavy member, every movement of the account. */
async function pdfSandboxFigures(apiUrl: string, dir: string) {
  const heavy = demoMember('co', 'heavy')
  const services = createKioskServices({
    config: KioskConfigSchema.parse({ api: { baseUrl: apiUrl, timeoutMs: 10_000, retries: 0 } }),
    emit: createEventHub().emit,
    logger: createLogger({ level: 'silent' }),
    dataDir: join(dir, 'kiosk-data'),
  })
  const call = async <C extends InvokeChannel>(channel: C, payload: IpcInput<C>): Promise<IpcOutput<C>> => {
    const env = await services.registry.dispatch(channel, payload)
    if (!env.ok) throw new Error(`${channel}: ${JSON.stringify(env.error)}`)
    return env.data as IpcOutput<C>
  }
  try {
    await call('auth.login', { idNumber: heavy.idNumber, password: heavy.password })
    const summary = await call('member.summary', {})
    const account = summary.products.find((p) => /comercial/i.test(p.name))
    if (!account) throw new Error('the heavy member has no commercial savings account')
    const whole = await call('products.movements', { productId: account.id, order: 'asc', limit: 1 })
    const t0 = performance.now()
    const result = await call('print.pdf', {
      document: { kind: 'statement', productId: account.id, from: whole.from!, to: whole.to! },
      // A kiosk e-mails the statement (issue 16, flow 4): saving to disk is staff's.
      action: 'email',
      language: 'es',
    })
    const ms = performance.now() - t0
    console.log(
      `PDF statement through the kiosk services (sandbox heavy member, ${whole.totals.count} movements ${whole.from} → ${whole.to}: fetch ${Math.ceil(whole.totals.count / 100)} pages + build + render + e-mail): ${ms.toFixed(0)} ms; ${result.pages} pages, ${kb(result.sizeBytes)}`,
    )
  } finally {
    await services.dispose()
  }
}

/** Shell start-up (cold, tsx included), key latency and the kiosk against a bare Vite + Vue app. */
async function startupPart(browser: Browser, configFile: string, startupRuns: number) {
  const js = initialJs('out/renderer')
  const shells: ChildProcess[] = []
  try {
    const starts: Awaited<ReturnType<typeof shellStart>>[] = []
    let latencies: [number, number][] = []
    for (let i = 0; i < LAUNCHES; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1024 } })
      const page = await context.newPage()
      const s = await shellStart(page, configFile, shells)
      starts.push(s)
      if (i === LAUNCHES - 1) latencies = await keyLatency(page, demoMember('co', 'active').idNumber)
      await context.close()
      await stop(s.shell)
    }
    const dom = latencies.map(([d]) => d)
    const painted = latencies.map(([, p]) => p)
    const col = (k: 'listening' | 'welcome' | 'idScreen') => starts.map((s) => s[k])
    console.log(`renderer initial JS: ${js.files} files, ${kb(js.raw)} raw, ${kb(js.gz)} gzip`)
    console.log(
      `browser shell start → listening: median ${median(col('listening')).toFixed(0)} ms; → welcome screen interactive: median ${median(col('welcome')).toFixed(0)} ms (min ${Math.min(...col('welcome')).toFixed(0)}, max ${Math.max(...col('welcome')).toFixed(0)}); → ID screen: median ${median(col('idScreen')).toFixed(0)} ms  [${LAUNCHES} launches, includes tsx start-up]`,
    )
    console.log(
      `key press → mask updated in the DOM: median ${median(dom).toFixed(2)} ms, p95 ${quantile(dom, 0.95).toFixed(2)} ms; → next frame painted: median ${median(painted).toFixed(2)} ms, p95 ${quantile(painted, 0.95).toFixed(2)} ms, max ${Math.max(...painted).toFixed(2)} ms [${latencies.length} presses]`,
    )
  } finally {
    for (const shell of shells) await stop(shell)
  }
  for (const line of await startupFigures(browser, startupRuns)) console.log(line)
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2))
  if (!existsSync('out/renderer/index.html')) await run(bin('electron-vite'), ['build'])
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'))
  const sandbox = await startService(bin('tsx'), [
    'sandbox/cli.ts',
    '--dev-unsigned',
    '--port',
    '0',
    '--data',
    join(dir, 'db'),
    '--reset',
    '--quiet',
  ])
  const configFile = join(dir, 'kiosk.json')
  writeFileSync(
    configFile,
    JSON.stringify({ api: { baseUrl: sandbox.info.url, timeoutMs: 5000, retries: 0 } }),
  )
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  })
  try {
    console.log('Cooperativa Kiosk benchmark')
    console.log(
      `machine: ${process.platform} ${process.arch}, node ${process.version}, chromium ${browser.version()}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; parts: ${[...args.only].join(', ')}`,
    )
    if (args.only.has('startup')) await startupPart(browser, configFile, args.startupRuns)
    if (args.only.has('printing')) {
      receiptFigures()
      await pdfFixtureFigures()
      await pdfSandboxFigures(sandbox.info.url, dir)
    }
    if (args.only.has('sandbox')) for (const line of await sandboxDbFigures()) console.log(line)
    if (args.only.has('soak')) await soakFigures(browser, args.soakSessions)
    if (args.only.has('transfer'))
      for (const line of await transferFigures(browser, args.transferRuns)) console.log(line)
    if (args.only.has('bills')) for (const line of await billsFigures()) console.log(line)
  } finally {
    await browser.close()
    await stop(sandbox.child)
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
