import type { LoanLine, LoanSimulation, LoanSimulationRequest } from '../api/simulators'
import { KioskError } from '../ipc/errors'
import { money, type CurrencyCode } from '../money/money'
import { amortize } from './amortization'
import { addMonthsClamped } from './dates'
import { eaFraction, fraction, monthlyFromEa, rateString } from './rates'

/** A request outside its line's limits: the same check (and message) on the kiosk and at the core. */
export function checkLoanRequest(line: LoanLine, request: LoanSimulationRequest): void {
  const { amountMinor, termMonths } = request
  if (amountMinor < line.minAmount.amountMinor || amountMinor > line.maxAmount.amountMinor)
    throw new KioskError('VALIDATION', `amount outside ${line.id} limits`, {
      issues: [{ path: 'amountMinor', message: 'out of the line limits' }],
    })
  if (termMonths < line.minTermMonths || termMonths > line.maxTermMonths)
    throw new KioskError('VALIDATION', `term outside ${line.id} limits`, {
      issues: [{ path: 'termMonths', message: 'out of the line limits' }],
    })
}

/**
 * The projected table of seed 001's "Proyectar": the same pure function on the kiosk (main) and in the
 * core (sandbox), so an application can be checked figure by figure. `startDate` is the disbursement
 * day; installment k falls k months later (dates.ts).
 */
export function simulateLoan(
  line: LoanLine,
  request: LoanSimulationRequest,
  startDate: string,
  currency: CurrencyCode,
): LoanSimulation {
  if (request.lineId !== line.id) throw new RangeError(`request for ${request.lineId}, line ${line.id}`)
  checkLoanRequest(line, request)
  const monthly = monthlyFromEa(eaFraction(line.rateEa))
  const rows = amortize({
    amountMinor: request.amountMinor,
    termMonths: request.termMonths,
    monthlyRate: monthly,
    insuranceRate: fraction(line.lifeInsuranceMonthlyRate),
    feeMinor: line.monthlyFee.amountMinor,
    system: request.system,
  })
  const m = (n: number) => money(n, currency)
  const sum = (key: 'principal' | 'interest' | 'insurance' | 'fees' | 'installment') =>
    m(rows.reduce((s, r) => s + r[key], 0))
  return {
    request,
    line: { id: line.id, kind: line.kind, name: line.name },
    startDate,
    rateEa: line.rateEa,
    monthlyRate: rateString(monthly),
    lifeInsuranceMonthlyRate: line.lifeInsuranceMonthlyRate,
    installments: rows.map((r) => ({
      number: r.number,
      dueDate: addMonthsClamped(startDate, r.number),
      principal: m(r.principal),
      interest: m(r.interest),
      insurance: m(r.insurance),
      fees: m(r.fees),
      installment: m(r.installment),
      balance: m(r.balance),
    })),
    totals: {
      principal: sum('principal'),
      interest: sum('interest'),
      insurance: sum('insurance'),
      fees: sum('fees'),
      installments: sum('installment'),
    },
  }
}
