import type { ProfileId } from '../../shared/config/profiles'
import type { DeliveryChannel } from '../../shared/api/credentials'

/** A contribution's withdrawal rule: refused until the member leaves, or a share of its balance. */
export type WithdrawalRule = { kind: 'retirement_only' } | { kind: 'partial'; maxPercent: number }

/** What each demo cooperative decides about the member's own data (the API decides, the kiosk shows). */
export interface MemberDataPolicy {
  contact: { mode: 'immediate' | 'review'; mobileConfirmVia: DeliveryChannel[] }
  /** By contribution name; `other` for the rest. */
  withdrawals: { byName: Record<string, WithdrawalRule>; other: WithdrawalRule }
  /** Demo addresses for seeded members, by turn. */
  addresses: readonly { address: string; city: string }[]
}

export const MEMBER_DATA_POLICIES: Record<ProfileId, MemberDataPolicy> = {
  co: {
    contact: { mode: 'immediate', mobileConfirmVia: ['sms'] },
    // Seed 000: social contributions come back only when the member leaves; permanent savings partly.
    withdrawals: {
      byName: { 'Aportes sociales': { kind: 'retirement_only' } },
      other: { kind: 'partial', maxPercent: 50 },
    },
    addresses: [
      { address: 'Calle 45 # 23-18 apto 302', city: 'Medellín' },
      { address: 'Carrera 7 # 12-40', city: 'Bogotá' },
      { address: 'Avenida 3N # 52-10', city: 'Cali' },
    ],
  },
  pa: {
    contact: { mode: 'review', mobileConfirmVia: ['sms', 'email'] },
    withdrawals: { byName: {}, other: { kind: 'partial', maxPercent: 25 } },
    addresses: [
      { address: 'Vía España, Edificio Ocean, piso 4', city: 'Ciudad de Panamá' },
      { address: 'Calle 50, Casa 12', city: 'San Miguelito' },
    ],
  },
}
