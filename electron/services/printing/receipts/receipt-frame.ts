import type { ProductSummary } from '../../../../shared/api/member'
import { labelsFor, type MemberHeader, type PrintContext } from '../print-context'
import type { ReceiptBlock } from '../receipt-model'

/** What every receipt shares: the cooperative, branch, kiosk and time on top, the thanks at the bottom. */
export function receiptHeader(ctx: PrintContext, title: string): ReceiptBlock[] {
  const l = labelsFor(ctx)
  return [
    { type: 'heading', text: ctx.cooperative.name },
    { type: 'text', text: `${l.paper.header.branch}: ${ctx.branch.name}`, align: 'center' },
    { type: 'text', text: `${l.paper.header.kiosk}: ${ctx.kioskId}`, align: 'center' },
    { type: 'text', text: ctx.format.dateTime(ctx.printedAt), align: 'center' },
    { type: 'rule', char: '=' },
    { type: 'text', text: title, align: 'center', bold: true },
    { type: 'rule' },
  ]
}

export function memberLines(ctx: PrintContext, m: MemberHeader): ReceiptBlock[] {
  const l = labelsFor(ctx)
  return [
    { type: 'text', text: `${l.member.holder}: ${m.fullName}`, maxLines: 2 },
    { type: 'pair', label: l.member.idNumber, value: m.maskedIdNumber },
  ]
}

export const receiptFooter = (ctx: PrintContext): ReceiptBlock[] => [
  { type: 'rule' },
  { type: 'text', text: labelsFor(ctx).paper.thanks, align: 'center' },
]

export const productLine = (p: Pick<ProductSummary, 'name' | 'maskedNumber'>) => `${p.name} ${p.maskedNumber}`
