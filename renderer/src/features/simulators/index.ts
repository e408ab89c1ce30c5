import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { SimulatorsKey } from './messages'
import { tilesEn, tilesEs } from './messages/tiles'
import { SIMULATORS_ROUTES } from './routes'
import './simulators.css'

/**
 * Simulators and applications (issue 11, seeds 001 and 002): the loan simulator with its projected
 * table and the application filed from it, the term-deposit (CDAT) simulator, product requests and
 * "Mis solicitudes". The figures come from main (shared/finance); these screens only show them.
 */
export const simulatorsFeature: KioskFeature = {
  id: 'simulators',
  routes: SIMULATORS_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.SIMULATORS_SCREEN_HELP),
  tiles: [
    {
      routeName: 'simulators-loan',
      titleKey: 'simulators.tiles.loan.title',
      descriptionKey: 'simulators.tiles.loan.description',
      icon: 'trendingUp',
    },
    {
      routeName: 'simulators-deposit',
      titleKey: 'simulators.tiles.deposit.title',
      descriptionKey: 'simulators.tiles.deposit.description',
      icon: 'percent',
    },
    {
      routeName: 'simulators-applications',
      titleKey: 'simulators.tiles.applications.title',
      descriptionKey: 'simulators.tiles.applications.description',
      icon: 'file',
    },
  ] satisfies FeatureTile<SimulatorsKey>[],
  messages: { es: tilesEs, en: tilesEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
