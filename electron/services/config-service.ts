import { KioskConfigSchema, type KioskConfig, type KioskConfigInput } from '../../shared/config/kiosk-config'
import { ConfigError } from './config-error'
import type { ConfigStore } from './config-store'

export { ConfigError } from './config-error'

/**
 * Reads and validates the kiosk configuration. A missing store, or missing top-level sections, are
 * filled with defaults and written back so IT sees every setting; an invalid one is reported and
 * left untouched, so a typo never costs the rest of the file.
 * `initial` seeds a store that holds nothing yet (e.g. kioskConfigForProfile(PROFILES.pa)).
 */
export function loadKioskConfig(store: ConfigStore, initial: KioskConfigInput = {}): KioskConfig {
  const raw = store.read()
  const parsed = KioskConfigSchema.safeParse(raw === undefined ? initial : raw)
  if (!parsed.success) {
    throw new ConfigError(
      store.location,
      'Invalid kiosk configuration',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  if (raw === undefined || Object.keys(parsed.data).some((k) => !(k in (raw as object)))) {
    store.write(parsed.data)
  }
  return parsed.data
}
