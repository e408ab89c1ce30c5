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
const incl = new Map<string, number>()
const N = 6
for (let i = 0; i < N; i++) {
  const c = await browser.newContext()
  await c.addCookies(cookies)
  await c.addInitScript({ content: MARK })
  const p = await c.newPage()
  const cdp = await c.newCDPSession(p)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  await cdp.send('Profiler.start')
  await p.goto(new URL('/', k.launchUrl).href)
  await p.waitForFunction(() => (globalThis as any).__interactiveAt)
  const { profile } = await cdp.send('Profiler.stop')
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes as any[]) for (const ch of n.children ?? []) parent.set(ch, n.id)
  const dt = profile.timeDeltas as number[]
  profile.samples.forEach((id: number, j: number) => {
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame
      if (!f.url.includes('index-')) continue
      const key = `${f.functionName || '(anon)'} :${f.lineNumber}`
      if (seen.has(key)) continue
      seen.add(key)
      incl.set(key, (incl.get(key) ?? 0) + (dt[j] ?? 0) / 1000)
    }
  })
  await c.close()
}
for (const [k2, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60))
  console.log((v / N).toFixed(2).padStart(8), k2)
await browser.close()
await stopService(k)
await stopService(sb)
