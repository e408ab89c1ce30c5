import type { Language } from '@shared/config/kiosk-config'

type AppI18n = { global: { mergeLocaleMessage(language: string, messages: object): void } }

// The i18n instance the app (or a test's app) runs on, like Pinia's active store: features' messages
// arrive after start-up, from the router, which has no handle on it.
let active: AppI18n | null = null
const loaded = new WeakMap<AppI18n, Map<string, Promise<void>>>()

export function setActiveI18n(i18n: AppI18n): void {
  active = i18n
}

/** Runs `load` once per app and key and merges what it gives; a failed load is retried next time. */
function mergeOnce(
  key: string,
  load: () => Promise<Record<string, object>>,
  wrap: (texts: object) => object,
) {
  const i18n = active
  if (!i18n) return Promise.resolve()
  let done = loaded.get(i18n)
  if (!done) loaded.set(i18n, (done = new Map()))
  let pending = done.get(key)
  if (!pending) {
    pending = load().then((messages) => {
      for (const [language, texts] of Object.entries(messages))
        i18n.global.mergeLocaleMessage(language, wrap(texts))
    })
    pending.catch(() => done.delete(key))
    done.set(key, pending)
  }
  return pending
}

/** Merges a feature's messages under `namespace`, once per app; a failed load is retried next time. */
export function loadFeatureMessages(
  namespace: string,
  load: () => Promise<Record<Language, object>>,
): Promise<void> {
  return mergeOnce(namespace, load, (texts) => ({ [namespace]: texts }))
}

interface ScreenHelpSource {
  id: string
  loadScreenHelp?: () => Promise<Partial<Record<Language, object>>>
}

/**
 * Every screen's help text under `screenHelp.<route name>` (route names are unique), once per app: the
 * help page needs them all (it explains the screen it came from), nothing before it does.
 */
export function loadScreenHelp(features: readonly ScreenHelpSource[]): Promise<void> {
  return Promise.all(
    features.map(
      (f) =>
        f.loadScreenHelp &&
        mergeOnce(`screenHelp:${f.id}`, f.loadScreenHelp, (texts) => ({ screenHelp: texts })),
    ),
  ).then(() => undefined)
}

interface EagerTexts {
  id: string
  messages?: Partial<Record<Language, object>>
}

/** What the app loads with itself (main.ts, and the tests' app): each feature's eager messages under its id. */
export function mergeEagerFeatureTexts(i18n: AppI18n, features: readonly EagerTexts[]): void {
  for (const feature of features) {
    for (const [language, messages] of Object.entries(feature.messages ?? {}))
      i18n.global.mergeLocaleMessage(language, { [feature.id]: messages })
  }
}
