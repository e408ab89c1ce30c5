import { computed } from 'vue'
import { useProductsI18n } from '../messages'
import { useFormatters } from '@/composables/useFormatters'
import { useConfigStore } from '@/stores/config'

/**
 * Formats of the products screens on top of the app's money and long dates: short dates for tables,
 * periods ("febrero de 2026"), rates in basis points. Dates follow the UI language with the
 * cooperative's region, like the rest of the app.
 */
export function useProductFormat() {
  const { money, date } = useFormatters()
  const { locale } = useProductsI18n()
  const config = useConfigStore()
  const region = computed(() => (config.config?.locale ?? 'es-CO').split('-')[1] ?? 'CO')
  const tag = computed(() => `${locale.value}-${region.value}`)

  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)
  /** Numeric, for tables: "28/11/2026". */
  const shortDate = (iso: string) =>
    new Intl.DateTimeFormat(tag.value, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(utc(iso))
  /** "Febrero de 2026": a month on its own starts with a capital, in Spanish too. */
  const period = (yearMonth: string) => {
    const text = new Intl.DateTimeFormat(tag.value, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(utc(`${yearMonth}-01`))
    return text.charAt(0).toLocaleUpperCase(tag.value) + text.slice(1)
  }
  const monthTitle = (year: number, month: number) => period(`${year}-${String(month).padStart(2, '0')}`)
  /** 115 bp → "1,15 %". */
  const rate = (bp: number) =>
    new Intl.NumberFormat(tag.value, {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(bp / 10_000)
  const dateTime = (isoDateTime: string) =>
    new Intl.DateTimeFormat(tag.value, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(isoDateTime),
    )

  return { money, date, shortDate, period, monthTitle, rate, dateTime, locale: tag }
}
