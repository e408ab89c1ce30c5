import type { RouteRecordRaw } from 'vue-router'
import { useLoginStore } from './stores/login'

/** The two-step sign-in; a step is reachable only once the one before it is done. */
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
]
