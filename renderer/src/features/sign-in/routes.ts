import type { RouteRecordRaw } from 'vue-router'
import { useLoginStore } from './stores/login'

/** The sign-in steps (a step is reachable only once the one before it is done), the image report, the terms. */
export const SIGN_IN_ROUTES: RouteRecordRaw[] = [
  {
    path: '/id',
    name: 'id',
    component: () => import('./pages/IdEntryPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
  },
  {
    path: '/security',
    name: 'security',
    component: () => import('./pages/SecurityCheckPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: () => (useLoginStore().identity ? true : { name: 'id' }),
  },
  {
    path: '/password',
    name: 'password',
    component: () => import('./pages/PasswordPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: () => {
      const login = useLoginStore()
      return login.imageConfirmed ? true : { name: login.identity ? 'security' : 'id' }
    },
  },
  {
    path: '/image-reported',
    name: 'image-reported',
    component: () => import('./pages/ImageReportedPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: () => (useLoginStore().imageReport ? true : { name: 'welcome' }),
  },
  {
    path: '/terms',
    name: 'terms',
    component: () => import('./pages/TermsPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
  },
]
