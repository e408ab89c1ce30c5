import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useConfigStore } from './config'

/**
 * Whether the member has chosen to see amounts on the first screens ("Mostrar valores"). It starts from
 * the cooperative's setting for every member and lasts only for their visit.
 */
export const usePrivacyStore = defineStore('privacy', () => {
  const config = useConfigStore()
  const initial = () => !(config.config?.privacy.hideAmounts ?? true)
  const shown = ref(initial())

  function toggle(): void {
    shown.value = !shown.value
  }

  function reset(): void {
    shown.value = initial()
  }

  return { shown, toggle, reset }
})
