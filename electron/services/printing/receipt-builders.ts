import type { ProductSummary } from '../../../shared/api/member'
import type { Certificate, ConsolidatedPosition, Movement, MovementsPage } from '../../../shared/api/products'
import { money, sumMoney, type Money } from '../../../shared/money/money'
import { fill, type DocumentFormat } from './document-format'
import { DOCUMENT_LABELS, type DocumentLabels } from './document-labels'
import type { ReceiptBlock, ReceiptDocument } from './receipt-model'

/** Where and when a document is printed, and in which words and formats. */
export interface PrintContext {
  cooperative: { name: string; shortName: string }
  kioskId: string
  branch: { name: string }
  /** Epoch ms of printing. */
  printedAt: number
  format: DocumentFormat
}

/** Who the document is about: the member summary's header fields. */
export interface MemberHeader {
  fullName: string
  maskedIdNumber: string
  memberNumber: string
}

export const labelsFor = (ctx: PrintContext): DocumentLabels => DOCUMENT_LABELS[ctx.format.language]

/** Debits count against the member: shown with a minus sign. */
export const signedAmount = (m: Movement): Money =>
  m.direction === 'debit' ? money(-m.amount.amountMinor, m.amount.currency) : m.amount

/** Totals of a list of movements, in integer minor units. */
export function movementTotals(movements: readonly Movement[], currency: Money['currency']) {
  const of = (d: Movement['direction']) =>
    sumMoney(
      movements.filter((m) => m.direction === d).map((m) => m.amount),
      currency,
    )
  return { credits: of('credit'), debits: of('debit'), count: movements.length }
}

function header(ctx: PrintContext, title: string): ReceiptBlock[] {
  const l = labelsFor(ctx)
  return [
    { type: 'heading', text: ctx.cooperative.name },
    { type: 'text', text: `${l.header.branch}: ${ctx.branch.name}`, align: 'center' },
    { type: 'text', text: `${l.header.kiosk}: ${ctx.kioskId}`, align: 'center' },
    { type: 'text', text: ctx.format.dateTime(ctx.printedAt), align: 'center' },
    { type: 'rule', char: '=' },
    { type: 'text', text: title, align: 'center', bold: true },
    { type: 'rule' },
  ]
}

function memberLines(ctx: PrintContext, m: MemberHeader): ReceiptBlock[] {
  const l = labelsFor(ctx)
  return [
    { type: 'text', text: `${l.member.name}: ${m.fullName}`, maxLines: 2 },
    { type: 'pair', label: l.member.id, value: m.maskedIdNumber },
  ]
}

const footer = (ctx: PrintContext): ReceiptBlock[] => [
  { type: 'rule' },
  { type: 'text', text: labelsFor(ctx).thanks, align: 'center' },
]

const productLine = (p: Pick<ProductSummary, 'name' | 'maskedNumber'>) => `${p.name} ${p.maskedNumber}`

/** Mini-statement: the last N movements of one product, newest first, with running balance. */
export function miniStatementReceipt(
  ctx: PrintContext,
  member: MemberHeader,
  product: ProductSummary,
  page: MovementsPage,
): ReceiptDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const title = l.titles.miniStatement
  const totals = movementTotals(page.movements, page.closingBalance.currency)
  const blocks: ReceiptBlock[] = [
    ...header(ctx, title),
    ...memberLines(ctx, member),
    { type: 'text', text: `${l.statement.product}: ${productLine(product)}`, maxLines: 2 },
    { type: 'text', text: fill(l.statement.lastN, { n: page.movements.length }) },
    { type: 'rule' },
    { type: 'text', text: `${l.statement.date} / ${l.statement.description}` },
    { type: 'columns', left: l.statement.amount, right: l.statement.balance },
    { type: 'rule' },
  ]
  if (page.movements.length === 0) blocks.push({ type: 'text', text: l.statement.none })
  for (const m of page.movements) {
    blocks.push(
      { type: 'text', text: `${f.date(m.postedOn)} ${m.description}`, maxLines: 2 },
      { type: 'columns', left: f.money(signedAmount(m)), right: f.money(m.balanceAfter) },
    )
  }
  blocks.push(
    { type: 'rule' },
    { type: 'pair', label: l.statement.totalCredits, value: f.money(totals.credits) },
    { type: 'pair', label: l.statement.totalDebits, value: f.money(totals.debits) },
    { type: 'pair', label: l.statement.closing, value: f.money(page.closingBalance), bold: true },
    ...footer(ctx),
  )
  return { title: `${title} - ${productLine(product)}`, blocks }
}

/** Consolidated position: every product by kind with group totals, then assets, debts and net. */
export function positionReceipt(
  ctx: PrintContext,
  member: MemberHeader,
  position: ConsolidatedPosition,
): ReceiptDocument {
  const l = labelsFor(ctx)
  const f = ctx.format
  const blocks: ReceiptBlock[] = [
    ...header(ctx, l.titles.position),
    ...memberLines(ctx, member),
    { type: 'pair', label: l.header.cutoff, value: f.date(position.cutoffDate) },
  ]
  if (position.groups.length === 0) blocks.push({ type: 'rule' }, { type: 'text', text: l.position.none })
  for (const g of position.groups) {
    blocks.push({ type: 'rule' }, { type: 'text', text: l.kinds[g.kind], bold: true })
    for (const p of g.products)
      blocks.push({ type: 'pair', label: productLine(p), value: f.money(p.balance) })
    blocks.push({ type: 'pair', label: l.position.total, value: f.money(g.total), bold: true })
  }
  const t = position.totals
  blocks.push(
    { type: 'rule', char: '=' },
    { type: 'pair', label: l.position.assets, value: f.money(t.assets) },
    { type: 'pair', label: l.position.liabilities, value: f.money(t.liabilities) },
    { type: 'pair', label: l.position.net, value: f.money(t.net), bold: true },
    { type: 'pair', label: l.position.monthly, value: f.money(t.monthlyCommitments) },
    ...footer(ctx),
  )
  return { title: l.titles.position, blocks }
}

export function certificateTitle(labels: DocumentLabels, c: Certificate): string {
  return fill(labels.certificates[c.kind], c.kind === 'annual_tax' ? { year: c.annualTax.year } : {})
}

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
        label: l.certificate.contributionsTotal,
        value: f.money(c.membership.contributionsTotal),
        bold: true,
      })
      break
    case 'product_balance':
      figures.push(
        { type: 'text', text: productLine(c.productBalance.product), maxLines: 2 },
        { type: 'pair', label: l.statement.balance, value: f.money(c.productBalance.balance), bold: true },
      )
      break
    case 'annual_tax': {
      const t = c.annualTax.totals
      figures.push(
        { type: 'pair', label: l.certificate.interestEarned, value: f.money(t.interestEarned) },
        { type: 'pair', label: l.certificate.interestPaid, value: f.money(t.interestPaid) },
        { type: 'pair', label: l.certificate.withheld, value: f.money(t.withheld), bold: true },
        { type: 'pair', label: l.certificate.assetsAtYearEnd, value: f.money(t.assetsAtYearEnd) },
        { type: 'pair', label: l.certificate.liabilitiesAtYearEnd, value: f.money(t.liabilitiesAtYearEnd) },
      )
      break
    }
  }
  return {
    title: `${title} - ${c.code}`,
    blocks: [
      ...header(ctx, title),
      ...memberLines(ctx, c.holder),
      { type: 'pair', label: l.member.number, value: c.holder.memberNumber },
      { type: 'rule' },
      ...figures,
      { type: 'rule' },
      { type: 'pair', label: l.certificate.issuedAt, value: f.dateTime(Date.parse(c.issuedAt)) },
      { type: 'text', text: l.certificate.code, align: 'center' },
      { type: 'text', text: c.code, align: 'center', bold: true },
      { type: 'qr', data: c.code },
      { type: 'text', text: l.certificate.verifyHint, align: 'center', maxLines: 4 },
      ...footer(ctx),
    ],
  }
}
