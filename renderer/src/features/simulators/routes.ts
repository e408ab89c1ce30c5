import type { RouteRecordRaw } from 'vue-router'

/** Signed-in screens, each loaded on first use (with the feature's messages). */
export const SIMULATORS_ROUTES: RouteRecordRaw[] = [
  {
    path: '/simulators/loan',
    name: 'simulators-loan',
    component: () => import('./pages/LoanSimulatorPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/simulators/loan/confirm',
    name: 'simulators-loan-confirm',
    component: () => import('./pages/LoanConfirmPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/simulators/loan/filed',
    name: 'simulators-loan-filed',
    component: () => import('./pages/LoanFiledPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/simulators/deposit',
    name: 'simulators-deposit',
    component: () => import('./pages/DepositSimulatorPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/simulators/applications',
    name: 'simulators-applications',
    component: () => import('./pages/ApplicationsPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/simulators/request',
    name: 'simulators-request',
    component: () => import('./pages/ProductRequestPage.vue'),
    meta: { requires: 'member' },
  },
]
