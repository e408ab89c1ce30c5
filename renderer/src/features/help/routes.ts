import type { RouteRecordRaw } from 'vue-router'

/** One help page for anyone, before or after sign-in; `from` is where "Volver" returns. */
export const HELP_ROUTES: RouteRecordRaw[] = [
  {
    path: '/help',
    name: 'help',
    component: () => import('./pages/HelpPage.vue'),
    meta: { requires: 'public', anyone: true, screenHelp: true },
  },
]
