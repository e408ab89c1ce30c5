import { getStores, type Pinia } from 'pinia'
import { CONFIG_STORE_ID } from './config'

/** Stores about the kiosk itself; every other store is member-scoped and must expose `reset()`. */
const KIOSK_STORES = new Set<string>([CONFIG_STORE_ID])

/**
 * Empties every member-scoped store, including those future features add, without listing them here.
 * A store without `reset()` is a bug: it is disposed and its state deleted, so no data survives anyway.
 */
export function resetMemberStores(pinia: Pinia): void {
  for (const store of getStores(pinia)) {
    if (KIOSK_STORES.has(store.$id)) continue
    const reset: unknown = (store as { reset?: unknown }).reset
    if (typeof reset === 'function') {
      reset()
    } else {
      console.error(`store "${store.$id}" has no reset(): disposing it`)
      store.$dispose()
      delete pinia.state.value[store.$id]
    }
  }
}
