// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HELP_DEFAULTS } from '@shared/config/help-defaults'
import { LANGUAGES } from '@/i18n'
import { setBridge } from '@/bridge'
import { FEATURES } from '@/features'
import { routes } from '@/router'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, ok, TEST_CONFIG } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'
import { CORE_SCREEN_HELP } from './messages/screen-help'
import { screenHelpText } from './screen-help'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function start(bridge = createFakeBridge()) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  return app
}
const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
async function click(id: string) {
  await testid(id).trigger('click')
  await flushPromises()
}
/** The help page's "On this screen" text. */
const screenText = () => testid('screen-help').text()

describe('screen help texts', () => {
  // Teller mode's and branch IT's screens are staff's: outside the member's shell, no help button.
  const staffScreens = new Set(
    FEATURES.filter((f) => f.id === 'teller' || f.id === 'maintenance').flatMap((f) =>
      f.routes.map((r) => r.name),
    ),
  )
  const memberRoutes = routes.filter((r) => r.name && !staffScreens.has(r.name))
  const loaded = Promise.all(FEATURES.map((f) => f.loadScreenHelp?.()))
  const textsIn = async (lang: (typeof LANGUAGES)[number]) =>
    Object.assign({}, ...(await loaded).map((help) => help?.[lang] ?? {})) as Record<string, string>

  it.each(LANGUAGES)('every screen of the member journey has its own, in %s', async (lang) => {
    expect(memberRoutes.length).toBeGreaterThan(35)
    const texts = await textsIn(lang)
    const missing = memberRoutes.map((r) => String(r.name)).filter((name) => !texts[name])
    expect(missing).toEqual([])
  })

  it('a screen without one gets the general text', () => {
    const catalogue: Record<string, string> = {
      'screenHelp.home': 'home help',
      'screenHelp.general': CORE_SCREEN_HELP.es.general,
    }
    const t = (key: string) => catalogue[key] ?? key
    expect(screenHelpText(t, 'home')).toBe('home help')
    expect(screenHelpText(t, 'a-new-screen')).toBe(CORE_SCREEN_HELP.es.general)
    expect(screenHelpText(t, undefined)).toBe(CORE_SCREEN_HELP.es.general)
  })
})

describe('the help page', () => {
  it('from welcome: explains welcome, lists the FAQ and contacts from the configuration, returns', async () => {
    const { router } = await start()
    await click('help-button')
    expect(router.currentRoute.value.name).toBe('help')
    expect(screenText()).toContain(CORE_SCREEN_HELP.es.welcome)
    const faq = testid('faq').text()
    for (const e of TEST_CONFIG.help.faq) expect(faq).toContain(e.question.es)
    const contacts = testid('contacts').text()
    expect(contacts).toContain('(601) 555 0100')
    expect(contacts).toContain('contacto@coopandes.example')
    expect(contacts).toContain('Lunes a viernes')
    await click('help-back')
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('shows the cooperative’s own content', async () => {
    const pa = { ...TEST_CONFIG, help: HELP_DEFAULTS.pa }
    await start(createFakeBridge({ 'config.get': () => ok(pa) }))
    await click('help-button')
    expect(testid('contacts').text()).toContain('+507 555-0100')
    expect(testid('faq').text()).toContain('¿Olvidó su contraseña?')
  })

  it('"¿Olvidó su usuario?" on the ID step opens its answer, and back returns to the ID step', async () => {
    const { router } = await start()
    await click('start')
    await click('forgot-user')
    expect(router.currentRoute.value.query.topic).toBe('forgot-user')
    const entry = wrapper!.find('#faq-forgot-user')
    expect(entry.attributes('open')).toBeDefined()
    expect(entry.text()).toContain('número de documento de identidad')
    expect(wrapper!.find('#faq-pse').attributes('open')).toBeUndefined()
    // The header's help button (before sign-in) is hidden on the help page itself.
    expect(testid('help-button').exists()).toBe(false)
    await click('help-back')
    expect(router.currentRoute.value.name).toBe('id')
  })

  it('signed in: explains the home and returns to it; the session header stays', async () => {
    const { router, pinia } = await start()
    useSessionStore(pinia).start({
      displayName: 'María Fernanda Gómez',
      mustChangePassword: false,
      pendingSetup: [],
      previousSignIn: null,
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    })
    await router.push({ name: 'home' })
    await flushPromises()
    await click('help-button')
    expect(router.currentRoute.value.name).toBe('help')
    expect(screenText()).toContain(CORE_SCREEN_HELP.es.home)
    expect(testid('secure-exit').exists()).toBe(true)
    await click('help-back')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('speaks English when the member chose it', async () => {
    await start()
    const english = wrapper!.findAll('button').find((b) => b.text() === 'English')!
    await english.trigger('click')
    await click('start')
    await click('help-button')
    expect(screenText()).toContain('Type your ID document number')
    expect(testid('faq').text()).toContain('Forgot your user?')
    expect(testid('contacts').text()).toContain('Monday to Friday')
  })
})

describe('the signed-in header', () => {
  async function signedIn(
    previousSignIn: Parameters<ReturnType<typeof useSessionStore>['start']>[0]['previousSignIn'],
  ) {
    const app = await start()
    useSessionStore(app.pinia).start({
      displayName: 'María Fernanda Gómez',
      mustChangePassword: false,
      pendingSetup: [],
      previousSignIn,
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    })
    await app.router.push({ name: 'home' })
    await flushPromises()
    return app
  }

  it('greets by the time of day and the first name, and ticks each minute', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(new Date(2026, 11, 4, 11, 59, 30))
    await signedIn(null)
    expect(testid('greeting').text()).toBe('Buenos días, María')
    expect(testid('header-now').text()).toMatch(/viernes, 4 de diciembre de 2026.*11:59/)
    await vi.advanceTimersByTimeAsync(31_000)
    expect(testid('greeting').text()).toBe('Buenas tardes, María')
    expect(testid('header-now').text()).toMatch(/12:00/)
    expect(testid('last-sign-in').text()).toContain('Última conexión: esta es su primera conexión.')
  })

  it('tells the previous sign-in, where it was, and what to do if it was not the member', async () => {
    await signedIn({ at: new Date(2026, 11, 3, 9, 15).toISOString(), channel: 'kiosk', kioskId: 'KIOSK-002' })
    const last = testid('last-sign-in').text()
    expect(last).toMatch(/Última conexión: 3 de diciembre de 2026.*9:15 a. m. · Kiosco KIOSK-002\./)
    expect(last).toContain('Si no fue usted, acérquese a un asesor.')
  })
})
