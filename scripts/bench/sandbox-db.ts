// Sandbox database figures: a seeded reset (create the file, migrate, seed both cooperatives' demo
// members with a year of movements) and the heavy member's movements page, over HTTP and as the bare
// SQL query. Written against the sandbox's public surface only, so the same file measures any driver.
import { ProductsOfKindSchema } from '../../shared/api/products'
import { signInDemo, startTestSandbox } from '../../sandbox/testing/harness'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!

async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now()
  const value = await fn()
  return [performance.now() - t0, value]
}

export async function sandboxDbFigures(runs = { resets: 5, pages: 200 }): Promise<string[]> {
  const resets: number[] = []
  for (let i = 0; i < runs.resets; i++) {
    const [ms, sb] = await timed(() => startTestSandbox({ profile: 'co' }))
    resets.push(ms)
    await sb.close()
  }

  const sb = await startTestSandbox({ profile: 'co' })
  try {
    const token = await signInDemo(sb.http, 'co', 'heavy', 'BENCH')
    const tab = ProductsOfKindSchema.parse(
      (await sb.http.get('/v1/members/me/products/savings', { token })).body,
    )
    const shopId = tab.products.find((p) => p.name === 'Cuenta de ahorros comercial')!.id
    const path = `/v1/products/${shopId}/movements?from=2025-06-01&to=2025-12-31&limit=100`
    const http: number[] = []
    for (let i = 0; i < runs.pages; i++) {
      const [ms, res] = await timed(() => sb.http.get(path, { token }))
      if (res.status !== 200) throw new Error(`movements page answered ${res.status}`)
      http.push(ms)
    }
    const sql = `SELECT * FROM movements WHERE product_id = ? AND posted_on BETWEEN ? AND ?
                 ORDER BY posted_on, id LIMIT 101`
    const query: number[] = []
    for (let i = 0; i < runs.pages; i++) {
      const [ms, rows] = await timed(() => sb.db.prepare(sql).all(shopId, '2025-06-01', '2025-12-31'))
      if ((rows as unknown[]).length === 0) throw new Error('the page query found no movements')
      query.push(ms)
    }
    const f = (xs: number[]) => `median ${median(xs).toFixed(2)} ms (p95 ${p95(xs).toFixed(2)})`
    return [
      `sandbox seeded reset (migrate + seed co, through start-up): ${f(resets)} [${runs.resets} runs]`,
      `sandbox movements page of 100 by date range, heavy member, over HTTP: ${f(http)} [${runs.pages} pages]`,
      `sandbox movements page query alone (prepare + all, 101 rows): ${f(query)} [${runs.pages} queries]`,
    ]
  } finally {
    await sb.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`node ${process.version}`)
  for (const line of await sandboxDbFigures()) console.log(line)
}
