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
    th(l.movements.columns.date),
    th(l.movements.columns.description),
    th(l.movements.columns.reference),
    th(l.movements.columns.debit, true),
    th(l.movements.columns.credit, true),
    th(l.movements.columns.balance, true),
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
      ? { text: l.movements.none, margin: [0, 8, 0, 8] }
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
        [l.paper.statement.count, right(f.count(totals.count))],
        [l.movements.debits, right(f.money(totals.debits))],
        [l.movements.credits, right(f.money(totals.credits))],
        [{ text: l.movements.closing, style: 'total' }, right(f.money(s.closingBalance), 'total')],
      ],
    },
  }
  const period = fill(l.movements.period, { from: f.longDate(s.from), to: f.longDate(s.to) })
  return framedDocument(
    ctx,
    l.paper.titles.statement,
    [
      facts([
        ...memberFacts(ctx, member),
        [l.paper.statement.product, `${s.product.name} ${s.product.maskedNumber}`],
        [l.paper.statement.period, period],
        [l.movements.opening, f.money(s.openingBalance)],
      ]),
      table,
      summary,
    ],
    slug(l.paper.titles.statement, s.product.maskedNumber.replace(/\*/g, ''), s.from, s.to),
  )
}
