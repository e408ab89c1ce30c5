import type { RouteRecordRaw } from 'vue-router'

/** The deferral screen, loaded on first use; `?card=<productId>` opens it on that card. */
export const DEFERRALS_ROUTES: RouteRecordRaw[] = [
  {
    path: '/deferrals',
    name: 'deferrals',
    component: () => import('./pages/DeferralPage.vue'),
    props: (r) => ({ cardId: typeof r.query.card === 'string' ? r.query.card : null }),
    meta: { requires: 'member' },
  },
]
