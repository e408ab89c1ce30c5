import { nextTick } from 'vue'
import { createRouter, type RouterHistory, type RouteRecordRaw } from 'vue-router'
import type { Pinia } from 'pinia'
import type { SetupStep } from '@shared/credentials/setup-steps'
import { FEATURES } from '@/features'
import GoodbyePage from '@/pages/GoodbyePage.vue'
import HomePage from '@/pages/HomePage.vue'
import IdEntryPage from '@/pages/IdEntryPage.vue'
import PasswordPage from '@/pages/PasswordPage.vue'
import SecurityCheckPage from '@/pages/SecurityCheckPage.vue'
import WelcomePage from '@/pages/WelcomePage.vue'
import { useConfigStore } from '@/stores/config'
import { useLoginStore } from '@/stores/login'
import { useSessionStore } from '@/stores/session'

/** Where a screen sits in the member's journey; drives guards, idle timeouts and the header. */
export type Phase = 'attract' | 'prelogin' | 'session' | 'goodbye'

declare module 'vue-router' {
  interface RouteMeta {
    phase?: Phase
    /** The setup step a signed-in screen completes (forced password change, image, questions, contract). */
    setupStep?: SetupStep
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'welcome', component: WelcomePage, meta: { phase: 'attract' } },
  { path: '/id', name: 'id', component: IdEntryPage, meta: { phase: 'prelogin' } },
  { path: '/security', name: 'security', component: SecurityCheckPage, meta: { phase: 'prelogin' } },
  { path: '/password', name: 'password', component: PasswordPage, meta: { phase: 'prelogin' } },
  { path: '/home', name: 'home', component: HomePage, meta: { phase: 'session' } },
  ...FEATURES.flatMap((f) => f.routes),
  { path: '/goodbye', name: 'goodbye', component: GoodbyePage, meta: { phase: 'goodbye' } },
  { path: '/:rest(.*)*', redirect: { name: 'welcome' } },
]

/** The app passes memory history (see main.ts); tests pass their own. */
export function createAppRouter(history: RouterHistory, pinia: Pinia) {
  const router = createRouter({ history, routes })

  router.beforeEach((to) => {
    const config = useConfigStore(pinia)
    const session = useSessionStore(pinia)
    const login = useLoginStore(pinia)
    const phase = to.meta.phase ?? 'attract'
    if (phase === 'prelogin' && !config.config) return { name: 'welcome' }
    // Signed in: the sign-in screens are behind the member (e.g. a "back" gesture) and stay there.
    if (session.active && (phase === 'attract' || phase === 'prelogin')) return { name: 'home' }
    if (phase === 'session' && !session.active) return { name: 'welcome' }
    // A member with setup steps left sees only the first of them; finished steps lead home.
    if (phase === 'session') {
      const [step] = session.pendingSetup
      if (step && to.meta.setupStep !== step) {
        const target = router.getRoutes().find((r) => r.meta.setupStep === step)
        if (target?.name) return { name: target.name }
      }
      if (!step && to.meta.setupStep) return { name: 'home' }
    }
    if (to.name === 'security' && !login.identity) return { name: 'id' }
    if (to.name === 'password' && !login.imageConfirmed) return { name: login.identity ? 'security' : 'id' }
    return true
  })

  // Screen readers start each screen at its heading (or at the element a page marks with data-autofocus).
  router.afterEach(async (_to, from) => {
    if (from.matched.length === 0) return
    await nextTick()
    const target = document.querySelector<HTMLElement>('#main [data-autofocus], #main h1')
    if (target && !target.contains(document.activeElement)) {
      if (!target.hasAttribute('tabindex') && target.tagName === 'H1') target.tabIndex = -1
      target.focus({ preventScroll: false })
    }
  })

  return router
}
