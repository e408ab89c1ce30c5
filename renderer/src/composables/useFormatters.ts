import { computed } from 'vue'
import type { Money } from '@shared/money/money'
import { formatMoney } from '@shared/money/money'
import { useKioskI18n } from '@/i18n'
import { useConfigStore } from '@/stores/config'

/**
 * Amounts follow the cooperative's locale (config.locale, e.g. es-CO) whatever the UI language;
 * dates use the UI language with the cooperative's region, so month names read naturally.
 */
export function useFormatters() {
  const config = useConfigStore()
  const { locale } = useKioskI18n()
  const moneyLocale = computed(() => config.config?.locale ?? 'es-CO')
  const dateLocale = computed(() => {
    const [lang, region] = moneyLocale.value.split('-')
    return lang === locale.value || !region ? moneyLocale.value : `${locale.value}-${region}`
  })

  const money = (m: Money) => formatMoney(m, moneyLocale.value)

  /** An ISO calendar date (YYYY-MM-DD) in words; read as UTC so it never shifts a day. */
  const date = (isoDate: string) =>
    new Intl.DateTimeFormat(dateLocale.value, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    )

  /** A moment in the kiosk's time zone, e.g. "viernes, 4 de diciembre de 2026, 7:45 p. m." (header). */
  const dateTime = (at: Date | string, dateStyle: 'full' | 'long' = 'full') =>
    new Intl.DateTimeFormat(dateLocale.value, { dateStyle, timeStyle: 'short' }).format(new Date(at))

  return { money, date, dateTime }
}
