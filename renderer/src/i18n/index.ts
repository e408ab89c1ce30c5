import type { Language } from '@shared/config/kiosk-config'
import type { IpcError } from '@shared/ipc/errors'
import { en } from './en'
import { es } from './es'
import { setActiveI18n } from './feature-messages'
import { createTranslator } from './translator'
import type { Translate } from './typed'

export type { MessageSchema } from './es'
export { useKioskI18n, type CoreKey, type MessageKey, type Translate } from './typed'
export const LANGUAGES: readonly Language[] = ['es', 'en']

export function createKioskI18n(language: Language = 'es') {
  const i18n = createTranslator({ locale: language, fallbackLocale: 'es', messages: { es, en } })
  setActiveI18n(i18n)
  return i18n
}
export type KioskI18n = ReturnType<typeof createKioskI18n>

/** Switches the UI language and keeps <html lang> in step, so screen readers pronounce it right. */
export function applyLanguage(composer: { locale: { value: string } }, language: Language): void {
  composer.locale.value = language
  document.documentElement.lang = language
}

/** Codes whose `attemptsLeft` is worth telling: wrong password, security answer or code. */
const ATTEMPT_CODES = new Set<IpcError['code']>([
  'INVALID_CREDENTIALS',
  'SECURITY_ANSWER_WRONG',
  'CODE_INVALID',
])

/** An IpcError as one plain sentence: `errors.<code>`, plus the attempts or wait time when known. */
export function describeError(t: Translate, error: IpcError): string {
  const { attemptsLeft, retryAfterSeconds, unlockBy } = error.details ?? {}
  // A timed lock ends by itself: the member is told when, not sent to a teller for nothing.
  if (error.code === 'ACCOUNT_LOCKED' && unlockBy === 'time' && retryAfterSeconds !== undefined)
    return t('errorDetails.lockedForAWhile', Math.ceil(retryAfterSeconds / 60))
  const parts = [t(`errors.${error.code}`)]
  if (ATTEMPT_CODES.has(error.code) && attemptsLeft !== undefined)
    parts.push(t('errorDetails.attemptsLeft', attemptsLeft))
  if (error.code === 'RATE_LIMITED' && retryAfterSeconds !== undefined)
    parts.push(
      // Long waits (a blocked security question) read better in minutes.
      retryAfterSeconds >= 120
        ? t('errorDetails.retryAfterMinutes', Math.ceil(retryAfterSeconds / 60))
        : t('errorDetails.retryAfter', retryAfterSeconds),
    )
  return parts.join(' ')
}
