// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ContactChangeChallenge, MemberProfile, Withdrawals } from '@shared/api/member-data'
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
async function digits(text: string) {
  for (const ch of text) {
    const key = wrapper!.findAll('button').find((b) => b.text() === ch && b.classes('keypad__key'))
    expect(key, `key ${ch}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
}

const PROFILE: MemberProfile = {
  fullName: 'VALERIA SÁNCHEZ VELÁSQUEZ',
  maskedIdNumber: '****0088',
  memberNumber: 'A-28540088',
  mobile: '+573104560088',
  email: 'valeria@example.com',
  address: 'Calle 45 # 23-18',
  city: 'Medellín',
  payrollEntity: '218-COOPERATIVA ALIANZA',
  policy: { mode: 'immediate', mobileConfirmVia: ['sms'] },
  pending: [],
}
const CHALLENGE: ContactChangeChallenge = {
  changeId: 'change-000000000001',
  field: 'mobile',
  confirm: { channel: 'sms', maskedDestination: '****0088' },
  prove: { channel: 'sms', maskedDestination: '****8877' },
  expiresInSeconds: 300,
  attemptsLeft: 3,
  attemptsLeftToday: 5,
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

describe('Mis datos personales', () => {
  it('changes the mobile: the new number after the country code, a wrong code told with the tries, then applied', async () => {
    let tries = 0
    let profile = PROFILE
    const bridge = createFakeBridge({
      'memberData.profile': () => ok(profile),
      'memberData.startChange': () => ok(CHALLENGE),
      'memberData.confirmChange': () =>
        ++tries === 1
          ? fail('CODE_INVALID', { attemptsLeft: 2 })
          : ((profile = { ...PROFILE, mobile: '+573009998877' }),
            ok({
              change: {
                changeId: CHALLENGE.changeId,
                field: 'mobile',
                status: 'applied',
                newValue: '****8877',
                requestedAt: new Date().toISOString(),
                decidedAt: new Date().toISOString(),
              },
              profile,
            })),
    })
    await signedInAt('/my-data', bridge)
    await seen('my-data-list')
    expect(testid('my-data-memberNumber').text()).toContain('A-28540088')
    expect(testid('my-data-address').text()).toContain('Calle 45 # 23-18, Medellín')
    await click('my-data-change-mobile')
    await seen('change-value')
    expect(testid('change-value').text()).toBe('+57')
    await digits('3009998877')
    await click('change-request')
    expect(bridge.callsTo('memberData.startChange')).toEqual([
      { field: 'mobile', value: '+573009998877', confirmVia: 'sms' },
    ])
    await seen('code-confirm-to')
    expect(testid('code-confirm-to').text()).toBe('Código enviado a ****0088 (dato actual)')

    await click('code-field-confirm')
    await digits('123456')
    await click('code-field-prove')
    await digits('654321')
    await wrapper!.find('form').trigger('submit')
    await flushPromises()
    expect(testid('error-message').text()).toBe(
      'Algún código no es correcto. Revise los dos e inténtelo de nuevo.',
    )
    expect(testid('code-attempts').text()).toBe('Intentos restantes: 2')

    await click('code-field-confirm')
    await digits('123456')
    await click('code-field-prove')
    await digits('111111')
    await wrapper!.find('form').trigger('submit')
    await flushPromises()
    expect(bridge.callsTo('memberData.confirmChange').at(-1)).toEqual({
      changeId: CHALLENGE.changeId,
      confirmCode: '123456',
      proveCode: '111111',
    })
    await seen('my-data-notice')
    expect(testid('my-data-notice').text()).toBe('Cambio aplicado. Avisamos al dato anterior y al nuevo.')
    expect(testid('my-data-mobile').text()).toContain('+573009998877')
  })
})

const WITHDRAWALS: Withdrawals = {
  options: [
    {
      productId: 'p2',
      name: 'Aportes sociales',
      maskedNumber: '****4194',
      balance: { amountMinor: 3_332_900, currency: 'COP' },
      maximum: null,
      refusal: 'retirement_only',
    },
    {
      productId: 'p1',
      name: 'Ahorros permanentes',
      maskedNumber: '****0088',
      balance: { amountMinor: 298_350_000, currency: 'COP' },
      maximum: { amountMinor: 149_175_000, currency: 'COP' },
      refusal: null,
    },
  ],
  requests: [],
}

describe('Solicitud de retiro de aportes', () => {
  it('tells a refusal, and a request retried after a failure keeps its idempotency key', async () => {
    let calls = 0
    const bridge = createFakeBridge({
      'memberData.withdrawals': () => ok(WITHDRAWALS),
      'memberData.requestWithdrawal': (r) =>
        ++calls === 1
          ? fail('API_UNREACHABLE')
          : ok({
              requestNumber: 'RA20261204000001',
              productId: r.productId,
              productName: 'Ahorros permanentes',
              maskedNumber: '****0088',
              amount: r.amount,
              status: 'pending',
              requestedAt: new Date().toISOString(),
              cancelledAt: null,
            }),
    })
    await signedInAt('/withdrawals', bridge)
    await seen('withdrawal-options')
    expect(testid('withdrawal-option-****4194').text()).toContain('Solo al retirarse de la cooperativa')
    expect(testid('withdrawal-option-****4194').find('[data-testid="withdrawal-choose"]').exists()).toBe(
      false,
    )
    await click('withdrawal-choose')
    await digits('2000000')
    // Over the maximum ($ 1.491.750,00): the button waits.
    expect(testid('withdrawal-request').attributes('disabled')).toBeDefined()
    const clear = wrapper!.findAll('button').find((b) => /Limpiar/.test(b.text()) && b.classes('keypad__key'))
    await clear!.trigger('click')
    await digits('150000')
    await click('withdrawal-request')
    await seen('error-message')
    await click('withdrawal-request')
    const [first, second] = bridge.callsTo('memberData.requestWithdrawal') as { idempotencyKey: string }[]
    expect(first).toMatchObject({ productId: 'p1', amount: { amountMinor: 15_000_000, currency: 'COP' } })
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey)
    await seen('withdrawal-notice')
    expect(testid('withdrawal-notice').text()).toContain('Solicitud RA20261204000001 registrada.')
  })
})

describe('Mi actividad', () => {
  it('words each kind in English; an action the kiosk does not know yet reads as an operation', async () => {
    const bridge = createFakeBridge({
      'memberData.activity': () =>
        ok({
          items: [
            {
              kind: 'transfer',
              action: 'pse',
              at: new Date().toISOString(),
              status: 'applied',
              reference: 'TR202612040000001',
              amount: { amountMinor: 2_000_000, currency: 'COP' },
              receipt: { kind: 'transfer', receiptNumber: 'TR202612040000001' },
            },
            {
              kind: 'sign-in',
              action: 'signed-in',
              at: new Date().toISOString(),
              status: null,
              reference: 'KIOSK-9',
              amount: null,
              receipt: null,
            },
          ],
        }),
    })
    const { i18n } = await signedInAt('/activity', bridge)
    applyLanguage(i18n.global, 'en')
    await seen('activity-table')
    await flushPromises()
    expect(testid('activity-transfer').text()).toContain('Operation')
    expect(testid('activity-transfer').text()).toContain('Applied')
    expect(testid('activity-transfer').find('[data-testid="receipt-print"]').exists()).toBe(true)
    expect(testid('activity-sign-in').text()).toContain('Signed in at kiosk KIOSK-9')
    expect(testid('activity-sign-in').find('[data-testid="receipt-print"]').exists()).toBe(false)
  })
})
