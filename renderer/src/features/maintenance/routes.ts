import type { RouteRecordRaw } from 'vue-router'

/** The staff sign-in is a pre-login screen (it idles back to welcome); the screen needs the principal. */
export const MAINTENANCE_ROUTES: RouteRecordRaw[] = [
  {
    path: '/maintenance/sign-in',
    name: 'maintenance-sign-in',
    component: () => import('./pages/MaintenanceSignInPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
  },
  {
    path: '/maintenance',
    name: 'maintenance',
    component: () => import('./pages/MaintenancePage.vue'),
    meta: { requires: 'maintenance' },
  },
]
