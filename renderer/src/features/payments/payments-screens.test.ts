// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TransferDraft } from '@shared/api/payments'
import type { IpcInput } from '@shared/ipc/contract'
import { formatMoney } from '@shared/money/money'
import { setBridge } from '@/bridge'
import { applyLanguage } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { fakeAuthorises, fakeReceipt } from '@/testing/fake-payments'
import { mountApp } from '@/testing/mount-app'
import { useTransferStore } from './stores/transfer'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

const cop = (pesos: number) => formatMoney({ amountMinor: pesos * 100, currency: 'COP' }, 'es-CO')
const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const click = async (id: string) => {
  // The first screen of the feature waits for its messages (a lazy import).
  await vi.waitFor(() => expect(testid(id).exists(), `[data-testid="${id}"] on screen`).toBe(true))
  await testid(id).trigger('click')
  await flushPromises()
}
/** Taps keys of the on-screen numeric keypad by their digits. */
async function keypad(digits: string) {
  for (const d of digits) {
    const key = wrapper!.findAll('[role="group"] button.keypad__key').find((b) => b.text() === d)
    expect(key, `keypad key ${d}`).toBeTruthy()
    await key!.trigger('click')
  }
  await flushPromises()
}
/** Types on the letter keyboard (lower case and spaces are enough here). */
async function letters(text: string) {
  const keys = wrapper!.findAll('[data-testid="text-keyboard"] button')
  for (const ch of text) {
    const key =
      ch === ' ' ? keys.find((b) => /Espacio|Space/.test(b.text())) : keys.find((b) => b.text() === ch)
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

/** From the home tile to "Verificación" of an own-account transfer of `pesos`. */
async function ownTransferToReview(pesos: string, reference = 'ahorro') {
  await wrapper!
    .findAll('a.tile')
    .find((a) => /Transferencias|Transfers/.test(a.text()))!
    .trigger('click')
  await flushPromises()
  await click('kind-own')
  await click('transfer-next')
  await click('origin-****4821')
  await click('transfer-next')
  await click('destination-****7730')
  await click('transfer-next')
  await keypad(pesos)
  await click('transfer-next')
  await letters(reference)
  await click('transfer-next')
  expect(testid('step-review').exists()).toBe(true)
}
const transferCalls = (bridge: FakeBridge) =>
  bridge.callsTo('payments.transfer') as IpcInput<'payments.transfer'>[]

describe('the transfer wizard', () => {
  it('goes from the home tile to a receipt, printed by itself, with the code the API bound to the operation', async () => {
    let tries = 0
    const bridge = createFakeBridge({
      'print.capabilities': () =>
        ok({ receipt: { available: true, columns: 42 }, pdf: { save: false, print: false } }),
      'print.receipt': () => ok({ jobId: 'job-1', status: 'printed' as const }),
      'payments.transfer': ({ challengeId: _c, code, idempotencyKey: _k, ...d }) =>
        ++tries === 1 && code !== '654321'
          ? fail('CODE_INVALID', { attemptsLeft: 2 })
          : ok({ status: 'completed' as const, receipt: fakeReceipt(d) }),
    })
    const { router } = await signedIn(bridge)
    await ownTransferToReview('250000')
    expect(testid('summary-amount').text()).toBe(cop(250_000))
    expect(testid('summary-fee').text()).toBe(cop(0))
    expect(testid('summary-total').text()).toBe(cop(250_000))
    expect(testid('summary-origin').text()).toBe('Ahorro a la vista ****4821')
    expect(testid('summary-destination').text()).toBe('Ahorro programado navideño ****7730')

    await click('transfer-next')
    expect(router.currentRoute.value.name).toBe('transfer-code')
    expect(bridge.callsTo('payments.authorize')).toEqual([
      {
        originAccountId: 's1',
        destination: { kind: 'own', accountId: 's2' },
        amount: { amountMinor: 25_000_000, currency: 'COP' },
        reference: 'ahorro',
      } satisfies TransferDraft,
    ])
    expect(testid('code-authorises').text()).toContain(cop(250_000))
    expect(testid('code-sent-to').text()).toContain('******7812')
    expect(testid('code-expiry').text()).toBe('El código vence en 5:00.')
    expect(testid('code-attempts').text()).toBe('Le quedan 3 intentos para este código.')
    expect(testid('code-wait').text()).toBe('Podrá pedir otro código en 60 s.')

    await keypad('111111')
    await click('code-confirm')
    expect(testid('error-message').text()).toBe('El código no es correcto. Le quedan 2 intentos.')
    expect(testid('code-attempts').text()).toBe('Le quedan 2 intentos para este código.')
    await keypad('654321')
    await click('code-confirm')

    expect(router.currentRoute.value.name).toBe('transfer-result')
    expect(testid('receipt-number').text()).toBe('TR202612040000001')
    expect(testid('balance-after').text()).toBe(cop(2_100_000))
    // Both tries were the same operation: one key, the code retyped.
    const [first, second] = transferCalls(bridge)
    expect(first!.idempotencyKey).toBe(second!.idempotencyKey)
    expect([first!.code, second!.code]).toEqual(['111111', '654321'])
    await flushPromises()
    expect(bridge.callsTo('print.receipt')).toEqual([
      { document: { kind: 'transfer', receiptNumber: 'TR202612040000001' }, language: 'es' },
    ])
    expect(testid('receipt-print-status').text()).toContain('Comprobante impreso')
    await click('receipt-reprint')
    expect(bridge.callsTo('print.receipt')).toHaveLength(2)
  })

  it('keeps every choice on Anterior and on a cancelled Cancelar, and forgets them on Sí, cancelar', async () => {
    const { router } = await signedIn()
    await ownTransferToReview('1500', 'regalo')
    await click('transfer-previous')
    expect((testid('reference-input').element as HTMLInputElement).value).toBe('regalo')
    await click('transfer-previous')
    expect(testid('amount-value').text()).toBe(cop(1500))
    expect(testid('rule-perOperation').text()).toBe(cop(3_000_000))
    expect(testid('rule-fee').text()).toBe(cop(0))
    await click('transfer-cancel')
    await click('cancel-keep')
    expect(testid('amount-value').text()).toBe(cop(1500))
    await click('transfer-cancel')
    await click('cancel-confirm')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/transfers')
    await flushPromises()
    expect(testid('step-kind').exists()).toBe(true)
    expect(testid('kind-own').attributes('aria-pressed')).toBe('false')
  })

  it('asks for a new code (and a new key) when the amount changes after one was sent', async () => {
    const bridge = createFakeBridge()
    const { router } = await signedIn(bridge)
    await ownTransferToReview('1000')
    await click('transfer-next')
    expect(router.currentRoute.value.name).toBe('transfer-code')
    await click('transfer-previous')
    await click('transfer-previous')
    await click('transfer-previous')
    await keypad('0')
    await click('transfer-next')
    await click('transfer-next')
    expect(testid('code-stale').text()).toContain('solicite uno nuevo')
    expect(testid('summary-amount').text()).toBe(cop(10_000))
    await click('transfer-next')
    const drafts = bridge.callsTo('payments.authorize') as TransferDraft[]
    expect(drafts.map((d) => d.amount.amountMinor)).toEqual([100_000, 1_000_000])
    expect(testid('code-authorises').text()).toContain(cop(10_000))
    await keypad('123456')
    await click('code-confirm')
    expect(transferCalls(bridge)[0]).toMatchObject({ amount: { amountMinor: 1_000_000 } })
  })

  it('shows the limit the API refused with, and the holder the API masked', async () => {
    const bridge = createFakeBridge({
      'payments.authorize': () => fail('LIMIT_EXCEEDED'),
      'payments.checkDestination': ({ accountNumber }) =>
        accountNumber === '9001239140'
          ? ok({
              name: 'Ahorro a la vista',
              maskedNumber: '****9140',
              maskedHolder: 'JUAN C**** P**** M******',
            })
          : fail('NOT_FOUND'),
    })
    await signedIn(bridge)
    await wrapper!
      .findAll('a.tile')
      .find((a) => /Transferencias/.test(a.text()))!
      .trigger('click')
    await flushPromises()
    await click('kind-member')
    await click('transfer-next')
    await click('origin-****4821')
    await click('transfer-next')
    await keypad('006233')
    await click('member-account')
    await keypad('9001239999')
    await click('destination-check')
    expect(testid('error-message').text()).toContain('No encontramos esa cuenta de ahorros')
    expect(testid('transfer-next').attributes('disabled')).toBeDefined()
    await wrapper!
      .findAll('button.keypad__key')
      .find((b) => /Limpiar/.test(b.text()))!
      .trigger('click')
    await keypad('9001239140')
    await click('destination-check')
    expect(testid('destination-holder').text()).toBe('JUAN C**** P**** M******')
    expect(bridge.callsTo('payments.checkDestination').at(-1)).toEqual({
      member: { by: 'memberNumber', value: '006233' },
      accountNumber: '9001239140',
    })
    await click('transfer-next')
    expect(testid('rule-fee').text()).toBe(cop(1500))
    await keypad('4000000')
    await click('transfer-next')
    await letters('arriendo')
    await click('transfer-next')
    expect(testid('summary-holder').text()).toBe('JUAN C**** P**** M******')
    expect(testid('summary-total').text()).toBe(cop(4_001_500))
    await click('transfer-next')
    expect(testid('error-message').text()).toBe(
      'La operación supera el tope por operación o por día de la cooperativa.',
    )
    expect(testid('review-limits').text()).toContain(cop(3_000_000))
  })
})

describe('after Confirmar', () => {
  it('forgets the whole transfer when the visit ends', async () => {
    const { pinia, teardown } = await signedIn()
    await ownTransferToReview('1000')
    await click('transfer-next')
    await keypad('123456')
    await click('code-confirm')
    const store = useTransferStore(pinia)
    expect(store.outcome?.status).toBe('completed')
    await teardown.endSession('logout')
    await flushPromises()
    expect(store.outcome).toBeNull()
    expect(store.authorization).toBeNull()
    expect(store.choices.amountUnits).toBe('')
    expect(store.accounts.data).toBeNull()
  })

  it('tells "being confirmed" honestly, then done once main settles it by key', async () => {
    let settled = false
    const bridge = createFakeBridge({
      'payments.transfer': ({ idempotencyKey }) => ok({ status: 'pending' as const, idempotencyKey }),
      'payments.confirm': ({ idempotencyKey }) => {
        const d = (bridge.callsTo('payments.authorize') as TransferDraft[])[0]!
        return settled
          ? ok({ status: 'completed' as const, receipt: fakeReceipt(d, 7) })
          : ok({ status: 'pending' as const, idempotencyKey })
      },
    })
    await signedIn(bridge)
    await ownTransferToReview('1000')
    await click('transfer-next')
    await keypad('123456')
    await click('code-confirm')
    expect(testid('transfer-pending').text()).toContain('Estamos confirmando su transferencia')
    await click('transfer-recheck')
    expect(testid('transfer-pending').exists()).toBe(true)
    settled = true
    await click('transfer-recheck')
    expect(testid('receipt-number').text()).toBe('TR202612040000007')
    const key = transferCalls(bridge)[0]!.idempotencyKey
    expect(bridge.callsTo('payments.confirm')).toEqual([{ idempotencyKey: key }, { idempotencyKey: key }])
  })

  it('offers a new code (a new operation key) once the API says this one expired', async () => {
    const bridge = createFakeBridge({
      'payments.transfer': ({ challengeId: _c, code: _code, idempotencyKey: _k, ...d }) =>
        transferCalls(bridge).length === 1
          ? fail('CODE_EXPIRED')
          : ok({ status: 'completed' as const, receipt: fakeReceipt(d) }),
    })
    await signedIn(bridge)
    await ownTransferToReview('1000')
    await click('transfer-next')
    await keypad('123456')
    await click('code-confirm')
    expect(testid('error-message').text()).toBe('El código venció o ya no es válido. Solicite uno nuevo.')
    expect(testid('code-confirm').attributes('disabled')).toBeDefined()
    await click('code-again')
    expect(bridge.callsTo('payments.authorize')).toHaveLength(2)
    await keypad('654321')
    await click('code-confirm')
    expect(testid('transfer-completed').exists()).toBe(true)
    const [a, b] = transferCalls(bridge)
    expect(a!.idempotencyKey).not.toBe(b!.idempotencyKey)
  })

  it('tells "not done", and tries again with the same key', async () => {
    const bridge = createFakeBridge({
      'payments.transfer': ({ challengeId: _c, code: _code, idempotencyKey, ...d }) =>
        transferCalls(bridge).length === 1
          ? ok({ status: 'not_applied' as const, idempotencyKey })
          : ok({ status: 'completed' as const, receipt: fakeReceipt(d) }),
    })
    const { router } = await signedIn(bridge)
    await ownTransferToReview('1000')
    await click('transfer-next')
    await keypad('123456')
    await click('code-confirm')
    expect(testid('transfer-not_applied').text()).toContain('No se movió dinero')
    await click('transfer-retry')
    expect(router.currentRoute.value.name).toBe('transfer-code')
    await keypad('123456')
    await click('code-confirm')
    expect(testid('transfer-completed').exists()).toBe(true)
    const [a, b] = transferCalls(bridge)
    expect(a!.idempotencyKey).toBe(b!.idempotencyKey)
  })

  it('shows the resend cooldown the API answered, and stops at ATTEMPTS_EXHAUSTED, in English', async () => {
    const bridge = createFakeBridge({
      'payments.authorize': (d) =>
        ok({
          challengeId: 'challenge-0000000002',
          authorises: fakeAuthorises(d),
          maskedPhone: '******7812',
          expiresInSeconds: 300,
          resendInSeconds: 0,
          resendsLeft: 2,
          attemptsLeft: 3,
          attemptsLeftToday: 10,
        }),
      'payments.transfer': () => fail('ATTEMPTS_EXHAUSTED'),
    })
    const { i18n } = await signedIn(bridge)
    applyLanguage(i18n.global, 'en')
    await ownTransferToReview('1000', 'rent')
    expect(testid('step-review').text()).toContain('Review the transfer')
    await click('transfer-next')
    expect(testid('code-attempts').text()).toBe('You have 3 tries left for this code.')
    await click('code-resend')
    expect(testid('error-message').text()).toBe(
      'There were too many attempts in a row. Wait 42 seconds and try again.',
    )
    expect(testid('code-wait').text()).toBe('You can ask for another code in 42 s.')
    expect(testid('code-resend').attributes('disabled')).toBeDefined()
    await keypad('123456')
    await click('code-confirm')
    expect(testid('error-message').text()).toContain('there are no attempts left today')
    expect(testid('code-confirm').attributes('disabled')).toBeDefined()
  })
})
