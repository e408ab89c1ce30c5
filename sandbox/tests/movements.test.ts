import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { MovementsPageSchema, ProductsOfKindSchema, type MovementsPage } from '../../shared/api/products'
import { demoMember, type DemoRole } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

let sb: TestSandbox
let token: string
let shopId: string

async function signIn(role: DemoRole) {
  const m = demoMember('co', role)
  const res = await sb.http.post('/v1/auth/login', {
    idNumber: m.idNumber,
    password: m.password,
    kioskId: 'K',
  })
  return res.json<{ token: string }>().token
}
const movements = async (query: string, productId = shopId) =>
  sb.http.get(`/v1/products/${productId}/movements${query}`, { token })
const page = async (query: string, productId = shopId): Promise<MovementsPage> => {
  const res = await movements(query, productId)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return MovementsPageSchema.parse(res.body)
}
/** The movement's effect on the balance, signed (credits raise an asset). */
const signed = (m: MovementsPage['movements'][number]) =>
  (m.direction === 'credit' ? 1 : -1) * m.amount.amountMinor

beforeAll(async () => {
  sb = await startTestSandbox({ profile: 'co' })
  token = await signIn('heavy')
  const tab = ProductsOfKindSchema.parse(
    (await sb.http.get('/v1/members/me/products/savings', { token })).body,
  )
  shopId = tab.products.find((p) => p.name === 'Cuenta de ahorros comercial')!.id
})
afterAll(() => sb.close())

describe('movements of a product', () => {
  it('has more than 2,000 movements for the heavy member, over 12 months', async () => {
    const all = await page('?limit=1')
    expect(all.totals.count).toBeGreaterThan(2000)
    expect(all.from! < all.to!).toBe(true)
    expect(all.nextCursor).not.toBeNull()
  })

  it('gives the last 10, 20 or 30, newest first, with balances that chain', async () => {
    for (const n of [10, 20, 30]) {
      const p = await page(`?last=${n}`)
      expect(p.movements).toHaveLength(n)
      expect(p.totals.count).toBe(n)
      expect(p.nextCursor).toBeNull()
      expect(p.closingBalance).toEqual(p.movements[0]!.balanceAfter)
      for (let i = 0; i + 1 < n; i++) {
        const [newer, older] = [p.movements[i]!, p.movements[i + 1]!]
        expect(newer.postedOn >= older.postedOn).toBe(true)
        expect(older.balanceAfter.amountMinor).toBe(newer.balanceAfter.amountMinor - signed(newer))
      }
      const oldest = p.movements.at(-1)!
      expect(p.openingBalance.amountMinor).toBe(oldest.balanceAfter.amountMinor - signed(oldest))
      expect(p.closingBalance.amountMinor - p.openingBalance.amountMinor).toBe(
        p.totals.credits.amountMinor - p.totals.debits.amountMinor,
      )
    }
    const asc = await page('?last=10&order=asc')
    expect(asc.movements.map((m) => m.id)).toEqual(
      (await page('?last=10')).movements.map((m) => m.id).reverse(),
    )
  })

  it('pages a date range by cursor, every movement once, and the figures cover the whole range', async () => {
    const range = '?from=2025-09-01&to=2025-11-30&order=asc&limit=100'
    const first = await page(range)
    const seen: MovementsPage['movements'] = [...first.movements]
    let cursor = first.nextCursor
    let pages = 1
    while (cursor) {
      const next = await page(`${range}&cursor=${cursor}`)
      expect(next.totals).toEqual(first.totals)
      seen.push(...next.movements)
      cursor = next.nextCursor
      pages++
    }
    expect(seen.length).toBe(first.totals.count)
    expect(pages).toBe(Math.ceil(first.totals.count / 100))
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length)
    for (const m of seen) expect(m.postedOn >= '2025-09-01' && m.postedOn <= '2025-11-30').toBe(true)
    // Running balance across page breaks: opening + each movement = each balance.
    let balance = first.openingBalance.amountMinor
    for (const m of seen) {
      balance += signed(m)
      expect(m.balanceAfter.amountMinor).toBe(balance)
    }
    expect(balance).toBe(first.closingBalance.amountMinor)
    const credits = seen.filter((m) => m.direction === 'credit').reduce((s, m) => s + m.amount.amountMinor, 0)
    expect(first.totals.credits.amountMinor).toBe(credits)
    expect(seen.every((m) => /^CB\d{8}$/.test(m.reference))).toBe(true)
  })

  it('pages newest first too, and a range without movements has the balance of its start', async () => {
    const desc = await page('?from=2025-09-01&to=2025-11-30&limit=100')
    expect(desc.movements[0]!.postedOn >= desc.movements.at(-1)!.postedOn).toBe(true)
    const empty = await page('?from=2019-01-01&to=2019-01-31')
    expect(empty.movements).toEqual([])
    expect(empty.totals.count).toBe(0)
    expect(empty.openingBalance).toEqual(empty.closingBalance)
  })

  it('reads debts from the member’s side: a loan installment is a credit, interest in arrears a debit', async () => {
    token = await signIn('overdue-loan')
    const loans = ProductsOfKindSchema.parse(
      (await sb.http.get('/v1/members/me/products/loan', { token })).body,
    )
    const p = await page('?last=30', loans.products[0]!.id)
    expect(p.nature).toBe('liability')
    const byDescription = (re: RegExp) => p.movements.filter((m) => re.test(m.description))
    expect(byDescription(/^Abono a capital/).every((m) => m.direction === 'credit')).toBe(true)
    expect(byDescription(/^Interés de mora/).every((m) => m.direction === 'debit')).toBe(true)
    token = await signIn('heavy')
  })

  it.each([
    ['last outside 10/20/30', '?last=15', 'last'],
    ['from without to', '?from=2025-01-01', 'to'],
    ['from after to', '?from=2025-03-01&to=2025-02-01', 'from'],
    ['a page over 100', '?limit=101', 'limit'],
    ['a malformed date', '?from=2025-02-30&to=2025-03-01', 'from'],
    ['an unknown parameter', '?page=2', ''],
    ['last with a range', '?last=10&from=2025-01-01&to=2025-02-01', 'last'],
    ['a repeated parameter', '?limit=10&limit=20', 'limit'],
  ])('refuses %s with 400 VALIDATION', async (_label, query, path) => {
    const res = await movements(query)
    expect(res.status).toBe(400)
    const { error } = ApiErrorBodySchema.parse(res.body)
    expect(error.code).toBe('VALIDATION')
    expect(error.details?.issues?.map((i) => i.path)).toContain(path)
  })

  it('refuses a cursor it did not make', async () => {
    const res = await movements('?cursor=abc')
    expect(res.status).toBe(400)
  })

  it('uses the (product, date) index for a date range page, and prints how long a page takes', async () => {
    const plan = sb.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM movements WHERE product_id = ? AND posted_on BETWEEN ? AND ?
         AND (posted_on, id) > (?, ?) ORDER BY posted_on, id LIMIT 101`,
      )
      .all(shopId, '2025-01-01', '2026-12-31', '2025-06-01', 0) as { detail: string }[]
    expect(plan.map((r) => r.detail).join(' ')).toContain('movements_by_product_date')
    const started = performance.now()
    const runs = 20
    for (let i = 0; i < runs; i++) await page('?from=2025-06-01&to=2025-12-31&limit=100')
    const ms = (performance.now() - started) / runs
    // A figure for the notes, not an assertion: timing depends on the machine.
    process.stdout.write(
      `movements: page of 100 by date range over HTTP, heavy member: ${ms.toFixed(2)} ms\n`,
    )
  })
})
