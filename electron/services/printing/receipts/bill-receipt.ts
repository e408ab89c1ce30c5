import type { BillReceipt } from '../../../../shared/api/bills'
import type { PaymentParty } from '../../../../shared/api/payments'
import { BILLS_LABELS } from '../../../../shared/labels/bills-labels'
import { addMoney } from '../../../../shared/money/money'
import type { PrintContext } from '../print-context'
import type { ReceiptDocument } from '../receipt-model'
import { receiptFooter, receiptHeader } from './receipt-frame'

const party = (p: PaymentParty) => `${p.name} ${p.maskedNumber}`

/** A completed bill, top-up or card payment: masked accounts, amount, fee, time, the public code and QR. */
export function billReceipt(ctx: PrintContext, r: BillReceipt): ReceiptDocument {
  const l = BILLS_LABELS[ctx.format.language]
  const f = ctx.format
  return {
    title: `${l.receipt.title} - ${r.receiptNumber}`,
    blocks: [
      ...receiptHeader(ctx, l.receipt.title),
      { type: 'pair', label: l.receipt.receiptNumber, value: r.receiptNumber, bold: true },
      { type: 'text', text: l.kinds[r.kind] },
      ...(r.automatic ? [{ type: 'text' as const, text: l.receipt.automatic }] : []),
      { type: 'text', text: `${l.receipt.origin}: ${party(r.origin)}`, maxLines: 2 },
      { type: 'text', text: `${l.receipt.destination}: ${party(r.destination)}`, maxLines: 2 },
      { type: 'rule' },
      { type: 'pair', label: l.receipt.amount, value: f.money(r.amount) },
      { type: 'pair', label: l.receipt.fee, value: f.money(r.fee) },
      { type: 'pair', label: l.receipt.total, value: f.money(addMoney(r.amount, r.fee)), bold: true },
      { type: 'pair', label: l.receipt.postedAt, value: f.dateTime(Date.parse(r.postedAt)) },
      { type: 'rule' },
      { type: 'text', text: l.receipt.code, align: 'center' },
      { type: 'text', text: r.verificationCode, align: 'center', bold: true },
      { type: 'qr', data: r.verificationCode },
      { type: 'text', text: l.receipt.verifyHint, align: 'center', maxLines: 4 },
      ...receiptFooter(ctx),
    ],
  }
}
