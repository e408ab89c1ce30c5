import type { ProfileId } from '../profiles'

/** What a cooperative allows and charges for transfers, in minor units of its currency. */
export interface TransferRuleSet {
  perOperationMinor: number
  /** Everything sent (own and other members' accounts) within one UTC day. */
  perDayMinor: number
  fee: { own: number; member: number }
}

/**
 * Limits and fees per cooperative profile (sandbox/profiles.ts): the API enforces them, the kiosk only
 * shows them. Own-account moves are free; another member's account costs a flat fee.
 */
export const TRANSFER_RULES: Record<ProfileId, TransferRuleSet> = {
  // Coopandes, COP: $3.000.000 per operation, $5.000.000 a day, $1.500 to another member.
  co: { perOperationMinor: 300_000_000, perDayMinor: 500_000_000, fee: { own: 0, member: 150_000 } },
  // Coopistmo, USD: $2,500 per operation, $5,000 a day, $0.50 to another member.
  pa: { perOperationMinor: 250_000, perDayMinor: 500_000, fee: { own: 0, member: 50 } },
}
