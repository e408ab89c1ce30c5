import Store from 'electron-store'
import type { ConfigStore } from '../services/config-store'

type StoredConfig = Record<string, unknown>

/**
 * The kiosk configuration in electron-store's JSON file (under userData). Validation is not done
 * here: config-service parses whatever is read with KioskConfigSchema.
 */
export function createElectronConfigStore(name = 'kiosk-config'): ConfigStore {
  const store = new Store<StoredConfig>({ name })
  return {
    read() {
      const value = store.store
      return Object.keys(value).length === 0 ? undefined : value
    },
    write(value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new TypeError('kiosk config must be a JSON object')
      store.store = value as StoredConfig
    },
    get location() {
      return store.path
    },
  }
}
