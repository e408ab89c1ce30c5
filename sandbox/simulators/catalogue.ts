import type { LoanLine, TermDepositRate, Withholding } from '../../shared/api/simulators'
import type { CurrencyCode } from '../../shared/money/money'
import type { ProfileId } from '../profiles'

/**
 * What each demo cooperative offers to simulate: its credit lines, its term-deposit rate table and its
 * withholding on interest. Demo figures in the range such cooperatives publish, not anyone's tariff.
 * Money in minor units of the profile's currency (COP and USD both have 2 minor digits).
 */
export interface SimulatorProfile {
  loanLines: readonly LineSpec[]
  termDeposit: readonly RateSpec[]
  withholding: { ratePercent: string; thresholdMinor: number }
  /** What the cooperative checks before studying a loan. */
  requirements: { minSeniorityMonths: number }
}

/** A line with its money as bare minor units of the profile's currency (the API adds the currency). */
type LineSpec = Omit<LoanLine, 'monthlyFee' | 'minAmount' | 'maxAmount'> & {
  monthlyFeeMinor: number
  minAmountMinor: number
  maxAmountMinor: number
}
type RateSpec = Omit<TermDepositRate, 'minAmount' | 'maxAmount'> & {
  minAmountMinor: number
  maxAmountMinor: number | null
}

/** Four term bands by two amount bands: the larger deposit earns a little more. */
function rateTable(
  terms: [number, number, string, string][],
  minMinor: number,
  bandMinor: number,
): RateSpec[] {
  return terms.flatMap(([minDays, maxDays, small, large]) => [
    { minDays, maxDays, minAmountMinor: minMinor, maxAmountMinor: bandMinor - 1, rateEa: small },
    { minDays, maxDays, minAmountMinor: bandMinor, maxAmountMinor: null, rateEa: large },
  ])
}

export const SIMULATOR_PROFILES: Record<ProfileId, SimulatorProfile> = {
  co: {
    loanLines: [
      // 16.08 % EA is 1.25 % a month: the example.
      {
        id: 'libre-inversion',
        kind: 'libre_inversion',
        name: 'Libre inversión',
        rateEa: '16.08',
        lifeInsuranceMonthlyRate: '0.0004',
        monthlyFeeMinor: 850_000,
        minAmountMinor: 50_000_000,
        maxAmountMinor: 10_000_000_000,
        minTermMonths: 1,
        maxTermMonths: 72,
      },
      {
        id: 'vivienda',
        kind: 'vivienda',
        name: 'Vivienda',
        rateEa: '12.68',
        lifeInsuranceMonthlyRate: '0.00035',
        monthlyFeeMinor: 0,
        minAmountMinor: 1_000_000_000,
        maxAmountMinor: 50_000_000_000,
        minTermMonths: 60,
        maxTermMonths: 360,
      },
      // The cooperative's education fund lends at 0 %: only insurance and the fee are charged.
      {
        id: 'educacion',
        kind: 'educacion',
        name: 'Educación (fondo educativo)',
        rateEa: '0',
        lifeInsuranceMonthlyRate: '0.0004',
        monthlyFeeMinor: 500_000,
        minAmountMinor: 20_000_000,
        maxAmountMinor: 1_000_000_000,
        minTermMonths: 1,
        maxTermMonths: 12,
      },
      {
        id: 'vehiculo',
        kind: 'vehiculo',
        name: 'Vehículo',
        rateEa: '14.4',
        lifeInsuranceMonthlyRate: '0.0004',
        monthlyFeeMinor: 1_200_000,
        minAmountMinor: 500_000_000,
        maxAmountMinor: 15_000_000_000,
        minTermMonths: 12,
        maxTermMonths: 84,
      },
    ],
    termDeposit: rateTable(
      [
        [30, 89, '8.5', '8.8'],
        [90, 179, '9.2', '9.5'],
        [180, 359, '9.8', '10.1'],
        [360, 720, '10.4', '10.7'],
      ],
      50_000_000,
      5_000_000_000,
    ),
    // Retención en la fuente on yields: 4 % of each interest payment above COP 50 000.00 (demo threshold).
    withholding: { ratePercent: '4', thresholdMinor: 5_000_000 },
    requirements: { minSeniorityMonths: 6 },
  },
  pa: {
    loanLines: [
      {
        id: 'personal',
        kind: 'libre_inversion',
        name: 'Préstamo personal',
        rateEa: '11.5',
        lifeInsuranceMonthlyRate: '0.0005',
        monthlyFeeMinor: 500,
        minAmountMinor: 50_000,
        maxAmountMinor: 5_000_000,
        minTermMonths: 6,
        maxTermMonths: 96,
      },
      {
        id: 'hipotecario',
        kind: 'vivienda',
        name: 'Hipotecario',
        rateEa: '7.25',
        lifeInsuranceMonthlyRate: '0.0003',
        monthlyFeeMinor: 0,
        minAmountMinor: 2_000_000,
        maxAmountMinor: 40_000_000,
        minTermMonths: 60,
        maxTermMonths: 360,
      },
      {
        id: 'educativo',
        kind: 'educacion',
        name: 'Educativo',
        rateEa: '0',
        lifeInsuranceMonthlyRate: '0.0005',
        monthlyFeeMinor: 0,
        minAmountMinor: 20_000,
        maxAmountMinor: 1_000_000,
        minTermMonths: 1,
        maxTermMonths: 24,
      },
      {
        id: 'auto',
        kind: 'vehiculo',
        name: 'Auto',
        rateEa: '8.9',
        lifeInsuranceMonthlyRate: '0.0004',
        monthlyFeeMinor: 1_000,
        minAmountMinor: 500_000,
        maxAmountMinor: 6_000_000,
        minTermMonths: 12,
        maxTermMonths: 84,
      },
    ],
    termDeposit: rateTable(
      [
        [30, 89, '3.25', '3.5'],
        [90, 179, '4', '4.25'],
        [180, 359, '4.5', '4.75'],
        [360, 1825, '5.25', '5.5'],
      ],
      100_000,
      5_000_000,
    ),
    // Tax on interest of term deposits: 5 % of every payment (demo figure).
    withholding: { ratePercent: '5', thresholdMinor: 0 },
    requirements: { minSeniorityMonths: 3 },
  },
}

/** The catalogue in API shape: money as `{ amountMinor, currency }`. */
export function catalogueOf(profileId: ProfileId, currency: CurrencyCode) {
  const p = SIMULATOR_PROFILES[profileId]
  const m = (amountMinor: number) => ({ amountMinor, currency })
  const loanLines: LoanLine[] = p.loanLines.map(
    ({ monthlyFeeMinor, minAmountMinor, maxAmountMinor, ...l }) => ({
      ...l,
      monthlyFee: m(monthlyFeeMinor),
      minAmount: m(minAmountMinor),
      maxAmount: m(maxAmountMinor),
    }),
  )
  const rates: TermDepositRate[] = p.termDeposit.map(({ minAmountMinor, maxAmountMinor, ...r }) => ({
    ...r,
    minAmount: m(minAmountMinor),
    maxAmount: maxAmountMinor === null ? null : m(maxAmountMinor),
  }))
  const withholding: Withholding = {
    ratePercent: p.withholding.ratePercent,
    threshold: m(p.withholding.thresholdMinor),
  }
  return { loanLines, termDeposit: { rates, withholding }, requirements: p.requirements }
}
