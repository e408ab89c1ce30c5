import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { DeviceState } from '@shared/ipc/services/device'
import { call } from '@/bridge'

/**
 * The kiosk's device state, asked of main before every screen: an unprovisioned or revoked kiosk shows
 * its device screen and nothing else. Holds no member data.
 */
export const useDeviceStore = defineStore('device', () => {
  const state = shallowRef<DeviceState | null>(null)
  const kioskId = shallowRef('')
  /** Anything but unprovisioned or revoked serves members (a bridge failure too: screens say why). */
  const serving = computed(() => state.value !== 'unprovisioned' && state.value !== 'revoked')

  async function refresh(): Promise<void> {
    try {
      const status = await call('device.status', {})
      state.value = status.state
      kioskId.value = status.kioskId
    } catch {
      state.value ??= 'active'
    }
  }

  /** Teardown between members: the next screen asks main again. */
  function reset(): void {
    state.value = null
    kioskId.value = ''
  }

  return { state, kioskId, serving, refresh, reset }
})
