import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { MemberDataKey } from './messages'
import { tileEn, tileEs } from './messages/tile'
import { MEMBER_DATA_ROUTES } from './routes'
import './member-data.css'

/**
 * The member's own data (issue 16): "Mis datos personales" with contact changes proven by two codes,
 * "Solicitud de retiro de aportes", and "Mi actividad".
 */
export const memberDataFeature: KioskFeature = {
  id: 'memberData',
  routes: MEMBER_DATA_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.MEMBER_DATA_SCREEN_HELP),
  tiles: [
    {
      routeName: 'my-data',
      titleKey: 'memberData.profileTile.title',
      descriptionKey: 'memberData.profileTile.description',
      icon: 'user',
    } satisfies FeatureTile<MemberDataKey>,
    {
      routeName: 'withdrawals',
      titleKey: 'memberData.withdrawalsTile.title',
      descriptionKey: 'memberData.withdrawalsTile.description',
      icon: 'award',
    } satisfies FeatureTile<MemberDataKey>,
    {
      routeName: 'activity',
      titleKey: 'memberData.activityTile.title',
      descriptionKey: 'memberData.activityTile.description',
      icon: 'list',
    } satisfies FeatureTile<MemberDataKey>,
  ],
  messages: { es: tileEs, en: tileEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
