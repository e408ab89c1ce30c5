// Navigation start → interactive welcome, the kiosk's renderer against a bare Vite + Vue app (issue 8,
// item 6). Both are served by the same browser-shell code (two shells on one sandbox, the bare one with
// --renderer) and opened alternately in one Chromium, a fresh context with the cache off each time, so
// machine load falls on both alike.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext } from '@playwright/test'
import { buildBareApp } from './bare-app'
import { initialJs } from './initial-js'
import { kb, median, quantile } from './stats'
import { startSandbox, startShell, stopService, type Service } from './stack'

/**
 * Runs in the page before any of its scripts: records performance.now() (ms since navigation start)
 * at the first frame where the start button is visible and enabled. Source text, not a function:
 * tsx's helpers would not exist inside the page.
 */
const MARK_INTERACTIVE = `(() => {
  const check = () => {
    const b = document.querySelector('[data-testid="start"]')
    if (b && !b.disabled && b.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
      window.__interactiveAt = performance.now()
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>

/** The start link admits one browser once: redeem it, and let every timed visit carry its cookie. */
async function redeem(browser: Browser, launchUrl: string): Promise<Cookies> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(launchUrl)
    return await context.cookies()
  } finally {
    await context.close()
  }
}

async function timeToInteractive(browser: Browser, url: string, cookies: Cookies): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1024 } })
  try {
    await context.addCookies(cookies)
    await context.addInitScript({ content: MARK_INTERACTIVE })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(url)
    // A function, not source text: a string predicate is eval'd in the page, which its CSP forbids.
    const handle = await page.waitForFunction(
      () => (globalThis as { __interactiveAt?: number }).__interactiveAt,
      undefined,
      { timeout: 30_000 },
    )
    return (await handle.jsonValue()) as number
  } finally {
    await context.close()
  }
}

export async function startupFigures(browser: Browser, runs = 15): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-startup-'))
  let sandbox: Service | undefined
  const shells: Service[] = []
  try {
    const bareDir = await buildBareApp(join(dir, 'bare-vue'))
    sandbox = await startSandbox(dir)
    const kiosk = await startShell(dir, sandbox.url, { name: 'kiosk shell' })
    shells.push(kiosk)
    const bare = await startShell(dir, sandbox.url, { name: 'bare shell', renderer: bareDir })
    shells.push(bare)
    const apps = [
      { name: 'kiosk', shell: kiosk, js: initialJs('out/renderer'), times: [] as number[] },
      { name: 'bare Vite + Vue', shell: bare, js: initialJs(bareDir), times: [] as number[] },
    ].map((a) => ({ ...a, url: new URL('/', a.shell.launchUrl).href, cookies: [] as Cookies }))
    for (const app of apps) app.cookies = await redeem(browser, app.shell.launchUrl)
    // One untimed visit each warms the shells' file reads and Chromium's process pool alike.
    for (const app of apps) await timeToInteractive(browser, app.url, app.cookies)
    // ABBA order, so neither app always goes first after the other.
    for (let i = 0; i < runs; i++) {
      for (const app of i % 2 === 0 ? apps : [...apps].reverse())
        app.times.push(await timeToInteractive(browser, app.url, app.cookies))
    }
    const [k, b] = apps as [(typeof apps)[0], (typeof apps)[0]]
    const line = (a: typeof k) =>
      `  ${a.name}: median ${median(a.times).toFixed(0)} ms, p95 ${quantile(a.times, 0.95).toFixed(0)} ms (min ${Math.min(...a.times).toFixed(0)}, max ${Math.max(...a.times).toFixed(0)}); initial JS ${a.js.files} files, ${kb(a.js.raw)} raw, ${kb(a.js.gz)} gzip`
    return [
      `navigation start → interactive welcome (start button visible and enabled), same browser-shell server, cache off, ${runs} alternating runs each:`,
      line(k),
      line(b),
      `  ratio kiosk / bare: median ${(median(k.times) / median(b.times)).toFixed(2)}×, p95 ${(quantile(k.times, 0.95) / quantile(b.times, 0.95)).toFixed(2)}×; initial JS gzip ${(k.js.gz / b.js.gz).toFixed(1)}× (goal ≤ 1.3× on the median)`,
    ]
  } finally {
    for (const s of shells.reverse()) await stopService(s)
    await stopService(sandbox)
    rmSync(dir, { recursive: true, force: true })
  }
}
