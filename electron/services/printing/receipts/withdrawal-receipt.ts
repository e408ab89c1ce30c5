import type { WithdrawalRequest } from '../../../../shared/api/member-data'
import { MEMBER_DATA_LABELS } from '../../../../shared/labels/member-data-labels'
import type { PrintContext } from '../print-context'
import type { ReceiptDocument } from '../receipt-model'
import { receiptFooter, receiptHeader } from './receipt-frame'

/** A contribution withdrawal request: number, contribution (masked), amount, status and what happens next. */
export function withdrawalReceipt(ctx: PrintContext, r: WithdrawalRequest): ReceiptDocument {
  const l = MEMBER_DATA_LABELS[ctx.format.language]
  const f = ctx.format
  return {
    title: `${l.receipt.title} - ${r.requestNumber}`,
    blocks: [
      ...receiptHeader(ctx, l.receipt.title),
      { type: 'pair', label: l.receipt.requestNumber, value: r.requestNumber, bold: true },
      { type: 'text', text: `${l.receipt.product}: ${r.productName} ${r.maskedNumber}`, maxLines: 2 },
      { type: 'pair', label: l.receipt.amount, value: f.money(r.amount), bold: true },
      { type: 'pair', label: l.receipt.status, value: l.withdrawalStatus[r.status] },
      { type: 'pair', label: l.receipt.requestedAt, value: f.dateTime(Date.parse(r.requestedAt)) },
      ...(r.cancelledAt
        ? [
            {
              type: 'pair' as const,
              label: l.receipt.cancelledAt,
              value: f.dateTime(Date.parse(r.cancelledAt)),
            },
          ]
        : []),
      { type: 'rule' },
      { type: 'text', text: l.receipt.note, maxLines: 4 },
      ...receiptFooter(ctx),
    ],
  }
}
