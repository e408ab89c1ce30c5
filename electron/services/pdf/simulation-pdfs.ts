import type { Content, TableCell } from './pdf-definition'
import type { LoanSimulation, TermDepositSimulation } from '../../../shared/api/simulators'
import { fractionAsPercent } from '../../../shared/finance/rate-patterns'
import { SIMULATORS_LABELS } from '../../../shared/labels/simulators-labels'
import { fill } from '../printing/document-format'
import type { MemberHeader, PrintContext } from '../printing/print-context'
import {
  facts,
  framedDocument,
  headerCell as th,
  memberFacts,
  rightCell as right,
  slug,
  type PdfDocument,
} from './document-frame'

const markOf = (text: string): Content => ({ text, style: 'title', margin: [0, 4, 0, 4] })

/** A loan simulation: the mark, the summary with both rates, and the whole projected table with totals. */
export function loanSimulationPdf(ctx: PrintContext, member: MemberHeader, s: LoanSimulation): PdfDocument {
  const l = SIMULATORS_LABELS[ctx.format.language]
  const f = ctx.format
  const c = l.loan.columns
  const monthly = fractionAsPercent(s.monthlyRate, 4)
  const money = (m: Parameters<typeof f.money>[0]) => right(f.money(m))
  const table: Content = {
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', 'auto', '*', '*', '*', '*', '*', '*'],
      body: [
        [
          th(c.number, true),
          th(c.dueDate),
          th(c.principal, true),
          th(c.interest, true),
          th(c.insurance, true),
          th(c.fees, true),
          th(c.installment, true),
          th(c.balance, true),
        ],
        ...s.installments.map((r): TableCell[] => [
          right(String(r.number)),
          f.date(r.dueDate),
          money(r.principal),
          money(r.interest),
          money(r.insurance),
          money(r.fees),
          money(r.installment),
          money(r.balance),
        ]),
        [
          { text: l.loan.totals, style: 'total', colSpan: 2 },
          '',
          right(f.money(s.totals.principal), 'total'),
          right(f.money(s.totals.interest), 'total'),
          right(f.money(s.totals.insurance), 'total'),
          right(f.money(s.totals.fees), 'total'),
          right(f.money(s.totals.installments), 'total'),
          '',
        ],
      ],
    },
  }
  return framedDocument(
    ctx,
    `${l.loan.title} - ${s.line.name}`,
    [
      markOf(l.mark),
      facts([
        ...memberFacts(ctx, member),
        [l.loan.startDate, f.longDate(s.startDate)],
        [l.loan.line, s.line.name],
        [l.loan.amount, f.money(s.totals.principal)],
        [l.loan.term, fill(l.loan.months, { n: s.request.termMonths })],
        [l.loan.system, l.loan.systems[s.request.system]],
        [l.loan.rateEa, `${s.rateEa} %`],
        [l.loan.monthlyRate, `${monthly} % — ${fill(l.loan.conversion, { ea: s.rateEa, monthly })}`],
        [l.loan.insurance, `${fractionAsPercent(s.lifeInsuranceMonthlyRate, 3)} %`],
        [l.loan.firstInstallment, f.money(s.installments[0]!.installment)],
      ]),
      { text: l.loan.table, style: 'label', margin: [0, 8, 0, 0] },
      table,
      markOf(l.mark),
    ],
    slug(l.loan.title, s.line.name, s.startDate),
  )
}

/** A term deposit simulation: the mark, the figures, every interest payment and the business-day rule. */
export function termDepositPdf(
  ctx: PrintContext,
  member: MemberHeader,
  s: TermDepositSimulation,
): PdfDocument {
  const all = SIMULATORS_LABELS[ctx.format.language]
  const l = all.deposit
  const f = ctx.format
  const c = l.columns
  const payments: Content = {
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 0],
    table: {
      headerRows: 1,
      widths: ['auto', '*', 'auto', '*', '*', '*'],
      body: [
        [
          th(c.number, true),
          th(c.paymentDate),
          th(c.days, true),
          th(c.gross, true),
          th(c.withholding, true),
          th(c.net, true),
        ],
        ...s.payments.map((p): TableCell[] => [
          right(String(p.number)),
          f.date(p.paymentDate),
          right(String(p.days)),
          right(f.money(p.gross)),
          right(f.money(p.withholding)),
          right(f.money(p.net)),
        ]),
      ],
    },
  }
  return framedDocument(
    ctx,
    l.title,
    [
      markOf(all.mark),
      facts([
        ...memberFacts(ctx, member),
        [l.amount, f.money(s.amount)],
        [l.term, fill(l.days, { n: s.request.termDays })],
        [l.payout, l.payouts[s.request.payout]],
        [l.rateEa, `${s.rateEa} %`],
        [l.startDate, f.longDate(s.startDate)],
        [l.maturityDate, f.longDate(s.maturityDate)],
        [l.paymentDate, f.longDate(s.paymentDate)],
        [l.grossInterest, f.money(s.grossInterest)],
        [fill(l.withholding, { rate: s.withholding.ratePercent }), f.money(s.withholdingTax)],
        [l.netInterest, f.money(s.netInterest)],
        [l.amountAtMaturity, f.money(s.amountAtMaturity)],
      ]),
      { text: l.payments, style: 'label', margin: [0, 8, 0, 0] },
      payments,
      {
        text: `${fill(l.withholdingRule, { rate: s.withholding.ratePercent, threshold: f.money(s.withholding.threshold) })} ${l.businessDayRule}`,
        style: 'small',
        margin: [0, 8, 0, 0],
      },
      markOf(all.mark),
    ],
    slug(l.title, s.startDate),
  )
}
