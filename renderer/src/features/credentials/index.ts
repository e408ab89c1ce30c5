import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { CredentialsKey } from './messages'
import { tileEn, tileEs } from './messages/tile'
import { CREDENTIALS_ROUTES } from './routes'

export { useRecoveryStore } from './stores/recovery'

/**
 * The credentials lifecycle (issue 3): forgotten password, forced change, security image and phrase,
 * security questions, username, self-enrollment, contract and e-mail services. Its home tile opens the
 * user options.
 */
export const credentialsFeature: KioskFeature = {
  id: 'credentials',
  routes: CREDENTIALS_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.CREDENTIALS_SCREEN_HELP),
  tiles: [
    {
      routeName: 'options',
      titleKey: 'credentials.tile.title',
      descriptionKey: 'credentials.tile.description',
      icon: 'key',
    } satisfies FeatureTile<CredentialsKey>,
  ],
  messages: { es: tileEs, en: tileEn },
  loadMessages: async () => {
    const [{ credentialsEs }, { credentialsEn }] = await Promise.all([
      import('./messages/es'),
      import('./messages/en'),
    ])
    return { es: credentialsEs, en: credentialsEn }
  },
}
