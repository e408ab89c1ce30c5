import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { PseKey } from './messages'
import { tileEn, tileEs } from './messages/tile'
import { PSE_ROUTES } from './routes'

/**
 * PSE (issue 9 item 2): a top-up of the member's savings paid from another bank on the member's own
 * phone (a QR of the gateway's link); the kiosk follows the payment to its end and tells it plainly.
 */
export const pseFeature: KioskFeature = {
  id: 'pse',
  routes: PSE_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.PSE_SCREEN_HELP),
  tiles: [
    {
      routeName: 'pse',
      titleKey: 'pse.tile.title',
      descriptionKey: 'pse.tile.description',
      icon: 'phone',
    } satisfies FeatureTile<PseKey>,
  ],
  messages: { es: tileEs, en: tileEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
