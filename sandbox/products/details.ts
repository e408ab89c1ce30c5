import type { ProductSummary } from '../../shared/api/member'
import type { AmortizationRow, ProductDetail } from '../../shared/api/products'
import { money, type CurrencyCode } from '../../shared/money/money'
import { maskAccountNumber, maskName, maskTail } from '../auth/mask'
import { addMonths, isoDate, yearMonthOf } from '../calendar'
import { INTEREST_EARNED_DESCRIPTIONS, minimumPaymentOf, shareBp } from './ledger-rules'
import type { InstallmentDbRow, ProductRow, ProductStore } from './store'
import { parseTerms } from './terms'

export interface DetailContext {
  store: ProductStore
  currency: CurrencyCode
  /** Balances and statuses are as of this date (the statement cut-off). */
  cutoff: string
  withholdingBp: number
}

/** The given day of the month after `iso` (a due date after the cut-off). */
export const monthAfter = (iso: string, day: number) => {
  const ym = addMonths(yearMonthOf(new Date(`${iso}T00:00:00Z`)), 1)
  return isoDate(ym.year, ym.month, day)
}
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** How a product appears in a member's summary and in every product list. */
export function summaryOf(
  p: Pick<ProductRow, 'id' | 'kind' | 'name' | 'number' | 'balance_minor' | 'status'>,
  currency: CurrencyCode,
): ProductSummary {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    maskedNumber: maskAccountNumber(p.number),
    balance: money(p.balance_minor, currency),
    status: p.status,
  }
}

/** Paid, or overdue once its due date is on or before the cut-off, else pending. */
export function installmentOf(r: InstallmentDbRow, cutoff: string, currency: CurrencyCode): AmortizationRow {
  const m = (n: number) => money(n, currency)
  return {
    number: r.number,
    dueDate: r.due_on,
    principal: m(r.principal_minor),
    interest: m(r.interest_minor),
    insurance: m(r.insurance_minor),
    total: m(r.principal_minor + r.interest_minor + r.insurance_minor),
    balanceAfter: m(r.balance_after_minor),
    status: r.paid_on ? 'paid' : r.due_on <= cutoff ? 'overdue' : 'pending',
    paidOn: r.paid_on,
  }
}

/** The first maturity of a renewing deposit that falls after the cut-off. */
function maturityAfter(openedOn: string, termDays: number, cutoff: string): string {
  let date = addDays(openedOn, termDays)
  while (date <= cutoff) date = addDays(date, termDays)
  return date
}

/** A product with the block of its kind, as of the cut-off. */
export function detailOf(p: ProductRow, ctx: DetailContext): ProductDetail {
  const { store, currency, cutoff } = ctx
  const m = (n: number) => money(n, currency)
  const base = { ...summaryOf(p, currency), openedOn: p.opened_on }
  const terms = p.terms ?? '{}'
  const monthly = p.monthly_payment_minor ?? 0
  switch (p.kind) {
    case 'contribution': {
      const t = parseTerms('contribution', terms)
      return {
        ...base,
        kind: 'contribution',
        contribution: {
          obligation: `${t.code} - ${p.number}`,
          description: p.name,
          monthlyPayment: m(monthly),
          balanceAtCutoff: m(p.balance_minor),
          pendingPayment: m(0),
          dueDate: monthly > 0 ? monthAfter(cutoff, 28) : null,
          nextDueAmount: m(monthly),
          withdrawalRequested: t.withdrawalRequested,
        },
      }
    }
    case 'savings': {
      const t = parseTerms('savings', terms)
      const yearStart = `${cutoff.slice(0, 4)}-01-01`
      const interest = INTEREST_EARNED_DESCRIPTIONS.reduce(
        (sum, d) => sum + store.sumOfDescription(p.id, d, yearStart, cutoff),
        0,
      )
      return {
        ...base,
        kind: 'savings',
        savings: {
          available: m(Math.max(0, p.balance_minor - t.heldMinor)),
          held: m(t.heldMinor),
          annualRateBp: t.annualRateBp,
          interestEarnedYtd: m(interest),
          lastMovementOn: store.lastOnOrBefore(p.id, cutoff)?.posted_on ?? null,
        },
      }
    }
    case 'term_deposit': {
      const t = parseTerms('term_deposit', terms)
      const interestToDate = p.balance_minor - t.principalMinor
      return {
        ...base,
        kind: 'term_deposit',
        termDeposit: {
          principal: m(t.principalMinor),
          annualRateBp: t.annualRateBp,
          termDays: t.termDays,
          maturityDate: maturityAfter(p.opened_on, t.termDays, cutoff),
          interestToDate: m(interestToDate),
          interestAtMaturity: m(Math.floor((t.principalMinor * t.annualRateBp * t.termDays) / 3_600_000)),
          withheldToDate: m(shareBp(interestToDate, ctx.withholdingBp)),
          renewal: t.renewal,
        },
      }
    }
    case 'loan': {
      const t = parseTerms('loan', terms)
      const table = store.installments(p.id).map((r) => installmentOf(r, cutoff, currency))
      const overdue = table.filter((r) => r.status === 'overdue')
      return {
        ...base,
        kind: 'loan',
        loan: {
          obligation: `${t.code} - ${p.number}`,
          disbursedAmount: m(t.principalMinor),
          disbursedOn: p.opened_on,
          termMonths: t.termMonths,
          monthlyRateBp: t.monthlyRateBp,
          installmentAmount: m(monthly),
          installmentsPaid: table.filter((r) => r.status === 'paid').length,
          installmentsOverdue: overdue.length,
          overdueAmount: m(overdue.reduce((sum, r) => sum + r.total.amountMinor, 0)),
          nextInstallment: table.find((r) => r.status !== 'paid') ?? null,
          amortization: table,
          guarantors: store.guarantors(p.id).map((g) => ({
            maskedName: maskName(g.full_name),
            maskedIdNumber: maskTail(g.id_number),
            role: g.role,
            from: g.from_on,
            until: g.until_on,
            active: g.until_on === null || g.until_on > cutoff,
          })),
        },
      }
    }
    case 'card': {
      const t = parseTerms('card', terms)
      const periods = store.months(p.id).filter((month) => month <= cutoff.slice(0, 7))
      const latest = periods[0]
      const closing = latest ? (store.lastOnOrBefore(p.id, `${latest}-31`)?.balance_minor ?? 0) : 0
      return {
        ...base,
        kind: 'card',
        card: {
          brand: t.brand,
          maskedCardNumber: `${t.cardNumber.slice(0, 4)} **** **** ${t.cardNumber.slice(-4)}`,
          limit: m(t.limitMinor),
          available: m(Math.max(0, t.limitMinor - p.balance_minor)),
          minimumPayment: m(minimumPaymentOf(closing)),
          paymentDueDate: monthAfter(latest ? `${latest}-01` : cutoff, 15),
          periods,
        },
      }
    }
    case 'other_obligation': {
      const t = parseTerms('other_obligation', terms)
      return {
        ...base,
        kind: 'other_obligation',
        otherObligation: {
          obligation: `${t.code} - ${p.number}`,
          concept: t.concept,
          monthlyPayment: m(monthly),
          pendingPayment: m(Math.max(0, p.balance_minor)),
          dueDate: monthly > 0 ? monthAfter(cutoff, 15) : null,
          nextDueAmount: m(monthly),
        },
      }
    }
    case 'deduction': {
      const t = parseTerms('deduction', terms)
      const applied = store
        .between(p.id, p.opened_on, cutoff)
        .filter((mv) => mv.amount_minor < 0)
        .at(-1)
      return {
        ...base,
        kind: 'deduction',
        deduction: {
          payrollEntity: t.payrollEntity,
          concept: t.concept,
          appliesTo: t.appliesTo,
          amountPerPeriod: m(monthly),
          frequency: t.frequency,
          startedOn: p.opened_on,
          endsOn: t.endsOn,
          lastAppliedOn: applied?.posted_on ?? null,
        },
      }
    }
    case 'insurance': {
      const t = parseTerms('insurance', terms)
      return {
        ...base,
        kind: 'insurance',
        insurance: {
          insurer: t.insurer,
          maskedPolicyNumber: maskTail(t.policyNumber),
          insuredAmount: m(t.insuredMinor),
          monthlyPremium: m(monthly),
          pendingPremium: m(Math.max(0, p.balance_minor)),
          validFrom: t.validFrom,
          validUntil: t.validUntil,
          beneficiaries: t.beneficiaries,
        },
      }
    }
  }
}
