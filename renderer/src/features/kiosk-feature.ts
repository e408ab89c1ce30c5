import type { RouteRecordRaw } from 'vue-router'
import type { Language } from '@shared/config/kiosk-config'
import type { IconName } from '@/components/icons'

/** A home-screen tile leading to one of a feature's screens. */
export interface FeatureTile<Key extends string = string> {
  routeName: string
  /** A key of the feature's eager `messages`: the home screen shows it before any feature screen. */
  titleKey: Key
  descriptionKey: Key
  icon: IconName
}

/** A short help text per screen, by route name: what the help button says on that screen (issue 13). */
export type ScreenHelp = Record<Language, Record<string, string>>

/**
 * How a feature plugs in without editing the core screens: its own folder under features/ (pages,
 * components, stores, messages, routes) whose index.ts exports a KioskFeature, listed in features/index.ts.
 * Each route says who may open it (`meta.requires`); the tiles appear on the home screen.
 */
export interface KioskFeature {
  /** Also the key its messages are merged under (`t('<id>.…')`). */
  id: string
  routes: RouteRecordRaw[]
  tiles?: readonly FeatureTile[]
  /** Loaded with the app: only what core screens show before any of the feature's own (its tiles' texts). */
  messages?: Partial<Record<Language, object>>
  /** Its screens' help texts, loaded with the help page (which tells them for the screen it came from). */
  loadScreenHelp?: () => Promise<ScreenHelp>
  /** The rest of its texts, loaded (once) together with its first screen. */
  loadMessages?: () => Promise<Record<Language, object>>
}
