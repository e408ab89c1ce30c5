import type { ConsolidatedPosition } from '../../../../shared/api/products'
import { labelsFor, type MemberHeader, type PrintContext } from '../print-context'
import type { ReceiptBlock, ReceiptDocument } from '../receipt-model'
import { memberLines, productLine, receiptFooter, receiptHeader } from './receipt-frame'

/** Consolidated position: every product by kind with group totals, then assets, debts and net. */
export function positionReceipt(
  ctx: PrintContext,
  member: MemberHeader,
  position: ConsolidatedPosition,
): ReceiptDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const blocks: ReceiptBlock[] = [
    ...receiptHeader(ctx, l.position.title),
    ...memberLines(ctx, member),
    { type: 'pair', label: l.paper.header.cutoff, value: f.date(position.cutoffDate) },
  ]
  if (position.groups.length === 0)
    blocks.push({ type: 'rule' }, { type: 'text', text: l.paper.position.none })
  for (const g of position.groups) {
    blocks.push({ type: 'rule' }, { type: 'text', text: l.kinds[g.kind], bold: true })
    for (const p of g.products)
      blocks.push({ type: 'pair', label: productLine(p), value: f.money(p.balance) })
    blocks.push({ type: 'pair', label: l.paper.position.total, value: f.money(g.total), bold: true })
  }
  const t = position.totals
  blocks.push(
    { type: 'rule', char: '=' },
    { type: 'pair', label: l.position.assets, value: f.money(t.assets) },
    { type: 'pair', label: l.position.liabilities, value: f.money(t.liabilities) },
    { type: 'pair', label: l.position.net, value: f.money(t.net), bold: true },
    { type: 'pair', label: l.position.commitments, value: f.money(t.monthlyCommitments) },
    ...receiptFooter(ctx),
  )
  return { title: l.position.title, blocks }
}
