import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { setBridge } from '@/bridge'
import { createSessionTeardown, SESSION_TEARDOWN } from '@/composables/useSessionTeardown'
import { FEATURES } from '@/features'
import { applyLanguage, createKioskI18n } from '@/i18n'
import { mergeEagerFeatureTexts } from '@/i18n/feature-messages'
import { createAppRouter, preloadScreens } from '@/router'
import { useConfigStore } from '@/stores/config'
import { createFakeBridge, type FakeBridge } from './fake-bridge'

/** The whole renderer as main.ts wires it, on memory history and a fake bridge. */
export async function mountApp(bridge: FakeBridge = createFakeBridge()) {
  setBridge(bridge)
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createKioskI18n()
  // As main.ts does: each feature's messages under its own key, and the screens' help texts.
  mergeEagerFeatureTexts(i18n, FEATURES)
  const router = createAppRouter(createMemoryHistory(), pinia)
  const teardown = createSessionTeardown({
    router,
    pinia,
    resetLanguage: () => applyLanguage(i18n.global, useConfigStore(pinia).config?.language ?? 'es'),
  })
  // Every screen at hand, as if the kiosk had been idle long enough to fetch them.
  await preloadScreens(router)
  await router.push('/')
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router], provide: { [SESSION_TEARDOWN as symbol]: teardown } },
  })
  await flushPromises()
  return { wrapper, pinia, router, i18n, bridge, teardown }
}
