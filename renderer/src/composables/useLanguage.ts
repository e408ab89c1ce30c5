import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Language } from '@shared/config/kiosk-config'
import { applyLanguage, LANGUAGES } from '@/i18n'

/** The member's language choice (welcome screen); it lasts until the session is torn down. */
export function useLanguage() {
  const composer = useI18n({ useScope: 'global' })
  const language = computed(() => composer.locale.value as Language)
  const setLanguage = (l: Language) => applyLanguage(composer, l)
  return { language, languages: LANGUAGES, setLanguage }
}
