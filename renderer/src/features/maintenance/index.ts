import type { KioskFeature } from '../kiosk-feature'
import { MAINTENANCE_ROUTES } from './routes'

export { default as MaintenanceGesture } from './components/MaintenanceGesture.vue'
export { useMaintenanceStore } from './stores/maintenance'

/**
 * The maintenance screen at a kiosk (issue 10): branch IT signs in with the directory (role `it`) by a
 * gesture members do not see, checks the printer, the reprint queue, the connection and the version.
 * No home tiles: members never see it.
 */
export const maintenanceFeature: KioskFeature = {
  id: 'maintenance',
  routes: MAINTENANCE_ROUTES,
  loadMessages: async () => {
    const [{ maintenanceEs: es }, { maintenanceEn: en }] = await Promise.all([
      import('./messages/es'),
      import('./messages/en'),
    ])
    return { es, en }
  },
}
