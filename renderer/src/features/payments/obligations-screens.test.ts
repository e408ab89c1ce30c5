// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ObligationPaymentDraft } from '@shared/api/obligations'
import type { IpcInput } from '@shared/ipc/contract'
import { formatMoney } from '@shared/money/money'
import { setBridge } from '@/bridge'
import { applyLanguage } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { fakeRequirements } from '@/testing/fake-obligations'
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
const all = (id: string) => wrapper!.findAll(`[data-testid="${id}"]`)
const click = async (id: string, nth = 0) => {
  await vi.waitFor(() => expect(all(id).length, `[data-testid="${id}"] on screen`).toBeGreaterThan(nth))
  await all(id)[nth]!.trigger('click')
  await flushPromises()
}
async function keypad(digits: string) {
  for (const d of digits) {
    const key = wrapper!.findAll('button.keypad__key').find((b) => b.text() === d)
    expect(key, `keypad key ${d}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
}

async function signedIn(bridge: FakeBridge = createFakeBridge(), language?: 'en') {
  const app = await mountApp(bridge)
  if (language) applyLanguage(app.i18n.global, language)
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
  await wrapper!
    .findAll('a.tile')
    .find((a) => /Pagar obligaciones|Pay obligations/.test(a.text()))!
    .trigger('click')
  await flushPromises()
  return app
}

/** Individual mode: tick the first aportes row, another value on the second, to "Formas de pago". */
async function toMethods() {
  await click('mode-individual')
  await click('transfer-next')
  const ticks = all('obligation-tick')
  await ticks[0]!.setValue(true)
  await flushPromises()
  await click('obligation-other', 1)
  await keypad('5000')
  await click('amount-pad-done')
  await click('transfer-next')
}
const payCalls = (bridge: FakeBridge) => bridge.callsTo('obligations.pay') as IpcInput<'obligations.pay'>[]

describe('Pagar obligaciones', () => {
  it('walks seed 000: the table with TOTALES and a live total, one account, Requisitos Cumple, Verificación, Finalizar, receipt', async () => {
    const bridge = createFakeBridge({
      'print.capabilities': () =>
        ok({ receipt: { available: true, columns: 42 }, pdf: { save: false, print: false } }),
      'print.receipt': () => ok({ jobId: 'job-1', status: 'printed' as const }),
    })
    await signedIn(bridge)
    await vi.waitFor(() => expect(testid('obligation-steps').exists()).toBe(true))
    expect(testid('obligation-steps').text()).toMatch(
      /Tipo de pago.*Obligaciones.*Formas de pago.*Requisitos.*Verificación/,
    )
    await click('mode-individual')
    await click('transfer-next')
    expect(testid('contribution-note').text()).toContain('aporte social')
    expect(testid('obligations-totals').text()).toBe(cop(548_000))
    expect(testid('total-today').text()).toBe(cop(0))
    await all('obligation-tick')[0]!.setValue(true)
    await flushPromises()
    expect(testid('total-today').text()).toBe(cop(3_800))
    await click('obligation-other', 1)
    await keypad('5000')
    expect(testid('amount-pad-value').text()).toBe(cop(5_000))
    await click('amount-pad-done')
    expect(testid('total-today').text()).toBe(cop(8_800))
    await click('transfer-next')
    await click('method-single')
    await click('method-account')
    await click('transfer-next')
    await vi.waitFor(() => expect(all('requirement-row').length).toBeGreaterThan(0))
    expect(all('requirement-row').every((r) => r.text().includes('Cumple'))).toBe(true)
    expect(testid('requirements-table').text()).toContain('Validación saldo cuenta de Ahorros')
    await click('transfer-next')
    expect(testid('summary-total').text()).toBe(cop(8_800))
    expect(testid('summary-source').text()).toContain('****4821')
    await click('transfer-next')
    await vi.waitFor(() => expect(testid('obligation-completed').exists()).toBe(true))
    expect(testid('receipt-number').text()).toBe('PO202612040000007')
    const [pay] = payCalls(bridge)
    expect(pay).toMatchObject({
      mode: 'individual',
      lines: [
        { obligationId: 'o1', amount: { amountMinor: 380_000 } },
        { obligationId: 'o2', amount: { amountMinor: 500_000 } },
      ],
      sources: [{ kind: 'savings', accountId: 's1', amount: { amountMinor: 880_000 } }],
    })
    // The thermal receipt printed by itself, as an obligation receipt.
    await vi.waitFor(() =>
      expect(bridge.callsTo('print.receipt')).toEqual([
        { document: { kind: 'obligation', receiptNumber: 'PO202612040000007' }, language: 'es' },
      ]),
    )
    await click('receipt-reprint')
    expect(bridge.callsTo('print.receipt')).toHaveLength(2)
  })

  it('shows "No cumple" as the API decided it and does not let the payment go on', async () => {
    const bridge = createFakeBridge({
      'obligations.requirements': (d: ObligationPaymentDraft) => {
        const r = fakeRequirements(d)
        return ok({
          ...r,
          met: false,
          requirements: r.requirements.map((x) => (x.id === 'savings_balance' ? { ...x, meets: false } : x)),
        })
      },
    })
    await signedIn(bridge)
    await toMethods()
    await click('method-single')
    await click('method-account')
    await click('transfer-next')
    await vi.waitFor(() => expect(testid('requirements-not-met').exists()).toBe(true))
    const row = wrapper!.find('[data-testid="requirement-row"][data-id="savings_balance"]')
    expect(row.text()).toContain('No cumple')
    expect(testid('transfer-next').attributes('disabled')).toBeDefined()
  })

  it('Cancelar asks first and loses nothing; going back keeps every choice', async () => {
    const bridge = createFakeBridge()
    await signedIn(bridge)
    await toMethods()
    await click('transfer-cancel')
    await click('cancel-keep')
    expect(testid('obligation-step-methods').exists()).toBe(true)
    await click('transfer-previous')
    expect(testid('total-today').text()).toBe(cop(8_800))
    expect((all('obligation-tick')[0]!.element as HTMLInputElement).checked).toBe(true)
    expect(payCalls(bridge)).toHaveLength(0)
  })

  it('overdue mode pays exactly the overdue balance, split across two accounts; a retry reuses the key', async () => {
    let answer: 'reset' | 'done' = 'reset'
    const bridge = createFakeBridge({
      'obligations.pay': ({ idempotencyKey }) =>
        answer === 'reset' ? ok({ status: 'not_applied' as const, idempotencyKey }) : fail('INTERNAL'),
    })
    await signedIn(bridge)
    await click('mode-overdue')
    await click('transfer-next')
    expect(all('obligation-row')).toHaveLength(1)
    expect(testid('total-today').text()).toBe(cop(510_000))
    await click('transfer-next')
    await click('method-several')
    await click('split-account', 0)
    await keypad('500000')
    await click('amount-pad-done')
    await click('split-account', 1)
    await keypad('10000')
    await click('amount-pad-done')
    expect(testid('split-assigned').text()).toContain(cop(510_000))
    await click('transfer-next')
    await click('transfer-next')
    await click('transfer-next')
    await vi.waitFor(() => expect(testid('obligation-not_applied').exists()).toBe(true))
    await click('obligation-retry')
    answer = 'done'
    await click('transfer-next')
    const [first, second] = payCalls(bridge)
    expect(first!.sources.map((s) => s.amount.amountMinor)).toEqual([50_000_000, 1_000_000])
    expect(first!.mode).toBe('overdue')
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey)
  })

  it('reads in English', async () => {
    await signedIn(createFakeBridge(), 'en')
    await vi.waitFor(() => expect(testid('obligation-steps').text()).toContain('Payment methods'))
    await click('mode-individual')
    await click('transfer-next')
    expect(testid('obligations-table').text()).toContain('Next due')
    expect(testid('contribution-note').text()).toContain('social contribution')
  })
})
