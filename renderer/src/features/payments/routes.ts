import type { RouteRecordRaw } from 'vue-router'

// The stores come with the screens' chunks, not the app's first download (issue 8: a light start).
const transfer = async () => (await import('./stores/transfer')).useTransferStore()
const obligations = async () => (await import('./stores/obligations')).useObligationsStore()
const beneficiaries = async () => (await import('./stores/beneficiaries')).useBeneficiariesStore()

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
  {
    path: '/beneficiaries',
    name: 'beneficiaries',
    component: () => import('./pages/BeneficiariesPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/beneficiaries/new',
    name: 'beneficiary-new',
    component: () => import('./pages/BeneficiaryFormPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/beneficiaries/code',
    name: 'beneficiary-code',
    component: () => import('./pages/BeneficiaryCodePage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await beneficiaries()).authorization ? true : { name: 'beneficiary-new' }),
  },
  {
    path: '/beneficiaries/:id/edit',
    name: 'beneficiary-edit',
    component: () => import('./pages/BeneficiaryEditPage.vue'),
    props: true,
    meta: { requires: 'member' },
  },
  {
    path: '/obligations',
    name: 'obligations',
    component: () => import('./pages/ObligationsPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/obligations/result',
    name: 'obligation-result',
    component: () => import('./pages/ObligationResultPage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await obligations()).outcome ? true : { name: 'obligations' }),
  },
]
