import { useTranslator } from './translator'
import type { MessageSchema } from './es'

/** Every dotted path to a text in a messages object: the keys `t` accepts for it. */
export type MessageKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessageKey<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type CoreKey = MessageKey<MessageSchema>

/**
 * The translator's `t` narrowed to known keys: its own signature accepts any string, so a misspelt key
 * would only show up as a raw key on screen.
 */
export interface Translate<Key extends string = CoreKey> {
  (key: Key, plural?: number): string
  (key: Key, named: Record<string, unknown>, plural?: number): string
}

/** The core's keys, plus a feature's own (e.g. `{ credentials: CredentialsMessages }`) on its screens. */
export function useKioskI18n<Feature extends object = object>() {
  const { t, locale } = useTranslator()
  return { t: t as Translate<CoreKey | MessageKey<Feature>>, locale }
}
