// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { MyApplications } from '@shared/api/simulators'
import { formatMoney } from '@shared/money/money'
import { setBridge } from '@/bridge'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, TEST_MEMBER, type FakeBridge } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'
import { en } from './messages/en'
import { es } from './messages/es'
import { useSimulatorsStore } from './stores/simulators'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

const cop = (amountMinor: number) => formatMoney({ amountMinor, currency: 'COP' }, 'es-CO')
const find = (testId: string) => wrapper!.find(`[data-testid="${testId}"]`)
const findAll = (testId: string) => wrapper!.findAll(`[data-testid="${testId}"]`)

async function signedInAt(path: string, bridge: FakeBridge = createFakeBridge()) {
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

/** Types on the screen's numeric keypad into the field with this test id. */
async function tap(testId: string, digits: string) {
  await find(testId).trigger('focus')
  const keys = wrapper!.findAll('.keypad button')
  await keys.find((k) => k.text() === 'Limpiar')!.trigger('click')
  for (const d of digits) await keys.find((k) => k.text() === d)!.trigger('click')
  expect((find(testId).element as HTMLInputElement).value).toBe(digits)
}

async function project(amount: string, term: string, system: 'french' | 'german' = 'french') {
  await tap('loan-amount', amount)
  await tap('loan-term', term)
  await find(`system-${system}`).trigger('click')
  await find('project').trigger('click')
  await flushPromises()
}

describe('loan simulator', () => {
  it('tells an out-of-range amount and term from the line’s limits, without asking main', async () => {
    const { bridge } = await signedInAt('/simulators/loan')
    await project('100', '99')
    const invalid = find('loan-invalid').text()
    expect(invalid).toContain(
      `El monto para Libre inversión debe estar entre ${cop(50_000_000)} y ${cop(10_000_000_000)}.`,
    )
    expect(invalid).toContain('El plazo para Libre inversión debe estar entre 1 y 72 meses.')
    expect(bridge.callsTo('simulators.simulateLoan')).toEqual([])
    expect(find('loan-result').exists()).toBe(false)
  })

  it('projects the French table with both rates, the conversion and the totals', async () => {
    const { bridge } = await signedInAt('/simulators/loan')
    await project('20000000', '36')
    expect(bridge.callsTo('simulators.simulateLoan')).toEqual([
      { lineId: 'libre-inversion', amountMinor: 2_000_000_000, termMonths: 36, system: 'french' },
    ])
    expect(find('simulation-mark').text()).toBe('Simulación — no constituye aprobación')
    expect(find('fact-rateEa').text()).toBe('16,08 %')
    expect(find('fact-monthlyRate').text()).toBe('1,2503 %')
    expect(find('rate-conversion').text()).toBe('(1 + 16,08 %)^(1/12) − 1 = 1,2503 % mensual')
    // Figures from shared/finance/README.md's independent Python table (PMT rounded half up).
    expect(find('fact-firstInstallment').text()).toBe(cop(70_984_543))
    expect(find('fact-totalInstallments').text()).toBe(cop(2_542_512_724))
    expect(findAll('installment-row')).toHaveLength(36)
    expect(find('loan-totals').text()).toContain(cop(2_000_000_000))
    // TEST_MEMBER can pay 3 327 104,00 a month.
    expect(find('capacity-within').exists()).toBe(true)
  })

  it('warns in plain words when the first installment is more than the member’s capacity', async () => {
    await signedInAt('/simulators/loan')
    await project('90000000', '24', 'german')
    expect(find('capacity-available').text()).toBe(cop(TEST_MEMBER.paymentCapacity.amountMinor))
    const warning = find('capacity-exceeded').text()
    expect(warning).toContain('supera su capacidad de pago disponible')
    expect(warning).toContain(cop(TEST_MEMBER.paymentCapacity.amountMinor))
    expect(find('capacity-within').exists()).toBe(false)
  })

  it('drops the table once an input changes, so Solicitar never files a stale one', async () => {
    const { pinia } = await signedInAt('/simulators/loan')
    await project('20000000', '36')
    expect(find('loan-result').exists()).toBe(true)
    await find('system-german').trigger('click')
    expect(find('loan-result').exists()).toBe(false)
    expect(useSimulatorsStore(pinia).loan).toBeNull()
  })

  it('says honestly when main cannot project', async () => {
    const bridge = createFakeBridge({ 'simulators.simulateLoan': () => fail('API_UNREACHABLE') })
    await signedInAt('/simulators/loan', bridge)
    await project('20000000', '36')
    expect(wrapper!.text()).toContain(
      'No pudimos proyectar el crédito. No pudimos comunicarnos con la cooperativa. Intente de nuevo.',
    )
    expect(find('loan-result').exists()).toBe(false)
  })

  it('says so when the catalogue cannot be read, and retries', async () => {
    let fails = true
    const bridge = createFakeBridge({
      'simulators.catalogue': () =>
        fails ? fail('API_TIMEOUT') : createFakeBridge().handlers['simulators.catalogue']({}),
    })
    await signedInAt('/simulators/loan', bridge)
    expect(find('error-message').text()).toContain('No pudimos consultar las condiciones de la cooperativa.')
    fails = false
    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Reintentar')!
      .trigger('click')
    await flushPromises()
    expect(find('line-libre-inversion').exists()).toBe(true)
  })
})

describe('loan application', () => {
  it('shows the table again, files exactly the simulation shown and lists the requirements', async () => {
    const { bridge, router } = await signedInAt('/simulators/loan')
    await project('20000000', '36')
    await find('apply').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('simulators-loan-confirm')
    expect(findAll('installment-row')).toHaveLength(36)
    const shown = useSimulatorsStore().loan
    await find('confirm-apply').trigger('click')
    await flushPromises()
    expect(bridge.callsTo('simulators.applyLoan')).toEqual([{ simulation: shown }])
    expect(router.currentRoute.value.name).toBe('simulators-loan-filed')
    expect(find('fact-number').text()).toBe('SC-2026-000001')
    expect(find('fact-status').text()).toBe('Radicada')
    const heads = find('requirements-table')
      .findAll('th')
      .map((h) => h.text())
    expect(heads).toEqual(['Validación', 'Requisito', 'Observación', 'Evaluación'])
    expect(findAll('requirement-row').map((r) => r.findAll('td').at(-1)!.text())).toEqual([
      'Cumple',
      'Cumple',
      'Cumple',
    ])
  })

  it('marks unmet requirements "No cumple" with what was found', async () => {
    const bridge = createFakeBridge({
      'simulators.applyLoan': (input) => {
        const filed = createFakeBridge().handlers['simulators.applyLoan'](input)
        if (!('ok' in filed) || !filed.ok) return filed
        return ok({
          ...filed.data,
          requirements: [
            { code: 'seniority', met: false, requiredMonths: 6, actualMonths: 2 },
            {
              code: 'capacity',
              met: true,
              capacity: filed.data.firstInstallment,
              installment: filed.data.firstInstallment,
            },
            { code: 'no_overdue', met: false, overdueLoans: 2 },
          ],
        })
      },
    })
    await signedInAt('/simulators/loan', bridge)
    await project('20000000', '36')
    await find('apply').trigger('click')
    await flushPromises()
    await find('confirm-apply').trigger('click')
    await flushPromises()
    expect(find('requirements-verdict').text()).toContain('No cumple algunos requisitos')
    const cells = findAll('requirement-row').map((r) => r.findAll('td').map((c) => c.text()))
    expect(cells[0]).toEqual(['Antigüedad', 'Mínimo 6 meses como asociado', 'Tiene 2 meses', 'No cumple'])
    expect(cells[2]).toEqual([
      'Créditos en mora',
      'No tener créditos en mora',
      '2 créditos en mora',
      'No cumple',
    ])
  })

  it('tells the member to project again when the core refuses a changed simulation', async () => {
    const bridge = createFakeBridge({ 'simulators.applyLoan': () => fail('CONFLICT') })
    const { router } = await signedInAt('/simulators/loan', bridge)
    await project('20000000', '36')
    await find('apply').trigger('click')
    await flushPromises()
    await find('confirm-apply').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('simulators-loan-confirm')
    expect(find('error-message').text()).toBe(es.confirm.conflict)
  })

  it('has nothing to confirm without a simulation', async () => {
    await signedInAt('/simulators/loan/confirm')
    expect(find('confirm-missing').text()).toBe(es.confirm.missing)
    expect(find('confirm-apply').exists()).toBe(false)
  })
})

describe('Mis solicitudes and product requests', () => {
  const MINE: MyApplications = {
    loans: [
      {
        number: 'SC-2026-000007',
        filedAt: '2026-12-01T14:00:00.000Z',
        status: 'in_review',
        line: { id: 'vivienda', kind: 'vivienda', name: 'Vivienda' },
        amount: { amountMinor: 8_000_000_000, currency: 'COP' },
        termMonths: 180,
        system: 'german',
        rateEa: '12.68',
        firstInstallment: { amountMinor: 123_456_789, currency: 'COP' },
        requirements: [],
      },
    ],
    products: [
      {
        number: 'SP-2026-000003',
        filedAt: '2026-11-30T14:00:00.000Z',
        status: 'denied',
        kind: 'card',
        amount: { amountMinor: 300_000_000, currency: 'COP' },
        contact: 'phone',
      },
    ],
  }

  it('lists loan applications and product requests with number, date and status', async () => {
    await signedInAt(
      '/simulators/applications',
      createFakeBridge({ 'simulators.applications': () => ok(MINE) }),
    )
    const loan = find('loan-application-row').text()
    expect(loan).toContain('SC-2026-000007')
    expect(loan).toContain('Vivienda')
    expect(loan).toContain('En estudio')
    expect(loan).toContain(cop(8_000_000_000))
    const request = find('product-request-row').text()
    expect(request).toContain('SP-2026-000003')
    expect(request).toContain('Tarjeta de crédito')
    expect(request).toContain('Negada')
  })

  it('says when the applications cannot be read', async () => {
    await signedInAt(
      '/simulators/applications',
      createFakeBridge({ 'simulators.applications': () => fail('SERVER_ERROR') }),
    )
    expect(find('error-message').text()).toContain('No pudimos consultar sus solicitudes.')
  })

  it('asks for a savings account without an amount, and for a card with one', async () => {
    const { bridge } = await signedInAt('/simulators/request')
    await find('kind-savings').setValue(true)
    await find('request-submit').trigger('click')
    await flushPromises()
    expect(find('request-sent').text()).toContain('Recibimos su solicitud número SP-2026-000001.')
    await wrapper!
      .findAll('button')
      .find((b) => b.text() === es.request.another)!
      .trigger('click')
    await find('kind-card').setValue(true)
    await find('request-submit').trigger('click')
    await flushPromises()
    expect(find('request-invalid').text()).toBe(es.request.missingAmount)
    await find('request-amount').setValue('3000000')
    await find('contact-email').trigger('click')
    await find('request-submit').trigger('click')
    await flushPromises()
    expect(bridge.callsTo('simulators.requestProduct')).toEqual([
      { kind: 'savings', amountMinor: null, contact: 'phone' },
      { kind: 'card', amountMinor: 300_000_000, contact: 'email' },
    ])
  })
})

describe('term-deposit simulator', () => {
  it('shows the table’s rate, interest, withholding, net, maturity and the business-day rule', async () => {
    await signedInAt('/simulators/deposit')
    await tap('deposit-amount', '10000000')
    await tap('deposit-term', '90')
    await find('project').trigger('click')
    await flushPromises()
    expect(find('fact-rateEa').text()).toBe('9,2 %')
    // shared/finance/README.md: round(1 000 000 000 × (1.092^(90/365) − 1)) = 21 938 498 minor units.
    expect(find('fact-grossInterest').text()).toBe(cop(21_938_498))
    expect(find('fact-withholding').text()).toBe(cop(877_540))
    expect(find('fact-netInterest').text()).toBe(cop(21_060_958))
    expect(find('fact-amountAtMaturity').text()).toBe(cop(1_021_060_958))
    expect(find('fact-maturityDate').text()).toBe('4 de marzo de 2027')
    expect(find('withholding-rule').text()).toBe(
      `Se retiene el 4 % de cada pago de intereses mayor a ${cop(5_000_000)}.`,
    )
    expect(find('business-day-rule').text()).toBe(es.deposit.businessDayRule)
  })

  it('tells a term outside the table', async () => {
    const { bridge } = await signedInAt('/simulators/deposit')
    await tap('deposit-amount', '10000000')
    await tap('deposit-term', '500')
    await find('project').trigger('click')
    expect(find('deposit-invalid').text()).toBe('El plazo debe estar entre 30 y 179 días.')
    expect(bridge.callsTo('simulators.simulateTermDeposit')).toEqual([])
  })
})

describe('printing a simulation', () => {
  it('sends only the inputs to the receipt printer and the PDF, and tells the outcome', async () => {
    const bridge = createFakeBridge({
      'print.capabilities': () =>
        ok({
          receipt: { available: true, columns: 42 as const },
          pdf: { save: false, print: false, email: true },
        }),
      'print.receipt': () => ok({ jobId: 'job-9', status: 'printed' as const }),
      'print.pdf': () =>
        ok({
          action: 'email' as const,
          fileName: 'documento.pdf',
          path: null,
          sizeBytes: 1,
          pages: 1,
          sentTo: 'val*****@cor*****',
        }),
    })
    await signedInAt('/simulators/loan', bridge)
    await project('20000000', '36')
    await find('print-receipt').trigger('click')
    await flushPromises()
    expect(find('print-status').text()).toBe('Recibo impreso.')
    // A shared kiosk offers no "Guardar PDF" (staff only): the PDF goes to the member's e-mail.
    expect(find('print-pdf').exists()).toBe(false)
    await find('print-pdf-email').trigger('click')
    await flushPromises()
    expect(find('print-status').text()).toBe(
      'PDF enviado a su correo registrado val*****@cor***** (1 página).',
    )
    const document = {
      kind: 'loanSimulation',
      request: { lineId: 'libre-inversion', amountMinor: 2_000_000_000, termMonths: 36, system: 'french' },
    }
    expect(bridge.callsTo('print.receipt')).toEqual([{ document, language: 'es' }])
    expect(bridge.callsTo('print.pdf')).toEqual([{ document, action: 'email', language: 'es' }])
  })

  it('saves to disk only where staff can (the teller station says so in its capabilities)', async () => {
    const bridge = createFakeBridge({
      'print.capabilities': () =>
        ok({ receipt: { available: false, columns: null }, pdf: { save: true, print: false, email: false } }),
      'print.pdfSave': () =>
        ok({
          action: 'save' as const,
          fileName: 'documento.pdf',
          path: '/x/documento.pdf',
          sizeBytes: 1,
          pages: 1,
        }),
    })
    await signedInAt('/simulators/loan', bridge)
    await project('20000000', '36')
    expect(find('print-pdf-email').exists()).toBe(false)
    await find('print-pdf').trigger('click')
    await flushPromises()
    expect(find('print-status').text()).toBe('PDF guardado: documento.pdf (1 página).')
    expect(bridge.callsTo('print.pdf')).toEqual([])
    expect(bridge.callsTo('print.pdfSave')).toHaveLength(1)
  })

  it('shows no print buttons on a kiosk that cannot print', async () => {
    await signedInAt('/simulators/loan')
    await project('20000000', '36')
    expect(find('print-receipt').exists()).toBe(false)
    expect(find('print-pdf').exists()).toBe(false)
  })
})

describe('the simulators feature', () => {
  it('adds its tiles to the member home, and each leads to its screen', async () => {
    const { router } = await signedInAt('/home')
    for (const [title, route] of [
      ['Simulador de crédito', 'simulators-loan'],
      ['Simulador de CDAT', 'simulators-deposit'],
      ['Mis solicitudes', 'simulators-applications'],
    ] as const) {
      const tile = wrapper!.findAll('a.tile').find((a) => a.text().includes(title))!
      await tile.trigger('click')
      await flushPromises()
      expect(router.currentRoute.value.name).toBe(route)
      await find('home').trigger('click')
      await flushPromises()
      expect(router.currentRoute.value.name).toBe('home')
    }
  })

  it('forgets the member’s simulations and applications when the visit ends', async () => {
    const { pinia } = await signedInAt('/simulators/loan')
    await project('20000000', '36')
    const store = useSimulatorsStore(pinia)
    expect(store.loan).not.toBeNull()
    store.reset()
    expect(store.loan).toBeNull()
    expect(store.catalogue.data).toBeNull()
    expect(store.loanForm.amount).toBe('')
  })

  it('has English texts with the same keys and placeholders as Spanish', () => {
    const leaves = (o: object, prefix = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string'
          ? [[`${prefix}${k}`, v] as [string, string]]
          : leaves(v as object, `${prefix}${k}.`),
      )
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const english = new Map(leaves(en))
    expect([...english.keys()].sort()).toEqual(
      leaves(es)
        .map(([k]) => k)
        .sort(),
    )
    for (const [key, text] of leaves(es)) expect(holes(english.get(key)!), key).toEqual(holes(text))
  })
})
