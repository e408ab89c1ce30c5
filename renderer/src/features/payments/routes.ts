import type { RouteRecordRaw } from 'vue-router'
/** The store comes with the screens' chunk, not the app's first download (issue 8: a light start). */
const transfer = async () => (await import('./stores/transfer')).useTransferStore()

/** The transfer screens, loaded on first use; the code and result screens need what came before them. */
export const PAYMENTS_ROUTES: RouteRecordRaw[] = [
  {
    path: '/transfers',
    name: 'transfers',
    component: () => import('./pages/TransferPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/transfers/code',
    name: 'transfer-code',
    component: () => import('./pages/TransferCodePage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await transfer()).authorization ? true : { name: 'transfers' }),
  },
  {
    path: '/transfers/result',
    name: 'transfer-result',
    component: () => import('./pages/TransferResultPage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await transfer()).outcome ? true : { name: 'transfers' }),
  },
]
