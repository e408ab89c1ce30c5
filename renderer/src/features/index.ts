import type { RouteRecordRaw } from 'vue-router'
import type { Language } from '@shared/config/kiosk-config'
import type { IconName } from '@/components/icons'
import { credentialsFeature } from './credentials'
import { PRODUCTS_FEATURES } from './products'

/**
 * How later features (statements, payments, simulators, certificates) plug in without editing the core
 * screens: each lives in its own folder under features/, exports a KioskFeature, and is listed below.
 * Its routes are signed-in routes (meta.phase 'session'); its tile appears on the home screen.
 */
export interface KioskFeature {
  id: string
  routes: RouteRecordRaw[]
  tile: { routeName: string; titleKey: string; descriptionKey: string; icon: IconName }
  /** Merged into the app's messages, under the feature's own top-level key. */
  messages?: Partial<Record<Language, Record<string, unknown>>>
}

export const FEATURES: readonly KioskFeature[] = [...PRODUCTS_FEATURES, credentialsFeature]
