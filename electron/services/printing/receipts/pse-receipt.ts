import type { PseReceipt } from '../../../../shared/api/pse'
import { PAYMENTS_LABELS } from '../../../../shared/labels/payments-labels'
import type { PrintContext } from '../print-context'
import type { ReceiptDocument } from '../receipt-model'
import { receiptFooter, receiptHeader } from './receipt-frame'

/** An approved PSE payment: the account credited (masked), total, PSE reference, time, and the public code. */
export function pseReceipt(ctx: PrintContext, r: PseReceipt): ReceiptDocument {
  const l = PAYMENTS_LABELS[ctx.format.language]
  const f = ctx.format
  return {
    title: `${l.pse.title} - ${r.receiptNumber}`,
    blocks: [
      ...receiptHeader(ctx, l.pse.title),
      { type: 'pair', label: l.receipt.receiptNumber, value: r.receiptNumber, bold: true },
      { type: 'text', text: l.pse.description, maxLines: 2 },
      { type: 'text', text: `${l.pse.account}: ${r.account.name} ${r.account.maskedNumber}`, maxLines: 2 },
      { type: 'rule' },
      { type: 'pair', label: l.pse.total, value: f.money(r.amount), bold: true },
      { type: 'pair', label: l.pse.reference, value: r.reference },
      { type: 'pair', label: l.receipt.postedAt, value: f.dateTime(Date.parse(r.postedAt)) },
      { type: 'pair', label: l.pse.balanceAfter, value: f.money(r.balanceAfter) },
      { type: 'rule' },
      { type: 'text', text: l.receipt.code, align: 'center' },
      { type: 'text', text: r.verificationCode, align: 'center', bold: true },
      { type: 'qr', data: r.verificationCode },
      { type: 'text', text: l.receipt.verifyHint, align: 'center', maxLines: 4 },
      ...receiptFooter(ctx),
    ],
  }
}
