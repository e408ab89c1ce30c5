import type { RouteRecordRaw } from 'vue-router'

/** The PSE screen, loaded on first use: its four steps live in its store. */
export const PSE_ROUTES: RouteRecordRaw[] = [
  {
    path: '/pse',
    name: 'pse',
    component: () => import('./pages/PsePage.vue'),
    meta: { requires: 'member' },
  },
]
