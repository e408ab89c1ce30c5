import type { ProductSummary } from '../../../../shared/api/member'
import type { MovementsPage } from '../../../../shared/api/products'
import { fill } from '../document-format'
import { movementTotals, signedAmount } from '../movement-totals'
import { labelsFor, type MemberHeader, type PrintContext } from '../print-context'
import type { ReceiptBlock, ReceiptDocument } from '../receipt-model'
import { memberLines, productLine, receiptFooter, receiptHeader } from './receipt-frame'

/** Mini-statement: the last N movements of one product, newest first, with running balance. */
export function miniStatementReceipt(
  ctx: PrintContext,
  member: MemberHeader,
  product: ProductSummary,
  page: MovementsPage,
): ReceiptDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const title = l.paper.titles.miniStatement
  const totals = movementTotals(page.movements, page.closingBalance.currency)
  const blocks: ReceiptBlock[] = [
    ...receiptHeader(ctx, title),
    ...memberLines(ctx, member),
    { type: 'text', text: `${l.paper.statement.product}: ${productLine(product)}`, maxLines: 2 },
    { type: 'text', text: fill(l.paper.statement.lastN, { n: page.movements.length }) },
    { type: 'rule' },
    { type: 'text', text: `${l.movements.columns.date} / ${l.movements.columns.description}` },
    { type: 'columns', left: l.paper.statement.amount, right: l.movements.columns.balance },
    { type: 'rule' },
  ]
  if (page.movements.length === 0) blocks.push({ type: 'text', text: l.movements.none })
  for (const m of page.movements) {
    blocks.push(
      { type: 'text', text: `${f.date(m.postedOn)} ${m.description}`, maxLines: 2 },
      { type: 'columns', left: f.money(signedAmount(m)), right: f.money(m.balanceAfter) },
    )
  }
  blocks.push(
    { type: 'rule' },
    { type: 'pair', label: l.movements.credits, value: f.money(totals.credits) },
    { type: 'pair', label: l.movements.debits, value: f.money(totals.debits) },
    { type: 'pair', label: l.movements.closing, value: f.money(page.closingBalance), bold: true },
    ...receiptFooter(ctx),
  )
  return { title: `${title} - ${productLine(product)}`, blocks }
}
