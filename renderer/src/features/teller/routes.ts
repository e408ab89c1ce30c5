import type { RouteRecordRaw } from 'vue-router'

/** Teller mode's screens (issue 10): they exist only in teller mode (`meta.teller`), which has no others. */
export const TELLER_ROUTES: RouteRecordRaw[] = [
  {
    path: '/teller',
    name: 'teller-sign-in',
    component: () => import('./pages/TellerSignInPage.vue'),
    meta: { requires: 'public', teller: true },
  },
  {
    path: '/teller/desk',
    name: 'teller-desk',
    component: () => import('./pages/DeskPage.vue'),
    meta: { requires: 'staff', teller: true },
  },
  {
    path: '/teller/audit',
    name: 'teller-audit',
    component: () => import('./pages/AuditPage.vue'),
    meta: { requires: 'staff', teller: true },
  },
]
