// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AchDraft } from '@shared/api/ach'
import type { IpcInput } from '@shared/ipc/contract'
import { formatMoney } from '@shared/money/money'
import { setBridge } from '@/bridge'
import { applyLanguage } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { fakePsePayment } from '@/testing/fake-pse'
import { mountApp } from '@/testing/mount-app'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

const cop = (pesos: number) => formatMoney({ amountMinor: pesos * 100, currency: 'COP' }, 'es-CO')
const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const shown = (id: string) =>
  vi.waitFor(() => expect(testid(id).exists(), `[data-testid="${id}"] on screen`).toBe(true))
const click = async (id: string) => {
  await shown(id)
  await testid(id).trigger('click')
  await flushPromises()
}
async function keypad(digits: string) {
  for (const d of digits) {
    const key = wrapper!.findAll('[role="group"] button.keypad__key').find((b) => b.text() === d)
    expect(key, `keypad key ${d}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
}
async function letters(text: string) {
  const keys = wrapper!.findAll('[data-testid="text-keyboard"] button')
  for (const ch of text) {
    const key = keys.find((b) => b.text() === ch)
    expect(key, `letter key ${ch}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
}

async function signedIn(bridge: FakeBridge = createFakeBridge()) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  useSessionStore(app.pinia).start({
    displayName: 'Valeria Sánchez',
    mustChangePassword: false,
    pendingSetup: [],
    previousSignIn: null,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  })
  await app.router.push('/home')
  await flushPromises()
  return app
}

async function toPayStep(pesos = '50000') {
  await wrapper!
    .findAll('a.tile')
    .find((a) => /PSE/.test(a.text()))!
    .trigger('click')
  await flushPromises()
  await click('pse-account-s1')
  await keypad(pesos)
  expect(testid('pse-amount').text()).toBe(cop(Number(pesos)))
  await click('pse-next')
  await click('pse-create')
}

describe('PSE at the kiosk', () => {
  it("shows seed 000's four steps, the payment with its QR and Paga antes del, and follows it to approved", async () => {
    let status: 'created' | 'approved' = 'created'
    const bridge = createFakeBridge({ 'pse.status': () => ok(fakePsePayment(status)) })
    await signedIn(bridge)
    await toPayStep()
    await shown('pse-step-pay')
    expect(testid('pse-steps').text()).toContain('¿Cómo quieres pagar?')
    expect(testid('pse-steps').text()).toContain('Confirma el estado')
    expect(testid('pse-steps').find('[aria-current="step"]').text()).toContain('Realiza tu pago')
    expect(testid('pse-qr').find('path').attributes('d')).toMatch(/^M\d+ \d+h1v1h-1z/)
    expect(testid('pse-link').text()).toContain('/sandbox/pse/checkout/')
    expect(testid('pse-reference').text()).toBe('011808345359569')
    expect(testid('pse-total').text()).toBe(cop(50_000))
    expect(testid('pse-pay-before').text()).toMatch(/2026/)
    const [created] = bridge.callsTo('pse.create') as IpcInput<'pse.create'>[]
    expect(created).toMatchObject({ accountId: 's1', amount: { amountMinor: 5_000_000, currency: 'COP' } })
    expect(created!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    status = 'approved'
    await vi.waitFor(() => expect(testid('pse-result-approved').exists()).toBe(true), { timeout: 5000 })
    expect(testid('pse-receipt-number').text()).toBe('PS202612040000001')
  })

  it('tells pending plainly: applied within half an hour, not to pay again', async () => {
    const bridge = createFakeBridge({ 'pse.status': () => ok(fakePsePayment('pending')) })
    await signedIn(bridge)
    await toPayStep()
    await vi.waitFor(() => expect(testid('pse-result-pending').exists()).toBe(true), { timeout: 5000 })
    expect(testid('pse-result-pending').text()).toContain('máximo de media hora')
    expect(testid('pse-result-pending').text()).toContain('****4821')
  })

  it('"Cancelar proceso" cancels and says no money moved; a payment at the bank cannot be', async () => {
    await signedIn()
    await toPayStep()
    await click('pse-cancel-process')
    expect(testid('pse-result-cancelled').text()).toContain('No se movió dinero')

    wrapper!.unmount()
    const bridge = createFakeBridge({ 'pse.cancel': () => fail('CONFLICT') })
    await signedIn(bridge)
    await toPayStep()
    await click('pse-cancel-process')
    expect(testid('error-message').text()).toContain('no se puede cancelar')
  })

  it('reuses the key when a creation was not made, and asks again when it is unconfirmed', async () => {
    let n = 0
    const bridge = createFakeBridge({
      'pse.create': ({ idempotencyKey, amount }) =>
        ++n === 1
          ? ok({ status: 'not_created' as const, idempotencyKey })
          : n === 2
            ? ok({ status: 'unconfirmed' as const, idempotencyKey })
            : ok({ status: 'created' as const, payment: fakePsePayment('created', amount.amountMinor) }),
      'pse.confirm': () => ok({ status: 'created' as const, payment: fakePsePayment('created') }),
    })
    await signedIn(bridge)
    await toPayStep()
    expect(testid('pse-not-created').text()).toContain('no se movió dinero')
    await click('pse-create')
    expect(testid('pse-unconfirmed').text()).toContain('no lo repita')
    await click('pse-check')
    await shown('pse-step-pay')
    const keys = (bridge.callsTo('pse.create') as IpcInput<'pse.create'>[]).map((c) => c.idempotencyKey)
    expect(new Set(keys).size).toBe(1)
  })

  it('reads in English', async () => {
    const { i18n } = await signedIn()
    applyLanguage(i18n.global, 'en')
    await flushPromises()
    await toPayStep()
    await shown('pse-step-pay')
    expect(testid('pse-steps').text()).toContain('How do you want to pay?')
    expect(testid('pse-cancel-process').text()).toContain('Cancel process')
  })
})

describe('a transfer to another bank in the wizard', () => {
  it('asks for bank, account type, number and holder ID, binds the code, and tells pending clearing', async () => {
    const bridge = createFakeBridge()
    await signedIn(bridge)
    await wrapper!
      .findAll('a.tile')
      .find((a) => /Transferencias/.test(a.text()))!
      .trigger('click')
    await flushPromises()
    await click('kind-bank')
    await click('transfer-next')
    await click('origin-****4821')
    await click('transfer-next')
    await click('bank-1007')
    await click('account-type-checking')
    await click('bank-account')
    await keypad('4455667788')
    await click('bank-holder')
    await keypad('1017223344')
    await click('transfer-next')
    await keypad('100000')
    expect(testid('rule-fee').text()).toBe(cop(4500))
    expect(testid('rule-perOperation').text()).toBe(cop(2_000_000))
    await click('transfer-next')
    await letters('arriendo')
    await click('transfer-next')
    expect(testid('summary-destination').text()).toBe('Bancolombia ****7788')
    expect(testid('summary-total').text()).toBe(cop(104_500))
    await click('transfer-next')
    expect(bridge.callsTo('ach.authorize')).toEqual([
      {
        originAccountId: 's1',
        destination: {
          bankCode: '1007',
          accountType: 'checking',
          accountNumber: '4455667788',
          holderId: '1017223344',
        },
        amount: { amountMinor: 10_000_000, currency: 'COP' },
        reference: 'arriendo',
      } satisfies AchDraft,
    ])
    expect(bridge.callsTo('payments.authorize')).toEqual([])
    await keypad('123456')
    await click('code-confirm')
    expect(bridge.callsTo('ach.transfer')).toHaveLength(1)
    expect(testid('ach-pending').text()).toContain('pendiente de compensación')
    expect(testid('clearing-status').text()).toBe('Pendiente de compensación')
  })
})
