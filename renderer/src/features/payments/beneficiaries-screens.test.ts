// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Beneficiary, BeneficiaryDraft } from '@shared/api/beneficiaries'
import { setBridge } from '@/bridge'
import { applyLanguage } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const seen = async (id: string) =>
  vi.waitFor(() => expect(testid(id).exists(), `[data-testid="${id}"] on screen`).toBe(true))
const click = async (id: string) => {
  await seen(id)
  await testid(id).trigger('click')
  await flushPromises()
}
async function keys(text: string) {
  for (const ch of text) {
    const key = wrapper!
      .findAll('button')
      .find((b) => b.text() === ch && (b.classes('keypad__key') || b.classes('tkb__key--char')))
    expect(key, `key ${ch}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
}

const ANDRES: Beneficiary = {
  id: 'benef-00000001',
  service: 'member_transfer',
  name: 'Andrés arriendo',
  idType: 'cedula',
  idNumber: '1020304050',
  accountNumber: '4001239140',
  destination: {
    name: 'Ahorro a la vista',
    maskedNumber: '****9140',
    maskedHolder: 'ANDRÉS F***** R****** T*****',
  },
}

/** A bridge whose beneficiaries live in a list the scripted channels change, as the API would. */
function withList(initial: Beneficiary[], overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  let list = [...initial]
  return createFakeBridge({
    'beneficiaries.list': () => ok({ beneficiaries: list }),
    'beneficiaries.edit': ({ id, name }) => {
      list = list.map((b) => (b.id === id ? { ...b, name } : b))
      return ok(list.find((b) => b.id === id)!)
    },
    'beneficiaries.remove': ({ id }) => {
      list = list.filter((b) => b.id !== id)
      return ok({ id })
    },
    ...overrides,
  })
}

async function signedInAt(path: string, bridge: FakeBridge) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  useSessionStore(app.pinia).start({
    displayName: 'Valeria Sánchez',
    mustChangePassword: false,
    pendingSetup: [],
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    previousSignIn: null,
  })
  await app.router.push(path)
  await flushPromises()
  return app
}

describe('Beneficiarios', () => {
  it('lists Servicio / Beneficiario / Tipo de identificación / Identificación; Cancelar keeps a row, Aceptar deletes it', async () => {
    const bridge = withList([ANDRES])
    await signedInAt('/beneficiaries', bridge)
    await seen('beneficiaries-table')
    const headers = wrapper!.findAll('th').map((h) => h.text())
    expect(headers.slice(0, 4)).toEqual([
      'Servicio',
      'Beneficiario',
      'Tipo de identificación',
      'Identificación',
    ])
    expect(testid('beneficiary-1020304050').text()).toContain('Transferencia a asociado')
    expect(testid('beneficiary-1020304050').text()).toContain('Cédula')

    await click('beneficiary-remove')
    expect(testid('beneficiary-confirm').text()).toContain('¿Está seguro que desea eliminar el beneficiario?')
    await click('beneficiary-cancel')
    expect(bridge.calls.some((c) => c.channel === 'beneficiaries.remove')).toBe(false)
    expect(testid('beneficiary-1020304050').exists()).toBe(true)

    await click('beneficiary-remove')
    await click('beneficiary-accept')
    expect(bridge.calls.find((c) => c.channel === 'beneficiaries.remove')?.payload).toEqual({ id: ANDRES.id })
    expect(testid('beneficiary-notice').text()).toBe('Beneficiario eliminado.')
    expect(testid('beneficiaries-empty').exists()).toBe(true)
  })

  it('renames with the pencil and sends only the new name', async () => {
    const bridge = withList([ANDRES])
    await signedInAt('/beneficiaries', bridge)
    await click('beneficiary-edit')
    await seen('beneficiary-edit-name')
    expect(testid('beneficiary-edit-name').text()).toBe('Andrés arriendo')
    const clear = wrapper!
      .findAll('[data-testid="text-keyboard"] button')
      .find((b) => /Limpiar/.test(b.text() + (b.attributes('aria-label') ?? '')))
    await clear!.trigger('click')
    await keys('carlos')
    await click('beneficiary-save')
    expect(bridge.calls.find((c) => c.channel === 'beneficiaries.edit')?.payload).toEqual({
      id: ANDRES.id,
      name: 'carlos',
    })
    await seen('beneficiary-notice')
    expect(testid('beneficiary-notice').text()).toBe('Beneficiario actualizado.')
  })

  it('adds with the code bound to what was typed, telling a wrong code and the tries left', async () => {
    let draft: BeneficiaryDraft | null = null
    const bridge = withList([], {
      'beneficiaries.authorize': (d) => {
        draft = d
        return ok({
          challengeId: 'challenge-0000000002',
          authorises: {
            service: d.service,
            name: d.name,
            idType: d.idType,
            idNumber: d.idNumber,
            destination: ANDRES.destination,
          },
          maskedPhone: '******7812',
          expiresInSeconds: 300,
          resendInSeconds: 60,
          resendsLeft: 2,
          attemptsLeft: 3,
          attemptsLeftToday: 10,
        })
      },
      'beneficiaries.add': ({ code }) =>
        code === '111111' ? ok(ANDRES) : fail('CODE_INVALID', { attemptsLeft: 2 }),
    })
    await signedInAt('/beneficiaries', bridge)
    await click('beneficiary-add')
    expect(testid('beneficiary-request').attributes('disabled')).toBeDefined()
    await keys('andres')
    await click('beneficiary-field-id')
    await keys('1020304050')
    await click('beneficiary-field-account')
    await keys('4001239140')
    await click('beneficiary-request')
    expect(draft).toEqual({
      service: 'member_transfer',
      idType: 'cedula',
      name: 'andres',
      idNumber: '1020304050',
      accountNumber: '4001239140',
    })
    await seen('code-holder')
    expect(testid('code-holder').text()).toBe('ANDRÉS F***** R****** T*****')
    await keys('222222')
    await click('code-confirm')
    expect(testid('code-attempts').text()).toBe('Le quedan 2 intentos para este código.')
    await keys('111111')
    await click('code-confirm')
    await seen('beneficiary-notice')
    expect(testid('beneficiary-notice').text()).toBe('Beneficiario inscrito.')
  })

  it('reads English', async () => {
    const { i18n } = await signedInAt('/beneficiaries', withList([ANDRES]))
    applyLanguage(i18n.global, 'en')
    await seen('beneficiaries-table')
    await flushPromises()
    expect(
      wrapper!
        .findAll('th')
        .map((h) => h.text())
        .slice(0, 4),
    ).toEqual(['Service', 'Beneficiary', 'ID type', 'ID number'])
    await click('beneficiary-remove')
    expect(testid('beneficiary-confirm').text()).toContain('Are you sure you want to delete the beneficiary?')
  })
})
