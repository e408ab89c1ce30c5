import type { KioskFeature } from '@/features'
import { credentialsEn } from './messages/en'
import { credentialsEs } from './messages/es'
import { CREDENTIALS_ROUTES } from './routes'

/**
 * The credentials lifecycle (issue 3): forgotten password, forced change, security image and phrase,
 * security questions, username, self-enrollment, contract and e-mail services. Its home tile opens the
 * user options.
 */
export const credentialsFeature: KioskFeature = {
  id: 'credentials',
  routes: CREDENTIALS_ROUTES,
  tile: {
    routeName: 'options',
    titleKey: 'credentials.tile.title',
    descriptionKey: 'credentials.tile.description',
    icon: 'key',
  },
  messages: { es: credentialsEs, en: credentialsEn },
}
