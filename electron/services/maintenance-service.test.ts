import { describe, expect, it } from 'vitest'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import { describeConfig } from './maintenance-service'

describe('the configuration IT sees', () => {
  it('lists whitelisted fields only, the API reduced to its origin', () => {
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-9',
      api: { baseUrl: 'https://it:S3cret@core.example.coop/v1?key=abc', timeoutMs: 5000, retries: 1 },
      printer: { kind: 'tcp', url: 'tcp://10.0.0.5:9100' },
    })
    const shown = describeConfig(config)
    expect(shown).toContainEqual({ key: 'api.baseUrl', value: 'https://core.example.coop' })
    expect(shown).toContainEqual({ key: 'printer.url', value: 'tcp://10.0.0.5:9100' })
    expect(shown.map((e) => e.key)).not.toContain('printer.name')
    expect(JSON.stringify(shown)).not.toMatch(/S3cret|key=abc/)
  })
})
