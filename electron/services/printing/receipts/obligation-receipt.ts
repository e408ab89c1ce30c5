import type { ObligationReceipt } from '../../../../shared/api/obligations'
import { OBLIGATIONS_LABELS } from '../../../../shared/labels/obligations-labels'
import type { PrintContext } from '../print-context'
import type { ReceiptDocument } from '../receipt-model'
import { receiptFooter, receiptHeader } from './receipt-frame'

/** A completed payment of obligations: each obligation and amount, the masked accounts debited, the QR. */
export function obligationReceipt(ctx: PrintContext, r: ObligationReceipt): ReceiptDocument {
  const l = OBLIGATIONS_LABELS[ctx.format.language]
  const f = ctx.format
  return {
    title: `${l.receipt.title} - ${r.receiptNumber}`,
    blocks: [
      ...receiptHeader(ctx, l.receipt.title),
      { type: 'pair', label: l.receipt.receiptNumber, value: r.receiptNumber, bold: true },
      { type: 'text', text: l.modes[r.mode], maxLines: 2 },
      { type: 'rule' },
      { type: 'text', text: l.receipt.obligations, bold: true },
      ...r.lines.flatMap((line) => [
        { type: 'text' as const, text: `${line.obligation} ${line.concept}`, maxLines: 2 },
        { type: 'pair' as const, label: l.kinds[line.kind], value: f.money(line.amount) },
      ]),
      { type: 'rule' },
      { type: 'text', text: l.receipt.sources, bold: true },
      ...r.sources.map((s) => ({
        type: 'pair' as const,
        label: `${l.receipt.savingsDebit} ${s.maskedNumber}`,
        value: f.money(s.amount),
      })),
      { type: 'pair', label: l.receipt.total, value: f.money(r.total), bold: true },
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
