import type { CardStatement, CardStatementLine } from '../../shared/api/products'
import { KioskError } from '../../shared/ipc/errors'
import { money, type CurrencyCode } from '../../shared/money/money'
import { addMonths, isoDate, lastDayOfMonth } from '../calendar'
import { CARD_FEE_DESCRIPTION, CARD_PAYMENT_DESCRIPTION, minimumPaymentOf } from './ledger-rules'
import { referenceOf } from './movements'
import type { MovementRow, ProductRow, ProductStore } from './store'
import { parseTerms } from './terms'

function categoryOf(r: MovementRow): CardStatementLine['category'] {
  if (r.description === CARD_FEE_DESCRIPTION) return 'fee'
  if (r.description === CARD_PAYMENT_DESCRIPTION || r.amount_minor < 0) return 'payment'
  if (/^Inter[eé]s/i.test(r.description)) return 'interest'
  return 'purchase'
}

/** A card's statement for a calendar month: its lines, the totals by category and what is due. */
export function cardStatementOf(
  p: ProductRow,
  store: ProductStore,
  currency: CurrencyCode,
  cutoff: string,
  period?: string,
): CardStatement {
  if (p.kind !== 'card') throw new KioskError('NOT_FOUND', 'Not a card')
  const periods = store.months(p.id).filter((month) => month <= cutoff.slice(0, 7))
  const chosen = period ?? periods[0]
  if (!chosen || !periods.includes(chosen)) throw new KioskError('NOT_FOUND', 'No statement for that period')
  const [year, month] = chosen.split('-').map(Number) as [number, number]
  const start = isoDate(year, month, 1)
  const end = isoDate(year, month, lastDayOfMonth({ year, month }))
  const due = addMonths({ year, month }, 1)
  const t = parseTerms('card', p.terms ?? '{}')
  const rows = store.between(p.id, start, end)
  const previous = store.lastBefore(p.id, start)?.balance_minor ?? p.opening_balance_minor
  const closing = rows.at(-1)?.balance_minor ?? previous
  const m = (n: number) => money(n, currency)
  const lines = rows.map((r): CardStatementLine => ({
    postedOn: r.posted_on,
    description: r.description,
    reference: referenceOf(r.id),
    category: categoryOf(r),
    direction: r.amount_minor < 0 ? 'credit' : 'debit',
    amount: m(Math.abs(r.amount_minor)),
  }))
  const sum = (c: CardStatementLine['category']) =>
    m(lines.filter((l) => l.category === c).reduce((s, l) => s + l.amount.amountMinor, 0))
  return {
    productId: p.id,
    period: chosen,
    periodStart: start,
    periodEnd: end,
    paymentDueDate: isoDate(due.year, due.month, 15),
    limit: m(t.limitMinor),
    available: m(Math.max(0, t.limitMinor - closing)),
    previousBalance: m(previous),
    purchases: sum('purchase'),
    payments: sum('payment'),
    fees: sum('fee'),
    interest: sum('interest'),
    closingBalance: m(closing),
    minimumPayment: m(minimumPaymentOf(closing)),
    lines,
  }
}
