import { describe, expect, it } from 'vitest'
import { PROFILES } from '../../shared/config/profiles'
import { launchOverrides } from './launch-overrides'

describe('launchOverrides', () => {
  it('leaves a deployed kiosk alone', () => {
    expect(launchOverrides({})).toEqual({ configName: 'kiosk-config', initial: {}, apiUrl: undefined })
  })
  it('gives each demo profile its own store seeded from the profile', () => {
    const o = launchOverrides({
      KIOSK_PROFILE: 'pa',
      KIOSK_API_URL: 'http://127.0.0.1:9999',
      KIOSK_PRINTER_URL: 'tcp://127.0.0.1:9100',
    })
    expect(o.configName).toBe('kiosk-config-pa')
    expect(o.initial).toMatchObject({ currency: 'USD', passwordPolicy: PROFILES.pa.passwordPolicy })
    expect(o.apiUrl).toBe('http://127.0.0.1:9999')
    expect(o.printerUrl).toBe('tcp://127.0.0.1:9100')
  })
  it('starts teller mode from KIOSK_MODE (npm start -- --mode teller) and refuses an unknown mode', () => {
    expect(launchOverrides({ KIOSK_MODE: 'teller' }).mode).toBe('teller')
    expect(launchOverrides({}).mode).toBeUndefined()
    expect(() => launchOverrides({ KIOSK_MODE: 'cajero' })).toThrow(/KIOSK_MODE/)
  })
  it('refuses an unknown profile instead of starting with the wrong cooperative', () => {
    expect(() => launchOverrides({ KIOSK_PROFILE: '../../etc' })).toThrow(/KIOSK_PROFILE/)
  })
})
