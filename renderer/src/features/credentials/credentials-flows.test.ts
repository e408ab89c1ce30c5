// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setBridge } from '@/bridge'
import { createKioskI18n } from '@/i18n'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'
import SecretFieldsKeyboard from '@/keyboard/SecretFieldsKeyboard.vue'
import { credentialsEs } from './messages/es'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

async function start(bridge?: FakeBridge) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  return app
}
async function press(...names: string[]) {
  for (const n of names) {
    const found = wrapper!.findAll('button, a').filter((b) => b.text() === n)
    expect(found, `one button named "${n}"`).toHaveLength(1)
    await found[0]!.trigger('click')
    await flushPromises()
  }
}
const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('forgotten password in the renderer', () => {
  it('goes from the ID step to the masked destinations, sends, and comes back to a fresh ID step', async () => {
    const { bridge, router } = await start()
    await press('Toque para comenzar', '5', '2', '8', '7', '4', '1', '9', '3', 'Olvidé mi clave')
    await vi.waitFor(() => expect(testid('destination-sms').exists()).toBe(true))
    expect(bridge.callsTo('credentials.recoveryOptions')).toEqual([{ idNumber: '52874193' }])
    expect(testid('destination-sms').text()).toBe('****3129')
    expect(testid('destination-email').text()).toBe('jur*****@yah*****')
    await testid('channel-email').trigger('click')
    await testid('recovery-send').trigger('click')
    await flushPromises()
    expect(bridge.callsTo('credentials.requestRecovery')).toEqual([
      { idNumber: '52874193', channel: 'email' },
    ])
    expect(testid('recovery-sent').text()).toContain('jur*****@yah*****')
    expect(testid('recovery-sent').text()).toContain('La clave vence en 30 minutos')
    await testid('recovery-to-login').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('id')
    // The document typed before "Olvidé mi clave" is still there; only once, though.
    expect((testid('id-input').element as HTMLInputElement).value).toBe('52874193')
    await press('Cancelar')
    await press('Toque para comenzar')
    expect((testid('id-input').element as HTMLInputElement).value).toBe('')
  })

  it('asks for the document first when "Olvidé mi clave" is tapped with none typed', async () => {
    const { bridge } = await start()
    await press('Toque para comenzar', 'Olvidé mi clave')
    expect(wrapper!.text()).toContain('Primero escriba su número de documento')
    expect(wrapper!.text()).not.toContain('Ingrese entre 4 y 20')
    await press('1', '2', 'Olvidé mi clave')
    expect(wrapper!.text()).toContain('Ingrese entre 4 y 20')
    expect(bridge.callsTo('credentials.recoveryOptions')).toHaveLength(0)
  })

  it('shows a failure with a way back', async () => {
    const bridge = createFakeBridge({
      'credentials.recoveryOptions': () => fail('RATE_LIMITED', { retryAfterSeconds: 40 }),
    })
    const { router } = await start(bridge)
    await press('Toque para comenzar', '1', '2', '3', '4', 'Olvidé mi clave')
    await vi.waitFor(() => expect(testid('error-message').exists()).toBe(true))
    expect(testid('error-message').text()).toBe(
      'Hubo demasiados intentos seguidos. Espere 40 segundos e intente de nuevo.',
    )
    await press('Volver al inicio')
    expect(router.currentRoute.value.name).toBe('welcome')
  })
})

describe('enrollment in the renderer', () => {
  it('sends the data typed on the keypad, verifies the code and continues into the setup steps', async () => {
    const bridge = createFakeBridge({
      'credentials.changePassword': () => ok({ pendingSetup: ['securityImage'] }),
    })
    const { router } = await start(bridge)
    await press('Toque para comenzar')
    await router.push({ name: 'enroll' })
    await vi.waitFor(() => expect(testid('enroll-idNumber').exists()).toBe(true))
    await testid('enroll-idNumber').trigger('focus')
    await press('1', '0', '9', '8')
    await testid('enroll-memberNumber').trigger('focus')
    await press('0', '1', '6')
    await testid('enroll-day').trigger('focus')
    await press('1', '7', '0', '2', '1', '9', '9', '4')
    expect(testid('enroll-date-readout').text()).toBe('17 de febrero de 1994')
    await testid('enroll-submit').trigger('click')
    await flushPromises()
    expect(bridge.callsTo('credentials.enroll.start')).toEqual([
      { idNumber: '1098', memberNumber: '016', birthDate: '1994-02-17' },
    ])
    await vi.waitFor(() => expect(testid('code-lead').exists()).toBe(true))
    expect(testid('code-lead').text()).toContain('****3129')
    await press('1', '2', '3', '4', '5', '6', 'Verificar')
    expect(bridge.callsTo('credentials.enroll.verify')).toEqual([
      { enrollmentId: 'enrollment-0123456789', code: '123456' },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('setup-password'))
    expect(testid('setup-steps').text()).toContain('Contrato')
  })

  it('refuses an impossible date before calling main', async () => {
    const { bridge, router } = await start()
    await press('Toque para comenzar')
    await router.push({ name: 'enroll' })
    await vi.waitFor(() => expect(testid('enroll-idNumber').exists()).toBe(true))
    await testid('enroll-idNumber').trigger('focus')
    await press('1', '2', '3', '4')
    await testid('enroll-memberNumber').trigger('focus')
    await press('1', '2', '3')
    await testid('enroll-day').trigger('focus')
    await press('3', '1', '0', '2', '1', '9', '9', '4')
    await testid('enroll-submit').trigger('click')
    await flushPromises()
    expect(wrapper!.text()).toContain('una fecha de nacimiento válida')
    expect(bridge.callsTo('credentials.enroll.start')).toHaveLength(0)
  })
})

describe('SecretFieldsKeyboard', () => {
  const mountFields = () =>
    mount(SecretFieldsKeyboard, {
      props: {
        fields: [
          { id: 'new', label: 'Nueva clave', maxLength: 8 },
          { id: 'confirm', label: 'Confirmación de clave', maxLength: 8 },
        ],
      },
      global: {
        plugins: [
          (() => {
            const i18n = createKioskI18n()
            i18n.global.mergeLocaleMessage('es', { credentials: credentialsEs } as never)
            return i18n
          })(),
        ],
      },
      attachTo: document.body,
    })
  const key = (w: VueWrapper, name: string) => w.findAll('button').filter((b) => b.text() === name)[0]!

  it('types into the tapped field only, reports counts, and lets checks see the values but not take them', async () => {
    const w = mountFields()
    await key(w, 'ñ').trigger('click')
    await key(w, '7').trigger('click')
    await key(w, 'z').trigger('click')
    await w.find('[data-testid="secret-field-confirm-select"]').trigger('click')
    await key(w, 'ñ').trigger('click')
    expect(w.emitted('change')).toEqual([
      ['new', 1],
      ['new', 2],
      ['new', 3],
      ['confirm', 1],
    ])
    const vm = w.vm as unknown as {
      inspect: <T>(ids: string[], f: (...v: string[]) => T) => T
      take: (id: string) => string
    }
    expect(vm.inspect(['new', 'confirm'], (a, b) => a === b)).toBe(false)
    expect(vm.inspect(['new'], (a) => a.length)).toBe(3)
    expect(document.body.innerHTML).not.toContain('ñ7z')
    expect(vm.take('new')).toBe('ñ7z')
    expect(vm.take('new')).toBe('')
    w.unmount()
  })

  it('refuses the physical keyboard and paste like the password field', async () => {
    const w = mountFields()
    const field = w.find('[data-testid="secret-field-new"]').element
    const e = new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true })
    field.dispatchEvent(e)
    const paste = new Event('paste', { bubbles: true, cancelable: true })
    field.dispatchEvent(paste)
    expect([e.defaultPrevented, paste.defaultPrevented]).toEqual([true, true])
    await w.vm.$nextTick()
    expect(w.text()).toContain('Use el teclado en pantalla')
    w.unmount()
  })
})
