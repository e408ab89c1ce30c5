import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { PaymentsKey } from './messages'
import { tileEn, tileEs } from './messages/tile'
import { PAYMENTS_ROUTES } from './routes'
import './payments.css'

/**
 * Money moves (issue 9), the transfers: between the member's own accounts and to another member's,
 * authorised with a code bound to the operation, told honestly after "Confirmar", with the receipt;
 * beneficiaries; and paying obligations (aportes, loan installments) from the member's savings.
 */
export const paymentsFeature: KioskFeature = {
  id: 'payments',
  routes: PAYMENTS_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.PAYMENTS_SCREEN_HELP),
  tiles: [
    {
      routeName: 'transfers',
      titleKey: 'payments.tile.title',
      descriptionKey: 'payments.tile.description',
      icon: 'cash',
    } satisfies FeatureTile<PaymentsKey>,
    {
      routeName: 'beneficiaries',
      titleKey: 'payments.beneficiariesTile.title',
      descriptionKey: 'payments.beneficiariesTile.description',
      icon: 'users',
    } satisfies FeatureTile<PaymentsKey>,
    {
      routeName: 'obligations',
      titleKey: 'payments.obligationsTile.title',
      descriptionKey: 'payments.obligationsTile.description',
      icon: 'list',
    } satisfies FeatureTile<PaymentsKey>,
  ],
  messages: { es: tileEs, en: tileEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}

// Shared with the bills screens (features reach each other only through index.ts).
export { default as OperationCodeForm } from './components/OperationCodeForm.vue'
export { useCountdown } from './composables/useCountdown'
export { useOperationCode, type CodeSource } from './composables/useOperationCode'
