import type { LoanSimulation, TermDepositSimulation } from '../../../../shared/api/simulators'
import { fractionAsPercent } from '../../../../shared/finance/rate-patterns'
import { SIMULATORS_LABELS } from '../../../../shared/labels/simulators-labels'
import { fill } from '../document-format'
import type { MemberHeader, PrintContext } from '../print-context'
import type { ReceiptBlock, ReceiptDocument } from '../receipt-model'
import { memberLines, receiptFooter, receiptHeader } from './receipt-frame'

/** How many installments a receipt shows; the PDF has the whole table. */
export const RECEIPT_INSTALLMENTS = 6

const markBlock = (text: string): ReceiptBlock => ({ type: 'text', text, align: 'center', bold: true })

/** A loan simulation: the mark, the summary with both rates, totals and the first installments. */
export function loanSimulationReceipt(
  ctx: PrintContext,
  member: MemberHeader,
  s: LoanSimulation,
): ReceiptDocument {
  const l = SIMULATORS_LABELS[ctx.format.language]
  const f = ctx.format
  const monthly = fractionAsPercent(s.monthlyRate, 4)
  const shown = s.installments.slice(0, RECEIPT_INSTALLMENTS)
  const c = l.loan.columns
  const blocks: ReceiptBlock[] = [
    ...receiptHeader(ctx, l.loan.title),
    markBlock(l.mark),
    { type: 'rule' },
    ...memberLines(ctx, member),
    { type: 'pair', label: l.loan.startDate, value: f.date(s.startDate) },
    { type: 'rule' },
    { type: 'pair', label: l.loan.line, value: s.line.name },
    { type: 'pair', label: l.loan.amount, value: f.money(s.totals.principal) },
    { type: 'pair', label: l.loan.term, value: fill(l.loan.months, { n: s.request.termMonths }) },
    { type: 'pair', label: l.loan.system, value: l.loan.systems[s.request.system] },
    { type: 'pair', label: l.loan.rateEa, value: `${s.rateEa} %` },
    { type: 'pair', label: l.loan.monthlyRate, value: `${monthly} %` },
    { type: 'text', text: fill(l.loan.conversion, { ea: s.rateEa, monthly }) },
    { type: 'pair', label: l.loan.insurance, value: `${fractionAsPercent(s.lifeInsuranceMonthlyRate, 3)} %` },
    {
      type: 'pair',
      label: l.loan.firstInstallment,
      value: f.money(s.installments[0]!.installment),
      bold: true,
    },
    { type: 'rule' },
    { type: 'text', text: l.loan.totals, bold: true },
    { type: 'pair', label: c.principal, value: f.money(s.totals.principal) },
    { type: 'pair', label: c.interest, value: f.money(s.totals.interest) },
    { type: 'pair', label: c.insurance, value: f.money(s.totals.insurance) },
    { type: 'pair', label: c.fees, value: f.money(s.totals.fees) },
    { type: 'pair', label: c.installment, value: f.money(s.totals.installments), bold: true },
    { type: 'rule' },
    {
      type: 'text',
      text: fill(l.loan.firstN, { n: shown.length, total: s.installments.length }),
      bold: true,
    },
    { type: 'columns', left: c.principal, right: c.balance },
  ]
  for (const r of shown)
    blocks.push(
      { type: 'pair', label: `${c.number} ${r.number}  ${f.date(r.dueDate)}`, value: f.money(r.installment) },
      { type: 'columns', left: f.money(r.principal), right: f.money(r.balance) },
    )
  if (shown.length < s.installments.length) blocks.push({ type: 'text', text: l.loan.wholeTable })
  blocks.push({ type: 'rule' }, markBlock(l.mark), ...receiptFooter(ctx))
  return { title: `${l.loan.title} - ${s.line.name}`, blocks }
}

/** A term deposit simulation: the mark, the rate, interest, withholding, net and maturity. */
export function termDepositReceipt(
  ctx: PrintContext,
  member: MemberHeader,
  s: TermDepositSimulation,
): ReceiptDocument {
  const l = SIMULATORS_LABELS[ctx.format.language].deposit
  const mark = SIMULATORS_LABELS[ctx.format.language].mark
  const f = ctx.format
  const blocks: ReceiptBlock[] = [
    ...receiptHeader(ctx, l.title),
    markBlock(mark),
    { type: 'rule' },
    ...memberLines(ctx, member),
    { type: 'rule' },
    { type: 'pair', label: l.amount, value: f.money(s.amount) },
    { type: 'pair', label: l.term, value: fill(l.days, { n: s.request.termDays }) },
    { type: 'pair', label: l.payout, value: l.payouts[s.request.payout] },
    { type: 'pair', label: l.rateEa, value: `${s.rateEa} %` },
    { type: 'pair', label: l.startDate, value: f.date(s.startDate) },
    { type: 'pair', label: l.maturityDate, value: f.date(s.maturityDate) },
    { type: 'pair', label: l.paymentDate, value: f.date(s.paymentDate) },
    { type: 'rule' },
    { type: 'pair', label: l.grossInterest, value: f.money(s.grossInterest) },
    {
      type: 'pair',
      label: fill(l.withholding, { rate: s.withholding.ratePercent }),
      value: f.money(s.withholdingTax),
    },
    { type: 'pair', label: l.netInterest, value: f.money(s.netInterest), bold: true },
    { type: 'pair', label: l.amountAtMaturity, value: f.money(s.amountAtMaturity), bold: true },
    { type: 'rule' },
    { type: 'text', text: l.businessDayRule },
    { type: 'rule' },
    markBlock(mark),
    ...receiptFooter(ctx),
  ]
  return { title: l.title, blocks }
}
