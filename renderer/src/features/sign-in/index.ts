import type { KioskFeature } from '../kiosk-feature'
import { signInEn } from './messages/en'
import { signInEs } from './messages/es'
import { SIGN_IN_ROUTES } from './routes'

export { useLoginStore } from './stores/login'

/**
 * Sign-in (ID → security picture and phrase → password): the public journey into a member session.
 * Every visit starts here: its texts load with the app, its screens while the welcome screen waits
 * (router `preloadScreens`), so a member's first tap never waits for a download.
 */
export const signInFeature: KioskFeature = {
  id: 'signIn',
  routes: SIGN_IN_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.SIGN_IN_SCREEN_HELP),
  messages: { es: signInEs, en: signInEn },
}
