import { inject, ref, shallowRef, type App, type InjectionKey, type Ref } from 'vue'

/**
 * The kiosk's translator: message lookup by dotted key, `{name}` interpolation and `a | b | c` plural
 * forms, the subset of vue-i18n the screens use, with its semantics (so texts read the same). It
 * replaced vue-i18n, whose runtime and message compiler were a third of the welcome screen's JS
 * (issue 8: start → interactive). Texts are plain strings; only `{ }` and `|` have meaning in them.
 */

type Texts = { readonly [key: string]: string | Texts }

export interface Translator {
  /** The UI language; reading it (or any text) inside a render or computed tracks it. */
  readonly locale: Ref<string>
  t(key: string, namedOrPlural?: Record<string, unknown> | number, plural?: number): string
  /** Adds texts under their keys (a feature's messages), keeping what is there. */
  mergeLocaleMessage(language: string, messages: object): void
}

export interface TranslatorPlugin {
  readonly global: Translator
  install(app: App): void
}

const TRANSLATOR: InjectionKey<Translator> = Symbol('translator')

/** vue-i18n's default rule: two forms are singular | plural; three are zero | one | many. */
export function pluralForm(choice: number, forms: number): number {
  const c = Math.abs(choice)
  if (forms === 2) return c === 1 ? 0 : 1
  return Math.min(c, 2)
}

function lookup(texts: Texts | undefined, key: string): string | undefined {
  let node: string | Texts | undefined = texts
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = Object.hasOwn(node, part) ? node[part] : undefined
  }
  return typeof node === 'string' ? node : undefined
}

function deepMerge(into: Texts, from: Texts): Texts {
  const out: Record<string, string | Texts> = { ...into }
  for (const [k, v] of Object.entries(from)) {
    const prev = out[k]
    out[k] = typeof v === 'object' && typeof prev === 'object' ? deepMerge(prev, v) : v
  }
  return out
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Renders one text: picks the plural form, then fills `{name}` (missing names render empty). */
export function render(text: string, named: Record<string, unknown>, plural: number | undefined): string {
  const forms = text.split('|')
  let chosen = text
  if (forms.length > 1) {
    // As vue-i18n: named `count`, then `n`, then the plural argument choose the form.
    const choice = isNumber(named.count) ? named.count : isNumber(named.n) ? named.n : (plural ?? -1)
    chosen = forms[pluralForm(choice, forms.length)]!.trim()
  }
  return chosen.replace(/\{\s*(\w+)\s*\}/g, (_, name: string) => {
    const value = Object.hasOwn(named, name) ? named[name] : undefined
    // `n` and `count` stand for the plural argument when the caller did not name them.
    const shown = value ?? (plural !== undefined && (name === 'n' || name === 'count') ? plural : '')
    return String(shown)
  })
}

export function createTranslator({
  locale: initial,
  fallbackLocale,
  messages,
}: {
  locale: string
  fallbackLocale?: string
  messages: Record<string, object>
}): TranslatorPlugin {
  const locale = ref(initial)
  // Replaced, never mutated, on merge: screens that read a text re-render when a feature's texts arrive.
  const catalogue = shallowRef<Record<string, Texts>>({ ...(messages as Record<string, Texts>) })

  const global: Translator = {
    locale,
    t(key, namedOrPlural, plural) {
      const named = typeof namedOrPlural === 'object' ? namedOrPlural : {}
      const count = typeof namedOrPlural === 'number' ? namedOrPlural : plural
      const all = catalogue.value
      const text =
        lookup(all[locale.value], key) ?? (fallbackLocale ? lookup(all[fallbackLocale], key) : undefined)
      // Like vue-i18n, a missing key shows itself: visible in review, caught by the typed keys first.
      return text === undefined ? key : render(text, named, count)
    },
    mergeLocaleMessage(language, texts) {
      const all = catalogue.value
      catalogue.value = { ...all, [language]: deepMerge(all[language] ?? {}, texts as Texts) }
    },
  }
  return {
    global,
    install(app) {
      app.provide(TRANSLATOR, global)
    },
  }
}

export function useTranslator(): Translator {
  const translator = inject(TRANSLATOR, null)
  if (!translator) throw new Error('useTranslator() outside an app with the translator installed')
  return translator
}
