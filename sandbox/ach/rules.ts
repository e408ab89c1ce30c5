import type { ProfileId } from '../profiles'

/** What a cooperative allows and charges for ACH transfers, in minor units, and the banks it reaches. */
export interface AchRuleSet {
  perOperationMinor: number
  /** Everything sent to other banks within one UTC day (rejected ones included: they were sent). */
  perDayMinor: number
  feeMinor: number
  banks: readonly { code: string; name: string }[]
}

/**
 * Per cooperative profile (sandbox/profiles.ts). Demo rule of the other banks: an account number ending
 * in 000 does not exist there, so the clearing run rejects it (and the money comes back).
 */
export const ACH_RULES: Record<ProfileId, AchRuleSet> = {
  // COP: $2.000.000 per operation, $3.000.000 a day, $4.500 per transfer.
  co: {
    perOperationMinor: 200_000_000,
    perDayMinor: 300_000_000,
    feeMinor: 450_000,
    banks: [
      { code: '1007', name: 'Bancolombia' },
      { code: '1051', name: 'Davivienda' },
      { code: '1001', name: 'Banco de Bogotá' },
      { code: '1013', name: 'BBVA Colombia' },
      { code: '1023', name: 'Banco de Occidente' },
    ],
  },
  // USD: $1,000 per operation, $2,000 a day, $1.00 per transfer.
  pa: {
    perOperationMinor: 100_000,
    perDayMinor: 200_000,
    feeMinor: 100,
    banks: [
      { code: '0071', name: 'Banco General' },
      { code: '0013', name: 'Banco Nacional de Panamá' },
      { code: '0026', name: 'Banistmo' },
      { code: '0045', name: 'Caja de Ahorros' },
      { code: '0022', name: 'BAC Credomatic' },
    ],
  },
}

export const rejectedByOtherBank = (accountNumber: string) => accountNumber.endsWith('000')
