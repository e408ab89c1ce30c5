import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { BillsKey } from './messages'
import { tileEn, tileEs } from './messages/tile'
import { BILLS_ROUTES } from './routes'
import './bills.css'

/**
 * Bills and top-ups, and card payments (issue 9, items 5 and 6; seeds 002 and 004): registered
 * services paid now or by schedule, the history, and the cooperative's and other banks' cards.
 */
export const billsFeature: KioskFeature = {
  id: 'bills',
  routes: BILLS_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.BILLS_SCREEN_HELP),
  tiles: [
    {
      routeName: 'bills',
      titleKey: 'bills.tile.title',
      descriptionKey: 'bills.tile.description',
      icon: 'file',
    } satisfies FeatureTile<BillsKey>,
    {
      routeName: 'card-payments',
      titleKey: 'bills.cardsTile.title',
      descriptionKey: 'bills.cardsTile.description',
      icon: 'card',
    } satisfies FeatureTile<BillsKey>,
  ],
  messages: { es: tileEs, en: tileEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
