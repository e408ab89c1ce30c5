import type { Content, TableCell } from './pdf-definition'
import type { Certificate } from '../../../shared/api/products'
import { fill } from '../printing/document-format'
import { certificateTitle, labelsFor, type PrintContext } from '../printing/print-context'
import {
  framedDocument,
  headerCell as th,
  rightCell as right,
  slug,
  type PdfDocument,
} from './document-frame'

/**
 * A certificate as a letter: the statement in words, its figures, the date of issue and the verification
 * code, printed and as a QR symbol (pdfmake's `qr` node), so anyone can check it with the cooperative.
 */
export function certificatePdf(ctx: PrintContext, c: Certificate): PdfDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const who = {
    cooperative: c.cooperativeName,
    name: c.holder.fullName,
    id: c.holder.maskedIdNumber,
  }
  const figures = (head: TableCell[], body: TableCell[][], widths: ('*' | 'auto')[]): Content => ({
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 8],
    table: { headerRows: 1, widths, body: [head, ...body] },
  })

  let body: Content[]
  switch (c.kind) {
    case 'membership': {
      const m = c.membership
      body = [
        {
          text: fill(l.certificate.membershipBody, {
            ...who,
            joined: f.longDate(c.holder.joinedOn),
            months: m.seniorityMonths,
            asOf: f.longDate(m.asOf),
          }),
        },
        figures(
          [th(l.statement.product), th(l.statement.balance, true)],
          [
            ...m.contributions.map((x): TableCell[] => [
              `${x.name} ${x.maskedNumber}`,
              right(f.money(x.balance)),
            ]),
            [
              { text: l.certificate.contributionsTotal, style: 'total' },
              right(f.money(m.contributionsTotal), 'total'),
            ],
          ],
          ['*', 'auto'],
        ),
      ]
      break
    }
    case 'product_balance': {
      const b = c.productBalance
      body = [
        {
          text: fill(l.certificate.balanceBody, {
            ...who,
            product: b.product.name,
            number: b.product.maskedNumber,
            opened: f.longDate(b.product.openedOn),
            asOf: f.longDate(b.asOf),
          }),
        },
        { text: f.money(b.balance), style: 'code', margin: [0, 8, 0, 8] },
      ]
      break
    }
    case 'annual_tax': {
      const t = c.annualTax
      body = [
        { text: fill(l.certificate.taxBody, { ...who, year: t.year }) },
        figures(
          [
            th(l.statement.product),
            th(l.certificate.balanceAtYearEnd, true),
            th(l.certificate.interestEarned, true),
            th(l.certificate.interestPaid, true),
            th(l.certificate.withheld, true),
          ],
          [
            ...t.lines.map((x): TableCell[] => [
              `${x.name} ${x.maskedNumber}`,
              right(f.money(x.balanceAtYearEnd)),
              right(f.money(x.interestEarned)),
              right(f.money(x.interestPaid)),
              right(f.money(x.withheld)),
            ]),
            [
              { text: l.certificate.totals, style: 'total' },
              '',
              right(f.money(t.totals.interestEarned), 'total'),
              right(f.money(t.totals.interestPaid), 'total'),
              right(f.money(t.totals.withheld), 'total'),
            ],
          ],
          ['*', 'auto', 'auto', 'auto', 'auto'],
        ),
        {
          layout: 'noBorders',
          table: {
            widths: ['*', 'auto'],
            body: [
              [l.certificate.assetsAtYearEnd, right(f.money(t.totals.assetsAtYearEnd))],
              [l.certificate.liabilitiesAtYearEnd, right(f.money(t.totals.liabilitiesAtYearEnd))],
            ],
          },
        },
      ]
      break
    }
  }

  const title = certificateTitle(l, c)
  return framedDocument(
    ctx,
    title,
    [
      ...body,
      { text: `${l.certificate.issuedAt} ${f.dateTime(Date.parse(c.issuedAt))}`, margin: [0, 12, 0, 12] },
      {
        columns: [
          { qr: c.code, fit: 110, eccLevel: 'M', width: 'auto' },
          {
            width: '*',
            margin: [12, 8, 0, 0],
            stack: [
              { text: l.certificate.code, style: 'label' },
              { text: c.code, style: 'code' },
              { text: l.certificate.verifyHint, style: 'small', margin: [0, 4, 0, 0] },
            ],
          },
        ],
      },
    ],
    slug(title, c.code),
  )
}
