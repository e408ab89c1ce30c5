import type { Content, TableCell } from './pdf-definition'
import type { ProductSummary } from '../../../shared/api/member'
import { fill } from '../printing/document-format'
import type { Statement } from '../products-service'
import { movementTotals } from '../printing/movement-totals'
import { labelsFor, type MemberHeader, type PrintContext } from '../printing/print-context'
import {
  facts,
  framedDocument,
  headerCell as th,
  memberFacts,
  rightCell as right,
  slug,
  type PdfDocument,
} from './document-frame'

/** The products service's statement (movements oldest first), with the product and the asked period. */
export type StatementData = Pick<Statement, 'openingBalance' | 'closingBalance' | 'movements'> & {
  product: ProductSummary
  from: string
  to: string
}

/**
 * Account statement of one product for a period: member and product, period, opening balance, every
 * movement with its running balance (debits and credits in their own columns), totals, closing balance.
 */
export function statementPdf(ctx: PrintContext, member: MemberHeader, s: StatementData): PdfDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const totals = movementTotals(s.movements, s.openingBalance.currency)
  const head: TableCell[] = [
    th(l.statement.date),
    th(l.statement.description),
    th(l.statement.reference),
    th(l.statement.debit, true),
    th(l.statement.credit, true),
    th(l.statement.balance, true),
  ]
  const rows: TableCell[][] = s.movements.map((m) => [
    { text: f.date(m.postedOn), noWrap: true },
    m.description,
    m.reference,
    right(m.direction === 'debit' ? f.money(m.amount) : ''),
    right(m.direction === 'credit' ? f.money(m.amount) : ''),
    right(f.money(m.balanceAfter)),
  ])
  const table: Content =
    rows.length === 0
      ? { text: l.statement.none, margin: [0, 8, 0, 8] }
      : {
          layout: 'lightHorizontalLines',
          margin: [0, 6, 0, 6],
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['auto', '*', 'auto', 'auto', 'auto', 'auto'],
            body: [head, ...rows],
          },
        }
  const summary: Content = {
    layout: 'noBorders',
    table: {
      widths: ['*', 'auto'],
      body: [
        [l.statement.count, right(f.count(totals.count))],
        [l.statement.totalDebits, right(f.money(totals.debits))],
        [l.statement.totalCredits, right(f.money(totals.credits))],
        [{ text: l.statement.closing, style: 'total' }, right(f.money(s.closingBalance), 'total')],
      ],
    },
  }
  const period = fill(l.statement.periodRange, { from: f.longDate(s.from), to: f.longDate(s.to) })
  return framedDocument(
    ctx,
    l.titles.statement,
    [
      facts([
        ...memberFacts(ctx, member),
        [l.statement.product, `${s.product.name} ${s.product.maskedNumber}`],
        [l.statement.period, period],
        [l.statement.opening, f.money(s.openingBalance)],
      ]),
      table,
      summary,
    ],
    slug(l.titles.statement, s.product.maskedNumber.replace(/\*/g, ''), s.from, s.to),
  )
}
