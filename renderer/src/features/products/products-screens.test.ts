// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProductDetail } from '@shared/api/products'
import { formatMoney } from '@shared/money/money'
import { setBridge } from '@/bridge'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, ok } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'
import { useProductsStore } from './stores/products'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const APORTE: ProductDetail = {
  id: 'p1',
  kind: 'contribution',
  name: 'Ahorros permanentes',
  maskedNumber: '****0088',
  balance: COP(298_350_000),
  status: 'active',
  openedOn: '2018-07-01',
  contribution: {
    obligation: '2 - 28540088',
    description: 'Ahorros permanentes',
    monthlyPayment: COP(0),
    balanceAtCutoff: COP(298_350_000),
    pendingPayment: COP(0),
    dueDate: '2023-12-15',
    nextDueAmount: COP(2_295_000),
    withdrawalRequested: false,
  },
}

async function signedInAt(path: string, bridge = createFakeBridge()) {
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
  return app
}

describe('product tabs', () => {
  it('show the seed 000 Aportes row and ask main once per tab', async () => {
    const bridge = createFakeBridge({
      'products.ofKind': ({ kind }) =>
        ok({ kind, cutoffDate: '2023-12-11', products: kind === 'contribution' ? [APORTE] : [] }),
    })
    const { router } = await signedInAt('/products/contribution', bridge)
    const row = wrapper!.find('[data-testid="contribution-row"]')
    // The obligation number is masked like every product number.
    expect(row.text()).toContain('2 - ****0088')
    expect(row.text()).not.toContain('28540088')
    expect(row.text()).toContain(formatMoney(COP(298_350_000), 'es-CO'))
    expect(row.text()).toContain('15/12/2023')
    await router.push('/products/loan')
    await flushPromises()
    expect(wrapper!.find('[data-testid="tab-empty"]').text()).toBe('No posee créditos vigentes.')
    await router.push('/products/contribution')
    await flushPromises()
    expect(bridge.callsTo('products.ofKind')).toEqual([{ kind: 'contribution' }, { kind: 'loan' }])
  })

  it('send an unknown kind to the first tab', async () => {
    const { router } = await signedInAt('/products/stocks')
    expect(router.currentRoute.value.params.kind).toBe('contribution')
  })

  it('forget the member’s products when the store is reset at the end of a visit', async () => {
    const bridge = createFakeBridge({
      'products.ofKind': ({ kind }) => ok({ kind, cutoffDate: '2023-12-11', products: [APORTE] }),
    })
    const { pinia } = await signedInAt('/products/contribution', bridge)
    const store = useProductsStore(pinia)
    expect(store.tabs.contribution.data?.products).toHaveLength(1)
    store.reset()
    expect(store.tabs.contribution.data).toBeNull()
    expect(store.tabs.contribution.status).toBe('idle')
  })
})

describe('privacy on the consolidated position', () => {
  it('hides every figure behind "Mostrar valores", the same choice as the home screen', async () => {
    const bridge = createFakeBridge({
      'products.position': () =>
        ok({
          cutoffDate: '2023-12-11',
          currency: 'COP',
          groups: [
            {
              kind: 'contribution',
              nature: 'asset',
              total: COP(298_350_000),
              products: [
                {
                  id: 'p1',
                  kind: 'contribution',
                  name: 'Ahorros permanentes',
                  maskedNumber: '****0088',
                  balance: COP(298_350_000),
                  available: null,
                  monthlyPayment: null,
                  nextDueDate: null,
                  status: 'active',
                },
              ],
            },
          ],
          totals: {
            assets: COP(298_350_000),
            liabilities: COP(0),
            net: COP(298_350_000),
            monthlyCommitments: COP(0),
          },
        }),
    })
    await signedInAt('/position', bridge)
    await vi.waitFor(() => expect(wrapper!.find('[data-testid="position-totals"]').exists()).toBe(true))
    const amount = formatMoney(COP(298_350_000), 'es-CO')
    expect(wrapper!.text()).not.toContain(amount)
    expect(wrapper!.find('[data-testid="position-group-total"]').text()).toBe('••••••')
    await wrapper!.find('[data-testid="values-toggle"]').trigger('click')
    await flushPromises()
    expect(wrapper!.find('[data-testid="position-group-total"]').text()).toBe(amount)
    expect(wrapper!.find('[data-testid="position-totals"]').text()).toContain(amount)
  })
})
