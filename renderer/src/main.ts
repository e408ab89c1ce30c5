import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createSessionTeardown, SESSION_TEARDOWN } from './composables/useSessionTeardown'
import { FEATURES } from './features'
import { applyLanguage, createKioskI18n } from './i18n'
import { mergeEagerFeatureTexts } from './i18n/feature-messages'
import { afterNextPaint, createAppRouter, FIRST_SCREENS, preloadScreens } from './router'
import { useConfigStore } from './stores/config'
import './styles/tokens.css'
import './styles/base.css'
import './styles/fields.css'
import './styles/keyboard.css'
import './styles/steps.css'
import './styles/tiles.css'

const pinia = createPinia()
const i18n = createKioskI18n()
mergeEagerFeatureTexts(i18n, FEATURES)

// Memory history: a kiosk has no address bar, "back" gestures lead nowhere, and (unlike web/hash history)
// nothing is written to sessionStorage (vue-router keeps scroll positions there).
const router = createAppRouter(createMemoryHistory(), pinia)
const teardown = createSessionTeardown({
  router,
  pinia,
  resetLanguage: () => applyLanguage(i18n.global, useConfigStore(pinia).config?.language ?? 'es'),
})

// Asked for before the first render, so the answer is on its way while the app mounts.
const configLoaded = useConfigStore(pinia).load()

createApp(App).use(pinia).use(i18n).use(router).provide(SESSION_TEARDOWN, teardown).mount('#app')

// Once the welcome screen has been painted, fetch the way in while the kiosk waits for a member. Not
// sooner: an idle callback can run between mount and the first frame, and the preload's link tags and
// style sheets then held the welcome screen back by a frame or two.
void Promise.all([configLoaded, router.isReady()])
  .then(afterNextPaint)
  .then(() => requestIdleCallback(() => void preloadScreens(router, FIRST_SCREENS)))
