import type { KioskFeature } from '../kiosk-feature'
import { helpEn } from './messages/en'
import { helpEs } from './messages/es'
import { HELP_ROUTES } from './routes'

export { default as ForgotUserLink } from './components/ForgotUserLink.vue'
export { default as HelpButton } from './components/HelpButton.vue'
export { helpLocation } from './screen-help'

/**
 * Help and contact (issue 13): a help button on every screen that opens one help page, which explains
 * the screen it came from, lists the cooperative's FAQ and contact channels (kiosk configuration), and
 * returns to that screen. Each feature gives its own screens' texts (`screenHelp`); a screen without
 * one gets the general text. Its own texts are eager: the button is on every screen.
 */
export const helpFeature: KioskFeature = {
  id: 'help',
  routes: HELP_ROUTES,
  messages: { es: helpEs, en: helpEn },
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.CORE_SCREEN_HELP),
}
