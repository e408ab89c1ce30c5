import { defineAsyncComponent } from 'vue'
import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { DeferralsKey } from './messages'
import { tilesEn, tilesEs } from './messages/tiles'
import { DEFERRALS_ROUTES } from './routes'

/** The card page's installments section, downloaded with that page rather than at start-up. */
export const CardDeferrals = defineAsyncComponent(() => import('./components/CardDeferrals.vue'))

/**
 * Card purchase deferral (issue 11 item 4, seed 002): choose a card, purchases or the revolving balance
 * and a plazo, see the simulation computed in main, confirm. The card page shows the installments.
 */
export const deferralsFeature: KioskFeature = {
  id: 'deferrals',
  routes: DEFERRALS_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.DEFERRALS_SCREEN_HELP),
  tiles: [
    {
      routeName: 'deferrals',
      titleKey: 'deferrals.tiles.defer.title',
      descriptionKey: 'deferrals.tiles.defer.description',
      icon: 'card',
    },
  ] satisfies FeatureTile<DeferralsKey>[],
  messages: { es: tilesEs, en: tilesEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
