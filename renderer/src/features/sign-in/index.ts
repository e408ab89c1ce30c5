import type { KioskFeature } from '../kiosk-feature'
import { SIGN_IN_ROUTES } from './routes'

export { useLoginStore } from './stores/login'

/**
 * Sign-in (ID → security picture and phrase → password): the public journey into a member session.
 * Every visit starts here: its screens and texts load while the welcome screen waits (router
 * `preloadScreens`), so a member's first tap never waits for a download.
 */
export const signInFeature: KioskFeature = {
  id: 'signIn',
  routes: SIGN_IN_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.SIGN_IN_SCREEN_HELP),
  loadMessages: async () => {
    const [{ signInEs }, { signInEn }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es: signInEs, en: signInEn }
  },
}
