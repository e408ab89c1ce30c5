import type { Certificate } from '../../../../shared/api/products'
import { fill } from '../document-format'
import { certificateTitle, labelsFor, type PrintContext } from '../print-context'
import type { ReceiptBlock, ReceiptDocument } from '../receipt-model'
import { memberLines, productLine, receiptFooter, receiptHeader } from './receipt-frame'

/** A certificate's summary slip: who, the key figures, and the verification code as text and QR. */
export function certificateReceipt(ctx: PrintContext, c: Certificate): ReceiptDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const title = certificateTitle(l, c)
  const figures: ReceiptBlock[] = []
  switch (c.kind) {
    case 'membership':
      for (const p of c.membership.contributions)
        figures.push({ type: 'pair', label: productLine(p), value: f.money(p.balance) })
      figures.push({
        type: 'pair',
        label: l.certificates.total,
        value: f.money(c.membership.contributionsTotal),
        bold: true,
      })
      break
    case 'product_balance':
      figures.push(
        { type: 'text', text: productLine(c.productBalance.product), maxLines: 2 },
        {
          type: 'pair',
          label: l.movements.columns.balance,
          value: f.money(c.productBalance.balance),
          bold: true,
        },
      )
      break
    case 'annual_tax': {
      const t = c.annualTax.totals
      figures.push(
        { type: 'pair', label: l.certificates.columns.earned, value: f.money(t.interestEarned) },
        { type: 'pair', label: l.certificates.columns.paid, value: f.money(t.interestPaid) },
        { type: 'pair', label: l.certificates.columns.withheld, value: f.money(t.withheld), bold: true },
        { type: 'pair', label: l.certificates.assets, value: f.money(t.assetsAtYearEnd) },
        { type: 'pair', label: l.certificates.liabilities, value: f.money(t.liabilitiesAtYearEnd) },
      )
      break
    }
  }
  return {
    title: `${title} - ${c.code}`,
    blocks: [
      ...receiptHeader(ctx, title),
      ...memberLines(ctx, c.holder),
      { type: 'pair', label: l.member.memberNumber, value: c.holder.memberNumber },
      { type: 'rule' },
      ...figures,
      { type: 'rule' },
      { type: 'text', text: fill(l.certificates.issuedAt, { date: f.dateTime(Date.parse(c.issuedAt)) }) },
      { type: 'text', text: l.certificates.code, align: 'center' },
      { type: 'text', text: c.code, align: 'center', bold: true },
      { type: 'qr', data: c.code },
      { type: 'text', text: l.certificates.verifyHint, align: 'center', maxLines: 4 },
      ...receiptFooter(ctx),
    ],
  }
}
