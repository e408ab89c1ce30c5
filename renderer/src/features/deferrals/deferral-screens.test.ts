// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeferrableCard, DeferralOptions, DeferralRequest } from '@shared/api/deferrals'
import { simulateDeferral } from '@shared/finance/deferral'
import { formatMoney } from '@shared/money/money'
import { setBridge } from '@/bridge'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, type FakeHandlers } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const cop = (amountMinor: number) => formatMoney(COP(amountMinor), 'es-CO')
const CARD: DeferrableCard = {
  productId: 'c1',
  name: 'Tarjeta de crédito Visa',
  maskedCardNumber: '4365 **** **** 4994',
  rateEa: '23.5',
  revolvingBalance: COP(82_260_000),
  purchases: [
    { movementId: '144', postedOn: '2023-11-27', description: 'Compra Olímpica', amount: COP(18_360_000) },
    { movementId: '143', postedOn: '2023-11-17', description: 'Compra Terpel', amount: COP(29_130_000) },
  ],
}
const OPTIONS: DeferralOptions = { today: '2023-12-11', months: [3, 6, 12], cards: [CARD] }
// Main's answer is the shared finance code itself.
const simulate = (r: DeferralRequest) => simulateDeferral(CARD, r, OPTIONS.today, 'COP')

async function at(path: string, overrides: Partial<FakeHandlers> = {}) {
  const bridge = createFakeBridge({
    'deferrals.options': () => ok(OPTIONS),
    'deferrals.simulate': (r) => ok(simulate(r)),
    ...overrides,
  })
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  useSessionStore(app.pinia).start({
    displayName: 'Valeria Sánchez',
    mustChangePassword: false,
    pendingSetup: [],
    previousSignIn: null,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  })
  await app.router.push(path)
  await flushPromises()
  return { ...app, bridge }
}
const byTest = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

async function chooseBothOverSix() {
  await byTest('deferral-select-144').setValue(true)
  await byTest('deferral-select-143').setValue(true)
  await byTest('deferral-months-6').trigger('click')
  await flushPromises()
}

describe('deferral screen', () => {
  it('sums the selected purchases, shows main’s simulation, and Limpiar starts again', async () => {
    const { bridge } = await at('/deferrals')
    expect(wrapper!.findAll('[data-testid="deferral-purchase"]')).toHaveLength(2)
    await chooseBothOverSix()
    expect(byTest('deferral-selected-total').text()).toBe(`Monto total: ${cop(47_490_000)}`)
    expect(bridge.callsTo('deferrals.simulate').at(-1)).toEqual({
      productId: 'c1',
      source: { kind: 'purchases', movementIds: ['144', '143'] },
      months: 6,
    })
    expect(byTest('deferral-total').text()).toBe(cop(47_490_000))
    expect(byTest('deferral-count').text()).toBe('6')
    expect(byTest('deferral-interest').text()).toBe(cop(2_992_685))
    expect(byTest('deferral-installment').text()).toBe(cop(8_413_781))
    expect(byTest('deferral-note').text()).toContain('se suman a tus diferidos anteriores')
    expect(byTest('deferral-confirm').attributes('disabled')).toBeUndefined()

    await byTest('deferral-clear').trigger('click')
    await flushPromises()
    expect(byTest('deferral-simulation').exists()).toBe(false)
    expect((byTest('deferral-select-144').element as HTMLInputElement).checked).toBe(false)
    expect(byTest('deferral-confirm').attributes('disabled')).toBeDefined()
  })

  it('keeps one key for a retried Confirmar and a new one once the choice changes', async () => {
    let answers = 0
    const { bridge } = await at('/deferrals', {
      'deferrals.confirm': ({ simulation }) =>
        ++answers === 1
          ? fail('API_TIMEOUT')
          : ok({ number: 'DF-2023-000007', confirmedAt: '2023-12-11T15:00:00.000Z', simulation }),
    })
    await chooseBothOverSix()
    await byTest('deferral-confirm').trigger('click')
    await flushPromises()
    expect(wrapper!.find('[data-testid="error-message"]').exists()).toBe(true)
    await byTest('deferral-confirm').trigger('click')
    await flushPromises()
    const [first, second] = bridge.callsTo('deferrals.confirm') as { idempotencyKey: string }[]
    expect(first!.idempotencyKey).toMatch(/^[A-Za-z0-9_.:-]{16,128}$/)
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey)
    expect(byTest('deferral-done').text()).toContain('Diferido exitoso')
    expect(byTest('deferral-number').text()).toBe('DF-2023-000007')
  })

  it('a changed plazo after a failed Confirmar is another deferral: a new key', async () => {
    const { bridge } = await at('/deferrals', { 'deferrals.confirm': () => fail('API_TIMEOUT') })
    await chooseBothOverSix()
    await byTest('deferral-confirm').trigger('click')
    await flushPromises()
    await byTest('deferral-months-12').trigger('click')
    await flushPromises()
    await byTest('deferral-confirm').trigger('click')
    await flushPromises()
    const keys = (bridge.callsTo('deferrals.confirm') as { idempotencyKey: string }[]).map(
      (c) => c.idempotencyKey,
    )
    expect(keys).toHaveLength(2)
    expect(keys[0]).not.toBe(keys[1])
  })

  it('defers the revolving balance', async () => {
    const { bridge } = await at('/deferrals?card=c1')
    await byTest('deferral-mode-revolving').trigger('click')
    expect(byTest('deferral-revolving').text()).toContain(cop(82_260_000))
    await byTest('deferral-months-12').trigger('click')
    await flushPromises()
    expect(bridge.callsTo('deferrals.simulate').at(-1)).toEqual({
      productId: 'c1',
      source: { kind: 'revolving' },
      months: 12,
    })
    expect(byTest('deferral-installment').text()).toBe(cop(7_671_144))
  })
})
