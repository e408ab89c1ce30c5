import { computed } from 'vue'
import { fractionAsPercent } from '@shared/finance/rate-patterns'
import { CURRENCY_DIGITS, type CurrencyCode } from '@shared/money/money'
import { useFormatters } from '@/composables/useFormatters'
import { useConfigStore } from '@/stores/config'
import { useSimulatorsI18n } from '../messages'

/**
 * Formats of the simulators' screens: the app's money and long dates, short dates for tables, and rates
 * from their decimal strings (no float ever touches a rate: "16.08" is shown with the locale's decimal
 * mark, a monthly fraction as a percentage with `fractionAsPercent`, the paper's own rounding).
 */
export function useSimFormat() {
  const { money, date } = useFormatters()
  const { locale } = useSimulatorsI18n()
  const config = useConfigStore()
  const tag = computed(() => `${locale.value}-${(config.config?.locale ?? 'es-CO').split('-')[1] ?? 'CO'}`)
  const decimalMark = computed(
    () => new Intl.NumberFormat(tag.value).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.',
  )

  /** "16.08" → "16,08" in Spanish: a decimal string in the locale's mark. */
  const decimal = (value: string) => value.replace('.', decimalMark.value)
  /** A monthly fraction as a percentage, 4 places: "0.012503306038" → "1,2503". */
  const fractionPercent = (fraction: string, places = 4) => decimal(fractionAsPercent(fraction, places))
  const shortDate = (iso: string) =>
    new Intl.DateTimeFormat(tag.value, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`))
  const dateTime = (isoDateTime: string) =>
    new Intl.DateTimeFormat(tag.value, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(isoDateTime),
    )
  /** Whole units typed on the keypad as minor units; null when empty. */
  const toMinor = (whole: string, currency: CurrencyCode): number | null =>
    whole === '' ? null : Number(whole) * 10 ** CURRENCY_DIGITS[currency]

  return { money, date, shortDate, dateTime, decimal, fractionPercent, toMinor }
}
