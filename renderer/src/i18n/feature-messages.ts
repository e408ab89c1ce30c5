import type { Language } from '@shared/config/kiosk-config'

type AppI18n = { global: { mergeLocaleMessage(language: string, messages: object): void } }

// The i18n instance the app (or a test's app) runs on, like Pinia's active store: features' messages
// arrive after start-up, from the router, which has no handle on it.
let active: AppI18n | null = null
const loaded = new WeakMap<AppI18n, Map<string, Promise<void>>>()

export function setActiveI18n(i18n: AppI18n): void {
  active = i18n
}

/** Merges a feature's messages under `namespace`, once per app; a failed load is retried next time. */
export function loadFeatureMessages(
  namespace: string,
  load: () => Promise<Record<Language, object>>,
): Promise<void> {
  const i18n = active
  if (!i18n) return Promise.resolve()
  let done = loaded.get(i18n)
  if (!done) loaded.set(i18n, (done = new Map()))
  let pending = done.get(namespace)
  if (!pending) {
    pending = load().then((messages) => {
      for (const [language, texts] of Object.entries(messages))
        i18n.global.mergeLocaleMessage(language, { [namespace]: texts })
    })
    pending.catch(() => done.delete(namespace))
    done.set(namespace, pending)
  }
  return pending
}

interface EagerTexts {
  id: string
  messages?: Partial<Record<Language, object>>
  screenHelp?: Partial<Record<Language, object>>
}

/**
 * What the app loads with itself (main.ts, and the tests' app): each feature's eager messages under its
 * id, and every screen's help text under `screenHelp.<route name>` (route names are unique).
 */
export function mergeEagerFeatureTexts(i18n: AppI18n, features: readonly EagerTexts[]): void {
  for (const feature of features) {
    for (const [language, messages] of Object.entries(feature.messages ?? {}))
      i18n.global.mergeLocaleMessage(language, { [feature.id]: messages })
    for (const [language, texts] of Object.entries(feature.screenHelp ?? {}))
      i18n.global.mergeLocaleMessage(language, { screenHelp: texts })
  }
}
