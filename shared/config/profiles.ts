import type { CurrencyCode } from '../money/money'
import { PASSWORD_POLICY_PRESETS, type PasswordPolicy } from './password-policy'

/**
 * Demo cooperatives: the sandbox seeds one, and a kiosk configured for it starts from the same
 * currency, locale and password policy. Proves these are configuration, not code.
 */
export interface CooperativeProfile {
  cooperative: { name: string; shortName: string }
  country: string
  currency: CurrencyCode
  locale: string
  passwordPolicy: PasswordPolicy
}

export const COOPERATIVE_PROFILES = {
  co: {
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coop Los Andes' },
    country: 'CO',
    currency: 'COP',
    locale: 'es-CO',
    passwordPolicy: PASSWORD_POLICY_PRESETS.seed000,
  },
  pa: {
    cooperative: { name: 'Cooperativa de Profesionales del Istmo', shortName: 'CoopIstmo' },
    country: 'PA',
    currency: 'USD',
    locale: 'es-PA',
    passwordPolicy: PASSWORD_POLICY_PRESETS.seed004,
  },
} as const satisfies Record<string, CooperativeProfile>
export type ProfileName = keyof typeof COOPERATIVE_PROFILES
export const PROFILE_NAMES = Object.keys(COOPERATIVE_PROFILES) as ProfileName[]
