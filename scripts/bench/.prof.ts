import { chromium } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from '../lib/system-deps.mjs'
import { startSandbox, startShell, stopService } from './stack'
const MARK = `(() => { const check = () => { const b = document.querySelector('[data-testid="start"]'); if (b && !b.disabled) window.__interactiveAt = performance.now(); else requestAnimationFrame(check) }; requestAnimationFrame(check) })()`
const dir = mkdtempSync(join(tmpdir(), 'diag-'))
const sb = await startSandbox(dir)
const k = await startShell(dir, sb.url, { name: 'k' })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
const c0 = await browser.newContext()
const p0 = await c0.newPage()
await p0.goto(k.launchUrl)
const cookies = await c0.cookies()
await c0.close()
const self = new Map<string, number>()
for (let i = 0; i < 6; i++) {
  const c = await browser.newContext()
  await c.addCookies(cookies)
  await c.addInitScript({ content: MARK })
  const p = await c.newPage()
  const cdp = await c.newCDPSession(p)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  await p.goto(new URL('/', k.launchUrl).href)
  await p.waitForFunction(() => (globalThis as any).__interactiveAt)
  const { profile } = await cdp.send('Profiler.stop')
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
  const dt = profile.timeDeltas as number[]
  profile.samples.forEach((id: number, j: number) => {
    const n: any = byId.get(id)
    const f = n.callFrame
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[j] ?? 0) / 1000)
  })
  await c.close()
}
for (const [k2, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log((v / 6).toFixed(2).padStart(8), k2)
await browser.close()
await stopService(k)
await stopService(sb)
