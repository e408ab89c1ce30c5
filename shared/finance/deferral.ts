import type { DeferrableCard, DeferralRequest, DeferralSimulation } from '../api/deferrals'
import { KioskError } from '../ipc/errors'
import { money, type CurrencyCode } from '../money/money'
import { amortize, type AmortizationRowMinor } from './amortization'
import { addMonthsClamped } from './dates'
import { Dec } from './decimal'
import { eaFraction, monthlyFromEa, rateString } from './rates'

/** The figures of seed 002's "Simulación Diferido", integer minor units. */
export interface DeferralPlan {
  /** "Total monto a diferir" */
  totalMinor: number
  /** "Número de cuotas" */
  months: number
  /** "Valor interés": the interest summed over the installments. */
  interestMinor: number
  /** "Valor cuota": the fixed French installment. */
  installmentMinor: number
  /** The last installment, where the roundings end up. */
  lastInstallmentMinor: number
  rows: AmortizationRowMinor[]
}

/**
 * Deferring an amount over `months` at a monthly rate: the French table of amortization.ts without
 * insurance or fees, so the same rounding rule holds (README): interest half up each month, the fixed
 * installment round(PMT) once, the last installment's principal is the balance left.
 */
export function deferralPlan(totalMinor: number, months: number, monthlyRate: Dec): DeferralPlan {
  if (months < 2) throw new RangeError('a deferral has at least 2 installments')
  const rows = amortize({
    amountMinor: totalMinor,
    termMonths: months,
    monthlyRate,
    insuranceRate: new Dec(0),
    feeMinor: 0,
    system: 'french',
  })
  return {
    totalMinor,
    months,
    interestMinor: rows.reduce((s, r) => s + r.interest, 0),
    installmentMinor: rows[0]!.installment,
    lastInstallmentMinor: rows.at(-1)!.installment,
    rows,
  }
}

/** The chosen purchases, in the card's order; one not deferrable (any more) is a CONFLICT. */
function chosenPurchases(card: DeferrableCard, request: DeferralRequest) {
  if (request.source.kind === 'revolving') return []
  const ids = new Set(request.source.movementIds)
  const chosen = card.purchases.filter((p) => ids.has(p.movementId))
  if (chosen.length !== ids.size)
    throw new KioskError('CONFLICT', 'a chosen purchase cannot be deferred (deferred already?)')
  return chosen
}

/**
 * The simulation of a deferral request for a card: the same pure function on the kiosk (main) and in
 * the core (sandbox), so a confirmation can be checked figure by figure. The revolving balance defers
 * what the card owes outside earlier deferrals. Installment k falls k months after `startDate`: the
 * first is paid next month, beside earlier deferrals' installments of that month.
 */
export function simulateDeferral(
  card: DeferrableCard,
  request: DeferralRequest,
  startDate: string,
  currency: CurrencyCode,
): DeferralSimulation {
  if (request.productId !== card.productId)
    throw new RangeError(`request for ${request.productId}, card ${card.productId}`)
  const purchases = chosenPurchases(card, request)
  const totalMinor =
    request.source.kind === 'revolving'
      ? card.revolvingBalance.amountMinor
      : purchases.reduce((s, p) => s + p.amount.amountMinor, 0)
  if (totalMinor <= 0)
    throw new KioskError('VALIDATION', 'nothing to defer', {
      issues: [{ path: 'source', message: 'no balance to defer' }],
    })
  const monthly = monthlyFromEa(eaFraction(card.rateEa))
  const plan = deferralPlan(totalMinor, request.months, monthly)
  const m = (n: number) => money(n, currency)
  return {
    request,
    card: { productId: card.productId, name: card.name, maskedCardNumber: card.maskedCardNumber },
    startDate,
    rateEa: card.rateEa,
    monthlyRate: rateString(monthly),
    purchases,
    total: m(totalMinor),
    months: request.months,
    interest: m(plan.interestMinor),
    installment: m(plan.installmentMinor),
    lastInstallment: m(plan.lastInstallmentMinor),
    totalToPay: m(totalMinor + plan.interestMinor),
    installments: plan.rows.map((r) => ({
      number: r.number,
      dueDate: addMonthsClamped(startDate, r.number),
      principal: m(r.principal),
      interest: m(r.interest),
      installment: m(r.installment),
      balance: m(r.balance),
    })),
  }
}
