import type { Content, TableCell } from './pdf-definition'
import type { ConsolidatedPosition } from '../../../shared/api/products'
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

/** Consolidated position: one table per product kind with its total, then assets, debts and net. */
export function positionPdf(ctx: PrintContext, member: MemberHeader, p: ConsolidatedPosition): PdfDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const groups: Content[] = p.groups.map((g) => ({
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto', 'auto', 'auto', 'auto'],
      body: [
        [
          th(l.kinds[g.kind]),
          th(l.position.columns.monthly, true),
          th(l.position.columns.available, true),
          th(l.position.columns.nextDue, true),
          th(l.movements.columns.balance, true),
        ],
        ...g.products.map((x): TableCell[] => [
          `${x.name} ${x.maskedNumber}`,
          right(x.monthlyPayment ? f.money(x.monthlyPayment) : ''),
          right(x.available ? f.money(x.available) : ''),
          right(x.nextDueDate ? f.date(x.nextDueDate) : ''),
          right(f.money(x.balance)),
        ]),
        [
          { text: l.paper.position.total, style: 'total', colSpan: 4 },
          '',
          '',
          '',
          right(f.money(g.total), 'total'),
        ],
      ],
    },
  }))
  const t = p.totals
  const totals: Content = {
    layout: 'noBorders',
    margin: [0, 12, 0, 0],
    table: {
      widths: ['*', 'auto'],
      body: [
        [l.position.assets, right(f.money(t.assets))],
        [l.position.liabilities, right(f.money(t.liabilities))],
        [{ text: l.position.net, style: 'total' }, right(f.money(t.net), 'total')],
        [l.position.commitments, right(f.money(t.monthlyCommitments))],
      ],
    },
  }
  return framedDocument(
    ctx,
    l.position.title,
    [
      facts([...memberFacts(ctx, member), [l.paper.header.cutoff, f.longDate(p.cutoffDate)]]),
      ...(groups.length ? groups : [{ text: l.paper.position.none, margin: [0, 8, 0, 8] } as Content]),
      totals,
    ],
    slug(l.position.title, p.cutoffDate),
  )
}
