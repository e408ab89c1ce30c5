import type { Database, Statement } from '../db/database'
import type { Movement, MovementsPage, MovementsQuery } from '../../shared/api/products'
import { PRODUCT_NATURE } from '../../shared/api/products'
import { KioskError } from '../../shared/ipc/errors'
import { money, type CurrencyCode } from '../../shared/money/money'
import { directionOf } from './ledger-rules'
import type { MovementRow, ProductRow, ProductStore } from './store'

/** Bounds that stand for "no range": every ISO date sorts between them. */
const EARLIEST = '0000-01-01'
const LATEST = '9999-12-31'

/** Cursor = the last movement of the page: "<posted_on>_<id>" (keyset paging, stable under inserts). */
const CURSOR = /^(\d{4}-\d{2}-\d{2})_(\d{1,15})$/
const cursorOf = (r: MovementRow) => `${r.posted_on}_${r.id}`
function parseCursor(cursor: string): [string, number] {
  const m = CURSOR.exec(cursor)
  if (!m)
    throw new KioskError('VALIDATION', 'Unknown cursor', {
      issues: [{ path: 'cursor', message: 'unknown cursor' }],
    })
  return [m[1]!, Number(m[2])]
}

/** The core's voucher number for a movement. */
export const referenceOf = (id: number) => `CB${String(id).padStart(8, '0')}`

const COLUMNS = 'id, posted_on, description, amount_minor, balance_minor'

/**
 * Movements of one product: the newest N, or a date range (or everything) paged by keyset over
 * (posted_on, id), which the movements_by_product_date index serves directly.
 */
export function createMovementQueries(db: Database, store: ProductStore, currency: CurrencyCode) {
  const pageStatements = new Map<string, Statement<unknown[], MovementRow>>()
  const pageStatement = (order: 'asc' | 'desc', after: boolean) => {
    const key = `${order}:${after}`
    let s = pageStatements.get(key)
    if (!s) {
      const cmp = order === 'asc' ? '>' : '<'
      const dir = order === 'asc' ? 'ASC' : 'DESC'
      s = db.prepare<unknown[], MovementRow>(
        `SELECT ${COLUMNS} FROM movements
         WHERE product_id = ? AND posted_on BETWEEN ? AND ? ${after ? `AND (posted_on, id) ${cmp} (?, ?)` : ''}
         ORDER BY posted_on ${dir}, id ${dir} LIMIT ?`,
      )
      pageStatements.set(key, s)
    }
    return s
  }
  const newest = db.prepare<[string, number], MovementRow>(
    `SELECT ${COLUMNS} FROM movements WHERE product_id = ? ORDER BY posted_on DESC, id DESC LIMIT ?`,
  )
  const totals = db.prepare<[string, string, string], { n: number; up: number; down: number }>(
    `SELECT count(*) AS n,
       coalesce(sum(CASE WHEN amount_minor > 0 THEN amount_minor END), 0) AS up,
       coalesce(sum(CASE WHEN amount_minor < 0 THEN -amount_minor END), 0) AS down
     FROM movements WHERE product_id = ? AND posted_on BETWEEN ? AND ?`,
  )
  const bounds = db.prepare<[string], { first: string | null; last: string | null }>(
    'SELECT min(posted_on) AS first, max(posted_on) AS last FROM movements WHERE product_id = ?',
  )

  const m = (n: number) => money(n, currency)
  const toMovement =
    (p: ProductRow) =>
    (r: MovementRow): Movement => ({
      id: String(r.id),
      postedOn: r.posted_on,
      description: r.description,
      reference: referenceOf(r.id),
      direction: directionOf(p.kind, r.amount_minor),
      amount: m(Math.abs(r.amount_minor)),
      balanceAfter: m(r.balance_minor),
    })
  /** Raises (up) and lowers (down) of the balance, as the member's credits and debits. */
  const asTotals = (p: ProductRow, up: number, down: number, count: number) => {
    const asset = PRODUCT_NATURE[p.kind] === 'asset'
    return { credits: m(asset ? up : down), debits: m(asset ? down : up), count }
  }

  function lastN(p: ProductRow, q: MovementsQuery & { last: number }): MovementsPage {
    const rows = newest.all(p.id, q.last) // newest first
    const oldest = rows.at(-1)
    const up = rows.reduce((s, r) => s + Math.max(0, r.amount_minor), 0)
    const down = rows.reduce((s, r) => s + Math.max(0, -r.amount_minor), 0)
    const opening = oldest ? oldest.balance_minor - oldest.amount_minor : p.balance_minor
    return {
      productId: p.id,
      nature: PRODUCT_NATURE[p.kind],
      from: oldest?.posted_on ?? null,
      to: rows[0]?.posted_on ?? null,
      order: q.order,
      openingBalance: m(opening),
      closingBalance: m(rows[0]?.balance_minor ?? opening),
      totals: asTotals(p, up, down, rows.length),
      movements: (q.order === 'asc' ? rows.toReversed() : rows).map(toMovement(p)),
      nextCursor: null,
    }
  }

  function range(p: ProductRow, q: MovementsQuery): MovementsPage {
    const from = q.from ?? EARLIEST
    const to = q.to ?? LATEST
    const after = q.cursor ? parseCursor(q.cursor) : null
    const args: unknown[] = [p.id, from, to, ...(after ?? []), q.limit + 1]
    const rows = pageStatement(q.order, after !== null).all(...args)
    const more = rows.length > q.limit
    const page = more ? rows.slice(0, q.limit) : rows
    const t = totals.get(p.id, from, to)!
    const opening = store.lastBefore(p.id, from)?.balance_minor ?? p.opening_balance_minor
    const closing = store.lastOnOrBefore(p.id, to)?.balance_minor ?? opening
    const span = q.from ? { first: q.from, last: q.to! } : bounds.get(p.id)!
    return {
      productId: p.id,
      nature: PRODUCT_NATURE[p.kind],
      from: span.first,
      to: span.last,
      order: q.order,
      openingBalance: m(opening),
      closingBalance: m(closing),
      totals: asTotals(p, t.up, t.down, t.n),
      movements: page.map(toMovement(p)),
      nextCursor: more ? cursorOf(page.at(-1)!) : null,
    }
  }

  return {
    page(p: ProductRow, q: MovementsQuery): MovementsPage {
      return q.last !== undefined ? lastN(p, { ...q, last: q.last }) : range(p, q)
    },
  }
}
export type MovementQueries = ReturnType<typeof createMovementQueries>
