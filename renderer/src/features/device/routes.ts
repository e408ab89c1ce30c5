import type { RouteRecordRaw } from 'vue-router'

/** The one screen of a kiosk without a valid device key (the router sends every navigation here). */
export const DEVICE_ROUTES: RouteRecordRaw[] = [
  {
    path: '/device',
    name: 'device-status',
    component: () => import('./pages/DeviceStatusPage.vue'),
    meta: { requires: 'public' },
  },
]
