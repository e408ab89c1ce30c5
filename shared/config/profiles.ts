import { z } from 'zod'
import { CurrencyCodeSchema } from '../money/money'
import { PASSWORD_POLICY_PRESETS, PasswordPolicySchema } from './password-policy'

export const PROFILE_IDS = ['co', 'pa'] as const
export const ProfileIdSchema = z.enum(PROFILE_IDS)
export type ProfileId = z.infer<typeof ProfileIdSchema>

/**
 * Everything that differs between the demo cooperatives. The sandbox seeds one (and stores it in its
 * data file); a kiosk configured for it starts from the same currency, locale and password policy —
 * proof that these are configuration, not code.
 */
export const CooperativeProfileSchema = z.object({
  id: ProfileIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  currency: CurrencyCodeSchema,
  locale: z.string().min(2),
  passwordPolicy: PasswordPolicySchema,
})
export type CooperativeProfile = z.infer<typeof CooperativeProfileSchema>

export const PROFILES: Record<ProfileId, CooperativeProfile> = {
  co: {
    id: 'co',
    name: 'Cooperativa de Ahorro y Crédito Los Andes',
    shortName: 'Coopandes',
    currency: 'COP',
    locale: 'es-CO',
    passwordPolicy: PASSWORD_POLICY_PRESETS.seed000,
  },
  pa: {
    id: 'pa',
    name: 'Cooperativa de Servicios Múltiples de Profesionales del Istmo, R.L.',
    shortName: 'Coopistmo',
    currency: 'USD',
    locale: 'es-PA',
    passwordPolicy: PASSWORD_POLICY_PRESETS.seed004,
  },
}

/** The kiosk configuration fields a profile decides (the rest keeps the schema defaults). */
export function kioskConfigForProfile(p: CooperativeProfile) {
  return {
    cooperative: { name: p.name, shortName: p.shortName },
    currency: p.currency,
    locale: p.locale,
    passwordPolicy: p.passwordPolicy,
  }
}
