import type { PaymentParty, TransferReceipt } from '../../../../shared/api/payments'
import { PAYMENTS_LABELS } from '../../../../shared/labels/payments-labels'
import { addMoney } from '../../../../shared/money/money'
import type { PrintContext } from '../print-context'
import type { ReceiptDocument } from '../receipt-model'
import { receiptFooter, receiptHeader } from './receipt-frame'

const party = (p: PaymentParty) => `${p.name} ${p.maskedNumber}`

/** A completed transfer: masked accounts, amount, fee, reference, time, and the public code as text and QR. */
export function transferReceipt(ctx: PrintContext, r: TransferReceipt): ReceiptDocument {
  const l = PAYMENTS_LABELS[ctx.format.language]
  const f = ctx.format
  return {
    title: `${l.receipt.title} - ${r.receiptNumber}`,
    blocks: [
      ...receiptHeader(ctx, l.receipt.title),
      { type: 'pair', label: l.receipt.receiptNumber, value: r.receiptNumber, bold: true },
      { type: 'text', text: l.kinds[r.kind] },
      { type: 'text', text: `${l.receipt.origin}: ${party(r.origin)}`, maxLines: 2 },
      { type: 'text', text: `${l.receipt.destination}: ${party(r.destination)}`, maxLines: 2 },
      ...(r.destination.maskedHolder
        ? [{ type: 'text' as const, text: `${l.receipt.holder}: ${r.destination.maskedHolder}`, maxLines: 2 }]
        : []),
      { type: 'rule' },
      { type: 'pair', label: l.receipt.amount, value: f.money(r.amount) },
      { type: 'pair', label: l.receipt.fee, value: f.money(r.fee) },
      { type: 'pair', label: l.receipt.total, value: f.money(addMoney(r.amount, r.fee)), bold: true },
      { type: 'text', text: `${l.receipt.reference}: ${r.reference}`, maxLines: 3 },
      { type: 'pair', label: l.receipt.postedAt, value: f.dateTime(Date.parse(r.postedAt)) },
      ...(r.clearing
        ? [
            {
              type: 'pair' as const,
              label: l.receipt.clearing,
              value: l.receipt.clearingStatus[r.clearing.status],
            },
          ]
        : []),
      { type: 'rule' },
      { type: 'text', text: l.receipt.code, align: 'center' },
      { type: 'text', text: r.verificationCode, align: 'center', bold: true },
      { type: 'qr', data: r.verificationCode },
      { type: 'text', text: l.receipt.verifyHint, align: 'center', maxLines: 4 },
      ...receiptFooter(ctx),
    ],
  }
}
