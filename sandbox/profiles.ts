import { z } from 'zod'
import { PASSWORD_POLICY_PRESETS, PasswordPolicySchema } from '../shared/config/password-policy'
import { CurrencyCodeSchema } from '../shared/money/money'

export const PROFILE_IDS = ['co', 'pa'] as const
export const ProfileIdSchema = z.enum(PROFILE_IDS)
export type ProfileId = z.infer<typeof ProfileIdSchema>

/** Everything that differs between cooperatives; stored in the data file so it describes itself. */
export const CooperativeProfileSchema = z.object({
  id: ProfileIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  currency: CurrencyCodeSchema,
  locale: z.string().min(2),
  passwordPolicy: PasswordPolicySchema,
})
export type CooperativeProfile = z.infer<typeof CooperativeProfileSchema>

/** Currency, locale and password policy are configuration: the same server plays either cooperative. */
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
