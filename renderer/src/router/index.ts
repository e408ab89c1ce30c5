import { nextTick } from 'vue'
import {
  createRouter,
  type RouteLocationNormalized,
  type RouteMeta,
  type RouterHistory,
  type RouteRecordNormalized,
  type RouteRecordRaw,
  type Router,
} from 'vue-router'
import type { Pinia } from 'pinia'
import type { SetupStep } from '@shared/credentials/setup-steps'
import { FEATURES, useDeviceStore, useMaintenanceStore } from '@/features'
import { onIpcFailure } from '@/bridge'
import { loadFeatureMessages, loadScreenHelp } from '@/i18n/feature-messages'
import WelcomePage from '@/pages/WelcomePage.vue'
import { useConfigStore } from '@/stores/config'
import { useSessionStore } from '@/stores/session'
import { useStaffStore } from '@/stores/staff'

/** Who may open a screen: nobody signed in yet, a member, staff (teller mode) or branch IT (maintenance). */
export type Principal = 'public' | 'member' | 'staff' | 'maintenance'

/** Where a screen sits in the member's journey; drives guards, idle timeouts and the header. */
export type Phase = 'attract' | 'prelogin' | 'session' | 'goodbye'

declare module 'vue-router' {
  interface RouteMeta {
    requires: Principal
    /** Only where the member's journey needs more than `requires` tells (prelogin screens, goodbye). */
    phase?: Phase
    /** The setup step a signed-in screen completes (forced password change, image, questions, contract). */
    setupStep?: SetupStep
    /** A teller-mode screen: reachable only in teller mode, which reaches nothing else (issue 10). */
    teller?: true
    /** A screen for anyone (help): part of the session when signed in, of the sign-in otherwise. */
    anyone?: true
    /** The screen tells other screens' help texts: every feature's load with it. */
    screenHelp?: true
  }
}

/** A member's screens are the session; other screens are the attract loop unless they say otherwise. */
export const phaseOf = (meta: Partial<RouteMeta>, signedIn: boolean): Phase => {
  if (meta.anyone) return signedIn ? 'session' : 'prelogin'
  return meta.phase ?? (meta.requires === 'member' ? 'session' : 'attract')
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'welcome', component: WelcomePage, meta: { requires: 'public' } },
  {
    path: '/home',
    name: 'home',
    component: () => import('@/pages/HomePage.vue'),
    meta: { requires: 'member' },
  },
  ...FEATURES.flatMap((f) => f.routes),
  {
    path: '/goodbye',
    name: 'goodbye',
    component: () => import('@/pages/GoodbyePage.vue'),
    meta: { requires: 'public', phase: 'goodbye' },
  },
  { path: '/:rest(.*)*', redirect: { name: 'welcome' }, meta: { requires: 'public' } },
]

/** The feature whose messages each feature screen needs, by route name. */
const FEATURE_OF_ROUTE = new Map(
  FEATURES.flatMap((feature) => feature.routes.map((route) => [route.name, feature] as const)),
)

/** The app passes memory history (see main.ts); tests pass their own. */
export function createAppRouter(history: RouterHistory, pinia: Pinia) {
  const router = createRouter({ history, routes })
  const featureMessages = (to: RouteLocationNormalized) =>
    Promise.all([
      ...to.matched.map((record) => {
        const feature = FEATURE_OF_ROUTE.get(record.name)
        return feature?.loadMessages && loadFeatureMessages(feature.id, feature.loadMessages)
      }),
      to.meta.screenHelp && loadScreenHelp(FEATURES),
    ])
  router.beforeEach((to) => void featureMessages(to).catch(() => undefined))

  router.beforeEach(async (to) => {
    const config = useConfigStore(pinia)
    const session = useSessionStore(pinia)
    // A kiosk without a valid device key shows its device screen and nothing else (issue 12).
    const device = useDeviceStore(pinia)
    await device.refresh()
    if (!device.serving) return to.name === 'device-status' ? true : { name: 'device-status' }
    if (to.name === 'device-status') return { name: 'welcome' }
    // The mode decides which screens exist: the first navigation waits for the configuration.
    await config.load()
    const tellerMode = config.config?.mode === 'teller'
    if (Boolean(to.meta.teller) !== tellerMode) return { name: tellerMode ? 'teller-sign-in' : 'welcome' }
    const phase = phaseOf(to.meta, session.active)
    if (phase === 'prelogin' && !config.config) return { name: 'welcome' }
    // Signed in: the sign-in screens are behind the member (e.g. a "back" gesture) and stay there.
    if (session.active && (phase === 'attract' || phase === 'prelogin')) return { name: 'home' }
    const signedIn = {
      public: true,
      member: session.active,
      staff: useStaffStore(pinia).active,
      maintenance: useMaintenanceStore(pinia).active,
    }
    if (!signedIn[to.meta.requires ?? 'public']) return { name: tellerMode ? 'teller-sign-in' : 'welcome' }
    // A member with setup steps left sees only the first of them; finished steps lead home.
    if (to.meta.requires === 'member') {
      const [step] = session.pendingSetup
      if (step && to.meta.setupStep !== step) {
        const target = router.getRoutes().find((r) => r.meta.setupStep === step)
        if (target?.name) return { name: target.name }
      }
      if (!step && to.meta.setupStep) return { name: 'home' }
    }
    return true
  })

  // The API refused this kiosk's key: its device screen at once, from wherever it is.
  onIpcFailure((error) => {
    if (error.code === 'DEVICE_REVOKED') void router.replace({ name: 'device-status' })
  })

  // A feature's texts arrive with its first screen: asked for first, awaited once the screen has loaded.
  router.beforeResolve(async (to) => {
    await featureMessages(to)
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

/**
 * Loads lazy screens ahead of need. Only the welcome screen ships with the app; the kiosk fetches the
 * sign-in journey while it waits for a member, so the first tap never waits for a download.
 */
export async function preloadScreens(
  router: Router,
  which: (route: RouteRecordNormalized) => boolean = () => true,
): Promise<void> {
  const chosen = router.getRoutes().filter(which)
  const features = new Set(chosen.map((route) => FEATURE_OF_ROUTE.get(route.name)))
  await Promise.all([
    ...chosen
      .flatMap((route) => Object.values(route.components ?? {}))
      .map((component) => (typeof component === 'function' ? (component as () => Promise<unknown>)() : null)),
    // Their texts too: a screen is shown only once its feature's texts are in (beforeResolve).
    ...[...features].map((f) => f?.loadMessages && loadFeatureMessages(f.id, f.loadMessages)),
  ])
}

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs after it). */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/** What the kiosk preloads while idle at the welcome screen: the way in, and where it leads. */
export const FIRST_SCREENS = (route: RouteRecordNormalized) =>
  route.meta.requires === 'public' || route.name === 'home'
