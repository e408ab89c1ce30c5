import type { RouteRecordRaw } from 'vue-router'

// The store comes with the screens' chunks, not the app's first download.
const bills = async () => (await import('./stores/bills')).useBillsStore()

/** The bills and card screens, loaded on first use; the code and result screens need what came before. */
export const BILLS_ROUTES: RouteRecordRaw[] = [
  {
    path: '/bills',
    name: 'bills',
    component: () => import('./pages/BillsPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/bills/register',
    name: 'bill-register',
    component: () => import('./pages/ServiceFormPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/bills/code',
    name: 'bill-code',
    component: () => import('./pages/BillCodePage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await bills()).authorization ? true : { name: 'bills' }),
  },
  {
    path: '/bills/pay/:id',
    name: 'bill-pay',
    component: () => import('./pages/BillPayPage.vue'),
    props: true,
    meta: { requires: 'member' },
  },
  {
    path: '/bills/result',
    name: 'bill-result',
    component: () => import('./pages/BillResultPage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await bills()).outcome ? true : { name: 'bills' }),
  },
  {
    path: '/bills/schedules',
    name: 'bill-schedules',
    component: () => import('./pages/SchedulesPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/bills/history',
    name: 'bill-history',
    component: () => import('./pages/HistoryPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/cards/payments',
    name: 'card-payments',
    component: () => import('./pages/CardsPage.vue'),
    meta: { requires: 'member' },
  },
]
