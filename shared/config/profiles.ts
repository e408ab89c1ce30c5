import { z } from 'zod'
import { CurrencyCodeSchema } from '../money/money-schema'
import { PASSWORD_POLICY_PRESETS } from './password-policy'
import { PasswordPolicySchema } from './password-policy-schema'
import { HELP_DEFAULTS } from './help-defaults'

export const PROFILE_IDS = ['co', 'pa'] as const
export const ProfileIdSchema = z.enum(PROFILE_IDS)
export type ProfileId = z.infer<typeof ProfileIdSchema>

/**
 * What three wrong passwords do (per member, across kiosks): a timed lock that grows with each lock in a
 * row and ends by itself (a right password after it clears the count), or seed 004's lock that only a
 * teller lifts. A timed profile bounds what a script can do to a member it does not know the password
 * of: one lock at a time, never longer than the last step. `recoveryUnlocks`: signing in with a temporary
 * key sent by "Olvidé mi clave" lifts a timed lock too, so the locked screen can offer it as a way out
 * (the key reaches only the member's phone or e-mail); a teller lock is never lifted that way.
 */
export const LockoutPolicySchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('timed'),
    lockSeconds: z.array(z.number().int().positive()).min(1),
    recoveryUnlocks: z.boolean().default(false),
  }),
  z.object({ mode: z.literal('teller') }),
])
export type LockoutPolicy = z.infer<typeof LockoutPolicySchema>

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
  /** Data files seeded before lockout was per profile keep the lock-until-teller they had. */
  lockout: LockoutPolicySchema.default({ mode: 'teller' }),
  /**
   * The branches' IANA time zone: "today" at a desk (the teller audit) is the local day, not UTC's,
   * which in Colombia would end at 19:00. Older data files keep the UTC day they had.
   */
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz })
        return true
      } catch {
        return false
      }
    }, 'an IANA time zone such as "America/Bogota"')
    .default('UTC'),
  /** Amounts on the first screens hidden until "Mostrar valores" (see KioskConfig.privacy). */
  hideAmounts: z.boolean().default(true),
  /** Seed 004: one of the member's security questions after the ID, before the image and password. */
  signInQuestion: z.boolean().default(false),
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
    lockout: { mode: 'timed', lockSeconds: [15 * 60, 60 * 60, 24 * 60 * 60], recoveryUnlocks: true },
    timeZone: 'America/Bogota',
    hideAmounts: true,
    signInQuestion: false,
  },
  pa: {
    id: 'pa',
    name: 'Cooperativa de Servicios Múltiples de Profesionales del Istmo, R.L.',
    shortName: 'Coopistmo',
    currency: 'USD',
    locale: 'es-PA',
    passwordPolicy: PASSWORD_POLICY_PRESETS.seed004,
    lockout: { mode: 'teller' },
    timeZone: 'America/Panama',
    hideAmounts: true,
    signInQuestion: true,
  },
}

/** The kiosk configuration fields a profile decides (the rest keeps the schema defaults). */
export function kioskConfigForProfile(p: CooperativeProfile) {
  return {
    cooperative: { name: p.name, shortName: p.shortName },
    currency: p.currency,
    locale: p.locale,
    passwordPolicy: p.passwordPolicy,
    privacy: { hideAmounts: p.hideAmounts },
    help: HELP_DEFAULTS[p.id],
  }
}
