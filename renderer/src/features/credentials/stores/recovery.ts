import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { DeliveryChannel, RecoveryOptions, RecoverySent } from '@shared/api/credentials'
import { call } from '@/bridge'

/**
 * Forgotten password (seeds 000, 001, 003): the ID typed at the first step, the masked destinations, and
 * where the temporary key went. The key itself never reaches the kiosk.
 */
export const useRecoveryStore = defineStore('credentials-recovery', () => {
  const idNumber = ref<string | null>(null)
  const options = shallowRef<RecoveryOptions | null>(null)
  const sent = shallowRef<RecoverySent | null>(null)
  let attempt = 0

  function begin(id: string): void {
    attempt++
    idNumber.value = id
    options.value = null
    sent.value = null
  }

  async function loadOptions(): Promise<void> {
    if (!idNumber.value) return
    const mine = attempt
    const result = await call('credentials.recoveryOptions', { idNumber: idNumber.value })
    if (mine === attempt) options.value = result
  }

  async function send(channel: DeliveryChannel): Promise<void> {
    if (!idNumber.value) return
    const mine = attempt
    const result = await call('credentials.requestRecovery', { idNumber: idNumber.value, channel })
    if (mine === attempt) sent.value = result
  }

  function reset(): void {
    attempt++
    idNumber.value = null
    options.value = null
    sent.value = null
  }

  return { idNumber, options, sent, begin, loadOptions, send, reset }
})
