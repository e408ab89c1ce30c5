import type { LoanLine, SimulatorCatalogue } from '@shared/api/simulators'
import { simulateLoan } from '@shared/finance/loan-simulation'
import { simulateTermDeposit } from '@shared/finance/term-deposit'
import { ok, type FakeHandlers } from './fake-answers'

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })

export const TEST_LOAN_LINE: LoanLine = {
  id: 'libre-inversion',
  kind: 'libre_inversion',
  name: 'Libre inversión',
  rateEa: '16.08',
  lifeInsuranceMonthlyRate: '0.0004',
  monthlyFee: COP(850_000),
  minAmount: COP(50_000_000),
  maxAmount: COP(10_000_000_000),
  minTermMonths: 1,
  maxTermMonths: 72,
}

/** A cooperative with one loan line and a two-band CDAT table, simulating on 2026-12-04. */
export const TEST_CATALOGUE: SimulatorCatalogue = {
  currency: 'COP',
  today: '2026-12-04',
  loanLines: [TEST_LOAN_LINE],
  termDeposit: {
    rates: [
      { minDays: 30, maxDays: 89, minAmount: COP(50_000_000), maxAmount: null, rateEa: '8.5' },
      { minDays: 90, maxDays: 179, minAmount: COP(50_000_000), maxAmount: null, rateEa: '9.2' },
    ],
    withholding: { ratePercent: '4', threshold: COP(5_000_000) },
  },
}

/**
 * Default answers of the simulators channels for renderer tests: the projections are main's own pure
 * code (shared/finance) on TEST_CATALOGUE; an application is filed with every requirement met; the
 * member has no applications yet. Tests script other answers with `createFakeBridge({ ... })`.
 */
export const FAKE_SIMULATORS = {
  'simulators.catalogue': () => ok(TEST_CATALOGUE),
  'simulators.simulateLoan': (request) =>
    ok(simulateLoan(TEST_LOAN_LINE, request, TEST_CATALOGUE.today, 'COP')),
  'simulators.simulateTermDeposit': (request) =>
    ok(simulateTermDeposit(TEST_CATALOGUE.termDeposit, request, TEST_CATALOGUE.today, 'COP')),
  'simulators.applyLoan': ({ simulation: s }) =>
    ok({
      number: 'SC-2026-000001',
      filedAt: '2026-12-04T15:30:00.000Z',
      status: 'filed' as const,
      line: s.line,
      amount: s.totals.principal,
      termMonths: s.request.termMonths,
      system: s.request.system,
      rateEa: s.rateEa,
      firstInstallment: s.installments[0]!.installment,
      requirements: [
        { code: 'seniority' as const, met: true, requiredMonths: 6, actualMonths: 65 },
        {
          code: 'capacity' as const,
          met: true,
          capacity: COP(332_710_400),
          installment: s.installments[0]!.installment,
        },
        { code: 'no_overdue' as const, met: true, overdueLoans: 0 },
      ],
    }),
  'simulators.requestProduct': (body) =>
    ok({
      number: 'SP-2026-000001',
      filedAt: '2026-12-04T15:30:00.000Z',
      status: 'filed' as const,
      kind: body.kind,
      amount: body.amountMinor === null ? null : COP(body.amountMinor),
      contact: body.contact,
    }),
  'simulators.applications': () => ok({ loans: [], products: [] }),
} satisfies Partial<FakeHandlers>
