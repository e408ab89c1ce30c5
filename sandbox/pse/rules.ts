import type { ProfileId } from '../profiles'

/** The gateway's rules per cooperative profile, in minor units; the API enforces them. */
export interface PseRuleSet {
  minimumMinor: number
  perOperationMinor: number
  /** From creation to "Paga antes del". */
  validMinutes: number
}

export const PSE_RULES: Record<ProfileId, PseRuleSet> = {
  // COP: from $10.000 to $5.000.000, half an hour to pay.
  co: { minimumMinor: 1_000_000, perOperationMinor: 500_000_000, validMinutes: 30 },
  // USD: from $5 to $2,500.
  pa: { minimumMinor: 500, perOperationMinor: 250_000, validMinutes: 30 },
}
