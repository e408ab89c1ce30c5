import type { RouteRecordRaw } from 'vue-router'
import IdEntryPage from './pages/IdEntryPage.vue'
import PasswordPage from './pages/PasswordPage.vue'
import SecurityCheckPage from './pages/SecurityCheckPage.vue'
import { useLoginStore } from './stores/login'

/** The two-step sign-in; a step is reachable only once the one before it is done. */
export const SIGN_IN_ROUTES: RouteRecordRaw[] = [
  {
    path: '/id',
    name: 'id',
    component: IdEntryPage,
    meta: { requires: 'public', phase: 'prelogin' },
  },
  {
    path: '/security',
    name: 'security',
    component: SecurityCheckPage,
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: () => (useLoginStore().identity ? true : { name: 'id' }),
  },
  {
    path: '/password',
    name: 'password',
    component: PasswordPage,
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: () => {
      const login = useLoginStore()
      return login.imageConfirmed ? true : { name: login.identity ? 'security' : 'id' }
    },
  },
]
