import { describe, expect, it } from 'vitest'
import { HelpConfigSchema } from './help-config'
import { HELP_DEFAULTS } from './help-defaults'
import { KioskConfigSchema, PublicConfigSchema, toPublicConfig } from './kiosk-config'
import { kioskConfigForProfile, PROFILE_IDS, PROFILES } from './profiles'

// The questions the seeds answer (000, 002, 004), plus seed 000's "¿Olvidó su usuario?".
const SEEDED = ['forgot-user', 'forgot-password', 'temporary-key', 'blocked-user', 'security-image', 'pse']

describe('help configuration', () => {
  it.each(PROFILE_IDS)('profile %s: channels, numbers, hours and the seeded FAQ, in es and en', (id) => {
    const help = HelpConfigSchema.parse(HELP_DEFAULTS[id])
    expect(help.faq.map((e) => e.id)).toEqual(SEEDED)
    expect(help.contacts.length).toBeGreaterThan(0)
    expect(help.callCentre.length).toBeGreaterThan(0)
    expect(help.branchHours.length).toBeGreaterThan(0)
    // Configured for the profile, it reaches the renderer.
    const config = KioskConfigSchema.parse(kioskConfigForProfile(PROFILES[id]))
    expect(PublicConfigSchema.parse(toPublicConfig(config)).help).toEqual(help)
  })

  it('differs where the cooperatives differ: the lock ends by itself in co, a teller lifts it in pa', () => {
    const answer = (id: 'co' | 'pa') => HELP_DEFAULTS[id].faq.find((e) => e.id === 'blocked-user')!.answer.es
    expect(answer('co')).toContain('15 minutos')
    expect(answer('pa')).toContain('asesor lo desbloquee')
  })

  it('refuses an FAQ with a repeated id (links open an entry by id)', () => {
    const [entry] = HELP_DEFAULTS.co.faq
    expect(HelpConfigSchema.safeParse({ ...HELP_DEFAULTS.co, faq: [entry, entry] }).success).toBe(false)
  })
})
