// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setBridge } from '@/bridge'
import { createFakeBridge, fail, ok, TEST_CONFIG, TEST_MEMBER, type FakeBridge } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'
import { useSessionStore } from '@/stores/session'

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
    // In a public hall the amounts, salary and capacity wait for "Mostrar valores".
    const total = () =>
      products.find('[data-testid="product-group-contribution"] [data-testid="group-total"]').text()
    expect(total()).toBe('••••••')
    expect(testid('member-baseSalary').text()).toBe('••••••')
    expect(testid('member-paymentCapacity').text()).toBe('••••••')
    expect(text()).not.toMatch(/\$\s?\d/)
    await press('Mostrar valores')
    // Aportes: 2,983,500.00 + 33,329.00, formatted for es-CO.
    expect(total().replace(/\s/g, ' ')).toBe('$ 3.016.829,00')
    expect(testid('member-baseSalary').text().replace(/\s/g, ' ')).toBe('$ 5.000.000,00')
    await press('Ocultar valores')
    expect(total()).toBe('••••••')
    await press('Mostrar valores')

    await press('Salida segura')
    expect(router.currentRoute.value.name).toBe('goodbye')
    expect(bridge.callsTo('auth.logout')).toHaveLength(1)
    expect(text()).toContain('Gracias por usar Coop Alianza')
    expect(text()).toContain('Su sesión se cerró de forma segura.')
    expect(document.body.innerHTML).not.toContain('Valeria')
    expect(JSON.stringify(pinia.state.value)).not.toContain('Valeria')
    // The next member starts hidden again, whatever this one chose.
    expect(pinia.state.value.privacy).toEqual({ shown: false })
    await press('Volver al inicio')
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('a cooperative that shows amounts by default shows them on the first screen', async () => {
    const bridge = createFakeBridge({
      'config.get': () => ok({ ...TEST_CONFIG, privacy: { hideAmounts: false } }),
    })
    await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    await vi.waitFor(() => expect(testid('member-baseSalary').exists()).toBe(true))
    expect(testid('member-baseSalary').text().replace(/\s/g, ' ')).toBe('$ 5.000.000,00')
    button('Ocultar valores')
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

  it('a teller lock says so in the title and sends the member back to the start, with nothing else to try', async () => {
    const bridge = createFakeBridge({ 'auth.login': () => fail('ACCOUNT_LOCKED', { unlockBy: 'teller' }) })
    const { router } = await start(bridge)
    await toPassword()
    expect(wrapper!.find('h1').text()).toBe('Ingrese su clave')
    await press('a', 'Ingresar')
    expect(wrapper!.find('h1').text()).toBe('Usuario bloqueado')
    expect(testid('error-message').text()).toBe(
      'Su usuario está bloqueado. Acérquese a un asesor de la cooperativa para desbloquearlo.',
    )
    expect(testid('keyboard').exists()).toBe(false)
    // A key sent by SMS would end in the same lock: not offered.
    expect(testid('forgot-password').exists()).toBe(false)
    expect(wrapper!.findAll('button').filter((b) => b.text() === 'Reintentar')).toHaveLength(0)
    await press('Volver al inicio')
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('a timed lock that a temporary key lifts says when, and offers Olvidé mi clave as the way in now', async () => {
    const bridge = createFakeBridge({
      'auth.login': () =>
        fail('ACCOUNT_LOCKED', { unlockBy: 'time', retryAfterSeconds: 900, recoveryUnlocks: true }),
    })
    const { router } = await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    expect(wrapper!.find('h1').text()).toBe('Usuario bloqueado')
    expect(testid('error-message').text()).toContain('Intente de nuevo en 15 minutos')
    expect(testid('locked-recovery').text()).toContain('pida una clave temporal')
    await press('Olvidé mi clave')
    // The recovery screen loads on first use.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('recover'))
  })

  it('a timed lock that a key does not lift offers no recovery', async () => {
    const bridge = createFakeBridge({
      'auth.login': () => fail('ACCOUNT_LOCKED', { unlockBy: 'time', retryAfterSeconds: 60 }),
    })
    await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    expect(wrapper!.find('h1').text()).toBe('Usuario bloqueado')
    expect(testid('forgot-password').exists()).toBe(false)
    expect(testid('locked-recovery').exists()).toBe(false)
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

  it('"No es mi imagen" is reported, tells whom to call, and never reaches the password', async () => {
    const bridge = createFakeBridge({
      'signIn.reportImage': () =>
        ok({
          reference: 'SEG-0A1B2C3D',
          reportedAt: '2026-03-15T12:00:00.000Z',
          serviceNumber: { label: { es: 'Línea de atención', en: 'Helpline' }, number: '(601) 555 0100' },
        }),
    })
    const { router } = await start(bridge)
    await press('Toque para comenzar', '1', '2', '3', '4', 'Continuar', 'No es mi imagen')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('image-reported'))
    await vi.waitFor(() => expect(testid('service-number').exists()).toBe(true))
    expect(bridge.callsTo('signIn.reportImage')).toEqual([{ idNumber: '1234' }])
    expect(testid('service-number').text()).toBe('(601) 555 0100')
    expect(testid('report-reference').text()).toBe('SEG-0A1B2C3D')
    await testid('reported-done').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(bridge.callsTo('auth.login')).toHaveLength(0)
  })

  it('a failed report says so and keeps the way back with the old advice', async () => {
    const { router } = await start(createFakeBridge({ 'signIn.reportImage': () => fail('API_UNREACHABLE') }))
    await press('Toque para comenzar', '1', '2', '3', '4', 'Continuar', 'No es mi imagen')
    await vi.waitFor(() => expect(testid('error-message').exists()).toBe(true))
    expect(router.currentRoute.value.name).toBe('security')
    await press('Volver al inicio')
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(testid('welcome-notice').text()).toContain('comuníquese con la cooperativa')
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
    // The change is said in words before home.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('setup-done'))
    expect(wrapper!.find('h1').text()).toBe('Su clave quedó cambiada')
    expect(testid('setup-done-steps').text()).toBe('Listo: Clave')
    expect(bridge.callsTo('member.summary')).toHaveLength(0)
    await press('Ver mis productos')
    expect(router.currentRoute.value.name).toBe('home')
    // Only once: coming back to it later leads home.
    await router.push({ name: 'setup-done' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('after the last setup step the confirmation goes on to home by itself', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const bridge = createFakeBridge({
      'auth.login': () =>
        ok({
          displayName: 'Valeria Sánchez',
          mustChangePassword: false,
          pendingSetup: ['contract'],
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
          previousSignIn: null,
        }),
    })
    const { router } = await start(bridge)
    await toPassword()
    await press('a', 'Ingresar')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('setup-contract'))
    // What the contract step's save does with the API's answer (nothing left).
    useSessionStore().setPendingSetup([])
    await router.replace({ name: 'setup-done' })
    await flushPromises()
    await vi.waitFor(() => expect(testid('setup-done').exists()).toBe(true))
    // No password was changed: the title says the access is ready, not that a password changed.
    expect(wrapper!.find('h1').text()).toBe('Su acceso quedó configurado')
    expect(testid('setup-done-steps').text()).toBe('Listo: Contrato')
    vi.advanceTimersByTime(5_000)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('setup-done')
    vi.advanceTimersByTime(1_000)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('a product card on the home screen opens that product', async () => {
    const { router } = await start()
    await toPassword()
    await press('a', 'Ingresar')
    const links = () => wrapper!.findAll('[data-testid="product-link"]')
    await vi.waitFor(() => expect(links()).toHaveLength(3))
    const loan = links().find((l) => l.text().includes('Crédito de libre inversión'))!
    expect(loan.attributes('href')).toMatch(/\/products\/loan\/p3$/)
    await loan.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('products-loan'))
    expect(router.currentRoute.value.params).toEqual({ productId: 'p3' })
    await router.replace({ name: 'home' })
    await flushPromises()
    const aportes = links().find((l) => l.text().includes('Aportes sociales'))!
    await aportes.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('products-movements'))
    expect(router.currentRoute.value.params).toEqual({ kind: 'contribution', productId: 'p2' })
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
    expect(testid('goodbye-title').text()).toBe('Su sesión se cerró por inactividad')
    expect(testid('goodbye-reason').text()).toContain('ingrese de nuevo')
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
