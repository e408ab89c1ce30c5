import { chromium } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from '../lib/system-deps.mjs'
import { buildBareApp } from './bare-app'
import { startSandbox, startShell, stopService } from './stack'

const MARK = `(() => { const check = () => { const b = document.querySelector('[data-testid="start"]'); if (b && !b.disabled && b.checkVisibility({visibilityProperty:true,opacityProperty:true})) window.__interactiveAt = performance.now(); else requestAnimationFrame(check) }; requestAnimationFrame(check) })()`
const dir = mkdtempSync(join(tmpdir(), 'diag-'))
const bareDir = await buildBareApp(join(dir, 'bare'))
const sb = await startSandbox(dir)
const k = await startShell(dir, sb.url, { name: 'k' })
const b = await startShell(dir, sb.url, { name: 'b', renderer: bareDir })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
for (const [name, s] of [
  ['kiosk', k],
  ['bare', b],
] as const) {
  const c0 = await browser.newContext()
  const p0 = await c0.newPage()
  await p0.goto(s.launchUrl)
  const cookies = await c0.cookies()
  await c0.close()
  const rows: string[] = []
  for (let i = 0; i < 8; i++) {
    const c = await browser.newContext({ viewport: { width: 1280, height: 1024 } })
    await c.addCookies(cookies)
    await c.addInitScript({ content: MARK })
    const p = await c.newPage()
    const cdp = await c.newCDPSession(p)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await p.goto(new URL('/', s.launchUrl).href)
    await p.waitForFunction(() => (globalThis as any).__interactiveAt, undefined, { timeout: 30000 })
    const t = await p.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (r) =>
          `${r.name.split('/').pop()!.slice(0, 14)}:${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`,
      )
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
      const m = performance
        .getEntriesByType('mark')
        .map((e) => `${e.name}:${e.startTime.toFixed(0)}`)
        .join(' ')
      return (
        m +
        ` doc ${nav.responseStart.toFixed(0)}/${nav.responseEnd.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)} fcp ${fcp?.toFixed(0)} int ${(globalThis as any).__interactiveAt.toFixed(0)} | ${res.join(' ')}`
      )
    })
    rows.push(t)
    await c.close()
  }
  console.log(name)
  for (const r of rows) console.log('  ' + r)
}
await browser.close()
await stopService(k)
await stopService(b)
await stopService(sb)
