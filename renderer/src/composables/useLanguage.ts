import { computed } from 'vue'
import type { Language } from '@shared/config/kiosk-config'
import { applyLanguage, LANGUAGES, useKioskI18n } from '@/i18n'

/** The member's language choice (welcome screen); it lasts until the session is torn down. */
export function useLanguage() {
  const composer = useKioskI18n()
  const language = computed(() => composer.locale.value as Language)
  const setLanguage = (l: Language) => applyLanguage(composer, l)
  return { language, languages: LANGUAGES, setLanguage }
}
