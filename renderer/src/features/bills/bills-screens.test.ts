// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setBridge } from '@/bridge'
import { applyLanguage } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { FAKE_SERVICE } from '@/testing/fake-bills'
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
const choose = async (id: string) => {
  await seen(id)
  await testid(id).find('input').setValue(true)
  await flushPromises()
}
async function keys(text: string) {
  for (const ch of text) {
    const key = wrapper!.findAll('button').find((b) => b.text() === ch && b.classes('keypad__key'))
    expect(key, `key ${ch}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
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

describe('Pago de servicios', () => {
  it('registers a service: category → company → contract on the keypad, then the code bound to it', async () => {
    const bridge = createFakeBridge({ 'bills.services': () => ok({ services: [] }) })
    await signedInAt('/bills', bridge)
    await seen('bills-empty')
    await click('bills-register')
    await choose('category-energy')
    await choose('company-epm-energia')
    await keys('1234567897')
    await click('register-submit')
    expect(bridge.callsTo('bills.authorizeService')[0]).toEqual({
      billerId: 'epm-energia',
      contractNumber: '1234567897',
      debitAccountId: 's1',
    })
    await seen('code-what')
    expect(testid('code-what').text()).toContain('EPM Energía')
    expect(testid('code-what').text()).toContain('******7897')
    // A wrong code first: told, one try fewer; then the right one registers it.
    let tries = 0
    bridge.handlers['bills.addService'] = () =>
      ++tries === 1 ? fail('CODE_INVALID', { attemptsLeft: 2 }) : ok(FAKE_SERVICE)
    await keys('000000')
    await click('code-confirm')
    expect(testid('code-attempts').text()).toContain('2')
    await keys('123456')
    await click('code-confirm')
    await seen('bills-notice')
    expect(testid('bills-notice').text()).toBe('Servicio inscrito.')
    expect(bridge.callsTo('bills.addService')[1]).toMatchObject({ code: '123456', billerId: 'epm-energia' })
  })

  it('pays the amount due with one key, even when retried after "not done"', async () => {
    let n = 0
    const bridge = createFakeBridge({
      'bills.pay': ({ idempotencyKey }) => ok({ status: 'not_applied' as const, idempotencyKey }),
    })
    await signedInAt('/bills', bridge)
    await seen('service-epm-energia')
    expect(testid('service-due').text()).toMatch(/87\.654/)
    await click('service-pay')
    await seen('pay-amount')
    expect(testid('pay-amount').text()).toMatch(/87\.654/)
    await click('pay-confirm')
    await seen('bill-not_applied')
    bridge.handlers['bills.pay'] = ({ amount }) => {
      n++
      return ok({
        status: 'completed' as const,
        receipt: { ...FAKE_RECEIPT, amount },
      })
    }
    await click('bill-retry')
    await seen('bill-completed')
    expect(n).toBe(1)
    const [first, second] = bridge.callsTo('bills.pay') as { idempotencyKey: string }[]
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey)
    expect(testid('receipt-number').text()).toBe('PS202612040000001')
  })

  it('tells "being confirmed" honestly and settles it by key', async () => {
    const bridge = createFakeBridge({
      'bills.pay': ({ idempotencyKey }) => ok({ status: 'pending' as const, idempotencyKey }),
    })
    await signedInAt('/bills/pay/service-000000001', bridge)
    await click('pay-confirm')
    await seen('bill-pending')
    expect(wrapper!.text()).toContain('Estamos confirmando su pago')
    bridge.handlers['bills.confirm'] = () => ok({ status: 'completed' as const, receipt: FAKE_RECEIPT })
    await click('bill-recheck')
    await seen('bill-completed')
  })

  it('shows the history with date, amount and whether it was automatic, in English', async () => {
    const bridge = createFakeBridge({
      'bills.history': () =>
        ok({
          payments: [
            {
              postedAt: '2026-12-05T13:00:00.000Z',
              kind: 'bill' as const,
              destination: { name: 'EPM Energía', maskedNumber: '******1237' },
              amount: { amountMinor: 8_765_400, currency: 'COP' as const },
              automatic: true,
              status: 'failed' as const,
              failure: 'INSUFFICIENT_FUNDS',
            },
          ],
        }),
    })
    const { i18n } = await signedInAt('/bills/history', bridge)
    applyLanguage(i18n.global, 'en')
    await flushPromises()
    await seen('history-row')
    expect(testid('history-automatic').text()).toBe('Yes')
    expect(testid('history-status').text()).toBe('Not done (insufficient funds)')
  })
})

describe('Pago de tarjetas', () => {
  it("pays the cooperative card's minimum as the API states it", async () => {
    const bridge = createFakeBridge()
    await signedInAt('/cards/payments', bridge)
    await choose('own-card-c1')
    expect(testid('card-amount').text()).toMatch(/60\.000/)
    await click('card-pay')
    expect(bridge.callsTo('bills.payCard')[0]).toMatchObject({
      card: { kind: 'own', productId: 'c1', option: 'minimum' },
      amount: { amountMinor: 6_000_000 },
      originAccountId: 's1',
    })
    await seen('bill-completed')
  })
})

const FAKE_RECEIPT = {
  operationId: '1',
  receiptNumber: 'PS202612040000001',
  verificationCode: 'ABCD-EFGH-JKMN-PQRS',
  status: 'completed' as const,
  kind: 'bill' as const,
  origin: { name: 'Ahorro a la vista', maskedNumber: '****4821' },
  destination: { name: 'EPM Energía', maskedNumber: '******1237' },
  amount: { amountMinor: 8_765_400, currency: 'COP' as const },
  fee: { amountMinor: 0, currency: 'COP' as const },
  postedAt: '2026-12-04T15:30:00.000Z',
  automatic: false,
  originBalanceAfter: { amountMinor: 226_234_600, currency: 'COP' as const },
}
