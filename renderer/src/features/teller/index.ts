import type { KioskFeature } from '../kiosk-feature'
import { TELLER_ROUTES } from './routes'

export { default as TellerLayout } from './components/TellerLayout.vue'

/**
 * Teller mode (issue 10): staff sign-in at the desk, member lookup, the identity-checked actions with
 * four eyes, and today's audit. Its screens and texts load only in teller mode, on first use.
 */
export const tellerFeature: KioskFeature = {
  id: 'teller',
  routes: TELLER_ROUTES,
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
