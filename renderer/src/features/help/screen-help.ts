import type { RouteLocationNormalizedLoaded } from 'vue-router'

/** Where the help page returns to and which FAQ entry it opens; carried in its query. */
export interface HelpTarget {
  /** The screen the member asked from (a path of the app's own router). */
  from: string
  topic?: string
}

/** The help page for the screen the member is on. */
export const helpLocation = (route: RouteLocationNormalizedLoaded, topic?: string) => ({
  name: 'help',
  query: { from: route.fullPath, ...(topic ? { topic } : {}) },
})

/** The key of a screen's help text (every feature's are merged under `screenHelp`). */
export const screenHelpKey = (routeName: string) => `screenHelp.${routeName}`

/** A screen's help text, or the general one when a screen has none (the translator echoes unknown keys). */
export function screenHelpText(t: (key: string) => string, routeName: string | undefined): string {
  if (routeName) {
    const key = screenHelpKey(routeName)
    const text = t(key)
    if (text !== key) return text
  }
  return t(screenHelpKey('general'))
}
