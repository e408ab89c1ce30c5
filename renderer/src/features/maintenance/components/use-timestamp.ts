import { useKioskI18n } from '@/i18n'

/** An ISO instant as the kiosk's local date and time, in the UI language (seconds shown: IT compares logs). */
export function useTimestamp() {
  const { locale } = useKioskI18n()
  return (iso: string) =>
    new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso))
}
