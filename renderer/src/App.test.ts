// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setBridge } from '@/bridge'
import { createFakeBridge, fail, ok, TEST_MEMBER, type FakeBridge } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'

let wrapper: VueWrapper | null = null

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function start(bridge?: FakeBridge) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  return app
}

/** Buttons by accessible name (their trimmed text), the way end-to-end tests find them. */
function button(name: string) {
  const found = wrapper!.findAll('button').filter((b) => b.text() === name)
  expect(found, `one button named "${name}"`).toHaveLength(1)
  return found[0]!
}
async function press(...names: string[]) {
  for (const n of names) {
    await button(n).trigger('click')
    await flushPromises()
  }
}
const text = () => wrapper!.text()
const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

/** Welcome → ID → security check → password screen. */
async function toPassword() {
  await press('Toque para comenzar')
  await press('1', '0', '7', '7', '2', '2', '7', '7', 'Continuar')
  await press('Sí, es mi imagen — continuar')
}

describe('the member journey', () => {
  it('welcome shows the cooperative, branch and kiosk from config.get', async () => {
    await start()
    expect(text()).toContain('Cooperativa de Ahorro y Crédito Alianza')
    expect(text()).toContain('Sucursal Centro')
    expect(testid('kiosk-id').text()).toBe('KIOSK-TEST-7')
    expect(document.documentElement.lang).toBe('es')
  })

  it('signs in with ID, security picture and shuffled keyboard, shows the home, and exits safely', async () => {
    const { bridge, pinia, router } = await start()
    await press('Toque para comenzar')
    expect(router.currentRoute.value.name).toBe('id')
    await press('1', '0', '7', '7', '2', '2', '7', '7', 'Continuar')
    expect(bridge.callsTo('auth.lookup')).toEqual([{ idNumber: '10772277' }])

    expect(router.currentRoute.value.name).toBe('security')
    expect(text()).toContain('Hola, VALERIA S***')
    expect(text()).toContain('dado en la playa')
    expect(text()).toContain('Si esta no es su imagen o frase de seguridad, NO ingrese su clave.')
    expect(wrapper!.find('[data-testid="security-image"] img').attributes('alt')).toBe('Un pato')
    await press('Sí, es mi imagen — continuar')

    expect(router.currentRoute.value.name).toBe('password')
    expect(button('Ingresar').attributes('disabled')).toBeDefined()
    await press('Mayúscula', 'S', 'e', 'c', 'r', 'e', 't', 'a', '1')
    expect(testid('password-mask').text()).toBe('••••••••')
    expect(document.body.innerHTML).not.toContain('ecreta')
    expect(JSON.stringify(pinia.state.value)).not.toContain('ecreta')
    await press('Ingresar')
    expect(bridge.callsTo('auth.login')).toEqual([{ idNumber: '10772277', password: 'Secreta1' }])

    expect(router.currentRoute.value.name).toBe('home')
    expect(testid('member-name').text()).toBe('Valeria Sánchez')
    expect(testid('session-countdown').text()).toContain('Tiempo restante de sesión 2:00')
    expect(testid('member-full-name').text()).toBe(TEST_MEMBER.fullName)
    expect(text()).toContain('218-COOPERATIVA ALIANZA')
    expect(text()).toContain('65 meses')
    const products = testid('product-list')
    expect(products.findAll('[data-testid="product-row"]')).toHaveLength(3)
    expect(products.find('[data-testid="product-group-loan"]').text()).toContain('En mora')
    expect(products.find('[data-testid="product-group-card"]').text()).toContain('No posee tarjetas.')
    // Aportes: 2,983,500.00 + 33,329.00, formatted for es-CO.
    const total = products
      .find('[data-testid="product-group-contribution"] [data-testid="group-total"]')
      .text()
    expect(total.replace(/\s/g, ' ')).toBe('$ 3.016.829,00')

    await press('Salida segura')
    expect(router.currentRoute.value.name).toBe('goodbye')
    expect(bridge.callsTo('auth.logout')).toHaveLength(1)
    expect(text()).toContain('Gracias por usar Coop Alianza')
    expect(text()).toContain('Su sesión se cerró de forma segura.')
    expect(document.body.innerHTML).not.toContain('Valeria')
    expect(JSON.stringify(pinia.state.value)).not.toContain('Valeria')
    await press('Volver al inicio')
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('validates the ID before calling auth.lookup', async () => {
    const { bridge } = await start()
    await press('Toque para comenzar', '1', '2', 'Continuar')
    expect(text()).toContain('Ingrese entre 4 y 20 números o letras')
    expect(bridge.callsTo('auth.lookup')).toHaveLength(0)
    await press('Borrar', 'Limpiar')
    expect((testid('id-input').element as HTMLInputElement).value).toBe('')
  })

  it('a wrong password says how many attempts are left, and the keyboard starts over reshuffled', async () => {
    const bridge = createFakeBridge({ 'auth.login': () => fail('INVALID_CREDENTIALS', { attemptsLeft: 2 }) })
    await start(bridge)
    await toPassword()
    const order = () => wrapper!.findAll('.skb__chars button').map((b) => b.text())
    const before = order()
    await press('a', 'b', 'Ingresar')
    expect(testid('error-message').text()).toBe('Clave incorrecta. Le quedan 2 intentos.')
    expect(testid('error-message').element.closest('[role="alert"]')).not.toBeNull()
    expect(testid('password-mask').text()).toBe('')
    expect(order()).not.toEqual(before)
  })

  it('a locked account sends the member back to the start, with nothing else to try', async () => {
    const bridge = createFakeBridge({ 'auth.login': () => fail('ACCOUNT_LOCKED') })
    const { router } = await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    expect(testid('error-message').text()).toBe(
      'Su usuario está bloqueado. Acérquese a un asesor de la cooperativa.',
    )
    expect(testid('keyboard').exists()).toBe(false)
    expect(wrapper!.findAll('button').filter((b) => b.text() === 'Reintentar')).toHaveLength(0)
    await press('Volver al inicio')
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('when the cooperative cannot be reached, offers Reintentar and Volver al inicio', async () => {
    const bridge = createFakeBridge({ 'auth.login': () => fail('API_UNREACHABLE') })
    await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    expect(testid('error-message').text()).toBe(
      'No pudimos comunicarnos con la cooperativa. Intente de nuevo.',
    )
    button('Volver al inicio')
    await press('Reintentar')
    expect(testid('error-message').exists()).toBe(false)
    expect(testid('password-mask').text()).toBe('')
  })

  it('"No es mi imagen" goes back to welcome with advice to contact the cooperative', async () => {
    const { router, bridge } = await start()
    await press('Toque para comenzar', '1', '2', '3', '4', 'Continuar', 'No es mi imagen')
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(testid('welcome-notice').text()).toContain('comuníquese con la cooperativa')
    expect(bridge.callsTo('auth.login')).toHaveLength(0)
  })

  it('forces a password change before anything else when mustChangePassword is set', async () => {
    const bridge = createFakeBridge({
      'auth.login': () =>
        ok({
          displayName: 'Valeria Sánchez',
          mustChangePassword: true,
          pendingSetup: ['password'],
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
          previousSignIn: null,
        }),
    })
    const { router } = await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    // The setup screens load on first use.
    await vi.waitFor(() => expect(testid('new-password-submit').exists()).toBe(true))
    expect(router.currentRoute.value.name).toBe('setup-password')
    expect(bridge.callsTo('member.summary')).toHaveLength(0)
    // Home is out of reach until the change is made.
    await router.push({ name: 'home' })
    expect(router.currentRoute.value.name).toBe('setup-password')

    const submit = testid('new-password-submit')
    // Nothing typed yet: every rule neutral (not red, and "Máximo" not already met); one caret, in "new".
    const states = () =>
      Object.fromEntries(
        wrapper!
          .findAll('[data-state]')
          .map((l) => [l.attributes('data-testid'), l.attributes('data-state')]),
      )
    expect(new Set(Object.values(states()))).toEqual(new Set(['pending']))
    expect(wrapper!.findAll('[data-testid="password-caret"]')).toHaveLength(1)
    expect(testid('secret-field-new').find('[data-testid="password-caret"]').exists()).toBe(true)
    await press('Mayúscula', 'A', 'b', '1', 'c')
    expect(testid('rule-upper').attributes('data-ok')).toBe('true')
    expect(states()).toMatchObject({ 'rule-upper': 'ok', 'rule-maxLength': 'ok', 'rule-match': 'pending' })
    expect(testid('rule-match').attributes('data-ok')).toBe('false')
    expect(submit.attributes('disabled')).toBeDefined()
    await press('Toque para escribir aquí', 'Mayúscula', 'A')
    // The caret moved with the active field; a different start is a red "coinciden", not a neutral one.
    expect(testid('secret-field-confirm').find('[data-testid="password-caret"]').exists()).toBe(true)
    expect(wrapper!.findAll('[data-testid="password-caret"]')).toHaveLength(1)
    expect(states()['rule-match']).toBe('missing')
    await press('b', '1', 'c')
    expect(testid('rule-match').attributes('data-ok')).toBe('true')
    expect(states()['rule-match']).toBe('ok')
    // The typed characters are nowhere in the page.
    expect(document.body.innerHTML).not.toContain('Ab1c')
    await submit.trigger('click')
    await flushPromises()
    expect(bridge.callsTo('credentials.changePassword')).toEqual([{ newPassword: 'Ab1c' }])
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
  })

  it('ends the session when main says so (session.ended)', async () => {
    const { bridge, router } = await start()
    await toPassword()
    await press('a', 'Ingresar')
    bridge.emit('session.ended', { reason: 'revoked' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('goodbye')
    expect(text()).toContain('Su sesión fue cerrada por la cooperativa.')
  })

  it('ends the session when a call answers SESSION_EXPIRED', async () => {
    const bridge = createFakeBridge({ 'member.summary': () => fail('SESSION_EXPIRED') })
    const { router } = await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('goodbye')
    expect(text()).toContain('Su sesión expiró')
  })

  it('switches to English on the welcome screen, and back to Spanish for the next member', async () => {
    const { router } = await start()
    await press('English')
    expect(document.documentElement.lang).toBe('en')
    expect(text()).toContain('Touch to begin')
    await press('Touch to begin')
    await press('1', '0', '7', '7', '2', '2', '7', '7', 'Continue', 'Yes, it is my picture — continue')
    for (const name of ['Shift', 'Backspace', 'Clear']) button(name)
    await press('a', 'Sign in', 'Secure sign-out')
    expect(text()).toContain('Thank you for using Coop Alianza')
    await press('Back to start')
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(document.documentElement.lang).toBe('es')
    button('Toque para comenzar')
  })
})

describe('inactivity', () => {
  it('warns before the end, lets the member continue, then times out to goodbye', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const { bridge, router } = await start()
    await toPassword()
    await press('a', 'Ingresar')
    expect(router.currentRoute.value.name).toBe('home')

    // idleSeconds 120, warningSeconds 30: the dialog appears after 90 s without activity.
    vi.advanceTimersByTime(89_000)
    await flushPromises()
    expect(testid('timeout-dialog').exists()).toBe(false)
    vi.advanceTimersByTime(1_000)
    await flushPromises()
    const dialog = testid('timeout-dialog')
    expect(dialog.attributes('role')).toBe('alertdialog')
    expect(dialog.text()).toContain('Su sesión está por terminar')
    expect(document.activeElement).toBe(testid('extend-session').element)
    expect(wrapper!.find('.shell__body').attributes('inert')).toBeDefined()

    const keepAlives = bridge.callsTo('session.keepAlive').length
    await testid('extend-session').trigger('click')
    await flushPromises()
    expect(bridge.callsTo('session.keepAlive').length).toBe(keepAlives + 1)
    expect(testid('timeout-dialog').exists()).toBe(false)
    expect(testid('session-countdown').text()).toContain('2:00')

    vi.advanceTimersByTime(120_000)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('goodbye')
    expect(router.currentRoute.value.query.reason).toBe('timeout')
    expect(text()).toContain('Su sesión terminó por inactividad.')
    expect(bridge.callsTo('auth.logout')).toHaveLength(1)

    // Goodbye returns to welcome by itself.
    vi.advanceTimersByTime(8_000)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('returns to welcome from the sign-in screens and forgets what was typed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const { router, pinia } = await start()
    await press('Toque para comenzar', '1', '2', '3', '4', 'Continuar')
    expect(router.currentRoute.value.name).toBe('security')
    vi.advanceTimersByTime(120_000)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(JSON.stringify(pinia.state.value)).not.toContain('1234')
    expect(testid('welcome-notice').text()).toContain('inactividad')
  })
})
