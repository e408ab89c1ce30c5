import type { Content, TableCell } from './pdf-definition'
import type { Certificate } from '../../../shared/api/products'
import { fill } from '../printing/document-format'
import { certificateTitle, labelsFor, type PrintContext } from '../printing/print-context'
import {
  facts,
  framedDocument,
  headerCell as th,
  memberFacts,
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
  // The screen's placeholders (CertificateView), filled with the same values.
  const who = { coop: c.cooperativeName, name: c.holder.fullName }
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
          text: fill(l.certificates.membershipText, {
            ...who,
            date: f.longDate(c.holder.joinedOn),
            months: m.seniorityMonths,
            cutoff: f.longDate(m.asOf),
          }),
        },
        figures(
          [th(l.certificates.columns.product), th(l.movements.columns.balance, true)],
          [
            ...m.contributions.map((x): TableCell[] => [
              `${x.name} ${x.maskedNumber}`,
              right(f.money(x.balance)),
            ]),
            [{ text: l.certificates.total, style: 'total' }, right(f.money(m.contributionsTotal), 'total')],
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
          text: fill(l.certificates.balanceText, {
            coop: who.coop,
            cutoff: f.longDate(b.asOf),
            product: b.product.name,
            number: b.product.maskedNumber,
            opened: f.longDate(b.product.openedOn),
          }),
        },
        { text: f.money(b.balance), style: 'code', margin: [0, 8, 0, 8] },
      ]
      break
    }
    case 'annual_tax': {
      const t = c.annualTax
      body = [
        { text: fill(l.certificates.taxText, { ...who, year: t.year }) },
        figures(
          [
            th(l.certificates.columns.product),
            th(l.certificates.columns.balance, true),
            th(l.certificates.columns.earned, true),
            th(l.certificates.columns.paid, true),
            th(l.certificates.columns.withheld, true),
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
              { text: l.certificates.total, style: 'total' },
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
              [l.certificates.assets, right(f.money(t.totals.assetsAtYearEnd))],
              [l.certificates.liabilities, right(f.money(t.totals.liabilitiesAtYearEnd))],
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
      // Who it is about, as the screen lists it above the text (the text itself names no ID).
      facts([...memberFacts(ctx, c.holder), [l.member.joinedOn, f.date(c.holder.joinedOn)]]),
      ...body,
      {
        text: fill(l.certificates.issuedAt, { date: f.dateTime(Date.parse(c.issuedAt)) }),
        margin: [0, 12, 0, 12],
      },
      {
        columns: [
          { qr: c.code, fit: 110, eccLevel: 'M', width: 'auto' },
          {
            width: '*',
            margin: [12, 8, 0, 0],
            stack: [
              { text: l.certificates.code, style: 'label' },
              { text: c.code, style: 'code' },
              { text: l.certificates.verifyHint, style: 'small', margin: [0, 4, 0, 0] },
            ],
          },
        ],
      },
    ],
    slug(title, c.code),
  )
}
