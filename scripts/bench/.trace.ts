import { chromium } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from '../lib/system-deps.mjs'
import { buildBareApp } from './bare-app'
import { startSandbox, startShell, stopService } from './stack'
const MARK = `(() => { const check = () => { const b = document.querySelector('[data-testid="start"]'); if (b && !b.disabled) { window.__interactiveAt = performance.now(); performance.mark('interactive') } else requestAnimationFrame(check) }; requestAnimationFrame(check) })()`
const dir = mkdtempSync(join(tmpdir(), 'diag-'))
const bareDir = await buildBareApp(join(dir, 'bare'))
const sb = await startSandbox(dir)
const k = await startShell(dir, sb.url, { name: 'k' })
const bb = await startShell(dir, sb.url, { name: 'b', renderer: bareDir })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
for (const [name, s] of [
  ['kiosk', k],
  ['bare', bb],
] as const) {
  const c0 = await browser.newContext()
  const p0 = await c0.newPage()
  await p0.goto(s.launchUrl)
  const cookies = await c0.cookies()
  await c0.close()
  const tot = new Map<string, number>()
  const N = 5
  for (let i = 0; i < N; i++) {
    const c = await browser.newContext({ viewport: { width: 1280, height: 1024 } })
    await c.addCookies(cookies)
    await c.addInitScript({ content: MARK })
    const p = await c.newPage()
    await browser.startTracing(p, {
      categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
    })
    await p.goto(new URL('/', s.launchUrl).href)
    await p.waitForFunction(() => (globalThis as any).__interactiveAt)
    const buf = await browser.stopTracing()
    const ev = JSON.parse(buf.toString()).traceEvents as any[]
    const nav =
      ev.find((e) => e.name === 'navigationStart')?.ts ??
      ev.find((e) => e.name === 'TracingStartedInBrowser')?.ts
    const mark = ev.find((e) => e.name === 'interactive')?.ts
    const main = ev.filter((e) => e.ph === 'X' && e.ts >= nav && e.ts <= mark)
    for (const e of main)
      if (
        [
          'ParseHTML',
          'EvaluateScript',
          'v8.compile',
          'v8.compileModule',
          'v8.evaluateModule',
          'CompileScript',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'FunctionCall',
          'ParseAuthorStyleSheet',
          'PrePaint',
          'Layerize',
          'RunMicrotasks',
          'v8.parseOnBackground',
          'ScheduleStyleRecalculation',
          'RecalculateStyles',
          'HitTest',
          'EventDispatch',
          'TimerFire',
          'FireAnimationFrame',
          'v8.run',
          'v8.produceModuleCache',
          'V8.GCScavenger',
          'MinorGC',
          'MajorGC',
          'Decode Image',
          'ImageDecodeTask',
          'CommitLoad',
          'ResourceReceivedData',
          'v8.newInstance',
          'V8.CompileCode',
        ].includes(e.name)
      )
        tot.set(e.name, (tot.get(e.name) ?? 0) + e.dur / 1000)
    tot.set('_span', (tot.get('_span') ?? 0) + (mark - nav) / 1000)
    await c.close()
  }
  console.log(name)
  for (const [n, v] of [...tot].sort((a, b) => b[1] - a[1])) console.log((v / N).toFixed(1).padStart(8), n)
}
await browser.close()
await stopService(k)
await stopService(bb)
await stopService(sb)
