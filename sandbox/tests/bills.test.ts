import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  BillChallengeSchema,
  BillerCatalogueSchema,
  BillHistorySchema,
  BillOperationByKeySchema,
  CardPaymentOptionsSchema,
  ScheduleListSchema,
  ServiceListSchema,
} from '../../shared/api/bills'
import { ProductDetailSchema } from '../../shared/api/products-detail'
import {
  cardNumberFor,
  contractFor,
  moveClock,
  payBill,
  payCard,
  receiptOf,
  registerCard,
  registerService,
  scheduleService,
} from '../testing/bills'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import {
  invariant,
  lastCode,
  newKey,
  payingDemos,
  signInMember,
  transfer,
  type PayingMember,
} from '../testing/payments'

let sb: TestSandbox
let maria: PayingMember
let jorge: PayingMember
const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code
const services = async (who: PayingMember) =>
  ServiceListSchema.parse((await sb.http.get('/v1/bills/services', { token: who.token })).body).services
const history = async (who: PayingMember) =>
  BillHistorySchema.parse((await sb.http.get('/v1/bills/history', { token: who.token })).body).payments
const available = async (who: PayingMember, accountId: string) => {
  const res = await sb.http.get('/v1/payments/accounts', { token: who.token })
  return res
    .json<{ accounts: { id: string; available: { amountMinor: number } }[] }>()
    .accounts.find((a) => a.id === accountId)!.available.amountMinor
}

beforeAll(async () => {
  sb = await startTestSandbox({
    profile: 'co',
    sendCooldownSeconds: 0,
    sendsPerDay: 1000,
    otpResendSeconds: 0,
    sessionTtlSeconds: 86_400,
  })
  const demos = payingDemos('co')
  maria = await signInMember(
    sb.http,
    demos.find((d) => d.idNumber === '52874193')!,
  )
  jorge = await signInMember(
    sb.http,
    demos.find((d) => d.idNumber === '80123456')!,
  )
})
afterAll(async () => sb?.close())

describe('catalogue and registration', () => {
  it('lists the profile’s billers by category, top-ups with their range', async () => {
    const { billers } = BillerCatalogueSchema.parse(
      (await sb.http.get('/v1/bills/catalogue', { token: maria.token })).body,
    )
    expect(billers.map((b) => b.id)).toContain('epm-energia')
    const topup = billers.find((b) => b.id === 'movistar-recarga')!
    expect(topup).toMatchObject({ kind: 'topup', category: 'topup', minAmount: { currency: 'COP' } })
    expect((await sb.http.get('/v1/bills/catalogue')).status).toBe(401)
  })

  it('refuses a contract number whose check digit is wrong, before any code is sent', async () => {
    const good = contractFor('co', 'epm-energia', '5501')
    const bad = good.slice(0, -1) + String((Number(good.at(-1)) + 1) % 10)
    const res = await sb.http.post(
      '/v1/bills/services/authorizations',
      { billerId: 'epm-energia', contractNumber: bad, debitAccountId: maria.accounts[0]!.id },
      { token: maria.token },
    )
    expect(res.status).toBe(400)
    expect(errorCode(res.body)).toBe('VALIDATION')
  })

  it('binds the code to the contract: a code sent for one contract registers no other', async () => {
    const draft = {
      billerId: 'vanti-gas',
      contractNumber: contractFor('co', 'vanti-gas', '4410'),
      debitAccountId: maria.accounts[0]!.id,
    }
    const a = BillChallengeSchema.parse(
      (await sb.http.post('/v1/bills/services/authorizations', draft, { token: maria.token })).body,
    )
    expect(a.authorises).toMatchObject({ purpose: 'service', billerName: 'Vanti Gas Natural' })
    expect(a.maskedPhone).toMatch(/\*/)
    const code = await lastCode(sb.http, maria.demo.idNumber)
    const other = { ...draft, contractNumber: contractFor('co', 'vanti-gas', '4420') }
    const res = await sb.http.post(
      '/v1/bills/services',
      { ...other, challengeId: a.challengeId, code },
      { token: maria.token },
    )
    expect(res.status).toBe(401)
    expect(errorCode(res.body)).toBe('CODE_INVALID')
    const ok = await sb.http.post(
      '/v1/bills/services',
      { ...draft, challengeId: a.challengeId, code },
      { token: maria.token },
    )
    expect(ok.status).toBe(200)
  })

  it("refuses another member's account as the debit account, and hides services from other members", async () => {
    const res = await sb.http.post(
      '/v1/bills/services/authorizations',
      {
        billerId: 'epm-energia',
        contractNumber: contractFor('co', 'epm-energia', '9000'),
        debitAccountId: jorge.accounts[0]!.id,
      },
      { token: maria.token },
    )
    expect(res.status).toBe(404)
    const [mine] = await services(maria)
    const pay = await payBill(sb.http, jorge.token, {
      serviceId: mine!.id,
      originAccountId: jorge.accounts[0]!.id,
      amount: { amountMinor: 100, currency: 'COP' },
    })
    expect(pay.status).toBe(404)
  })
})

describe('pay now', () => {
  it('pays exactly the amount due once, replays the key, refuses it with another body; money conserved', async () => {
    const service = await registerService(sb.http, maria, {
      billerId: 'epm-energia',
      contractNumber: contractFor('co', 'epm-energia', '1200'),
      debitAccountId: maria.accounts[0]!.id,
    })
    const due = service.amountDue!
    expect(due.amountMinor).toBeGreaterThan(0)
    const before = await available(maria, maria.accounts[0]!.id)
    const body = { serviceId: service.id, originAccountId: maria.accounts[0]!.id, amount: due }
    const wrong = await payBill(sb.http, maria.token, {
      ...body,
      amount: { ...due, amountMinor: due.amountMinor + 100 },
    })
    expect(errorCode(wrong.body)).toBe('VALIDATION')
    const key = newKey()
    const receipt = receiptOf(await payBill(sb.http, maria.token, body, key))
    expect(receipt).toMatchObject({ kind: 'bill', automatic: false, amount: due, status: 'completed' })
    expect(receipt.receiptNumber).toMatch(/^PS/)
    expect(receiptOf(await payBill(sb.http, maria.token, body, key))).toEqual(receipt)
    const other = await payBill(
      sb.http,
      maria.token,
      { ...body, originAccountId: maria.accounts[1]!.id },
      key,
    )
    expect(other.status).toBe(422)
    expect(await available(maria, maria.accounts[0]!.id)).toBe(before - due.amountMinor)
    expect((await services(maria)).find((s) => s.id === service.id)!.amountDue!.amountMinor).toBe(0)
    // Paid this month: a new key cannot pay it twice.
    expect((await payBill(sb.http, maria.token, body)).status).toBe(409)
    expect((await invariant(sb.http)).holds).toBe(true)
    const verify = await sb.http.get(`/v1/bills/receipts/${receipt.verificationCode}/verify`)
    expect(verify.json()).toMatchObject({ receiptNumber: receipt.receiptNumber })
  })

  it('tops up any amount within the company’s range', async () => {
    const service = await registerService(sb.http, maria, {
      billerId: 'tigo-recarga',
      contractNumber: contractFor('co', 'tigo-recarga', '15'),
      debitAccountId: maria.accounts[0]!.id,
    })
    expect(service.amountDue).toBeUndefined()
    const body = { serviceId: service.id, originAccountId: maria.accounts[0]!.id }
    expect(
      (await payBill(sb.http, maria.token, { ...body, amount: { amountMinor: 50, currency: 'COP' } })).status,
    ).toBe(400)
    const r = receiptOf(
      await payBill(sb.http, maria.token, { ...body, amount: { amountMinor: 2_000_000, currency: 'COP' } }),
    )
    expect(r.kind).toBe('topup')
  })

  it('an after-applying fault loses only the answer: the key finds the receipt and a retry replays it', async () => {
    const service = await registerService(sb.http, jorge, {
      billerId: 'acueducto-bogota',
      contractNumber: contractFor('co', 'acueducto-bogota', '3030'),
      debitAccountId: jorge.accounts[0]!.id,
    })
    const body = { serviceId: service.id, originAccountId: jorge.accounts[0]!.id, amount: service.amountDue! }
    await sb.http.post('/sandbox/payments/faults', { route: 'billPay', kind: 'http500', phase: 'after' })
    const key = newKey()
    expect((await payBill(sb.http, jorge.token, body, key)).status).toBe(500)
    const found = BillOperationByKeySchema.parse(
      (await sb.http.get(`/v1/bills/operations/by-key/${key}`)).body,
    )
    expect(receiptOf(await payBill(sb.http, jorge.token, body, key))).toEqual(found.receipt)
    expect(
      (await history(jorge)).filter((p) => p.receiptNumber === found.receipt.receiptNumber),
    ).toHaveLength(1)
    await sb.http.post('/sandbox/payments/faults', { route: 'billPay', kind: 'reset', phase: 'before' })
    const key2 = newKey()
    await payBill(sb.http, jorge.token, body, key2).catch(() => undefined)
    expect((await sb.http.get(`/v1/bills/operations/by-key/${key2}`)).status).toBe(404)
    expect((await invariant(sb.http)).holds).toBe(true)
  })
})

describe('automatic payments', () => {
  it('runs when the clock passes the day, shows in the history as automatic, and stops once cancelled', async () => {
    const service = await registerService(sb.http, jorge, {
      billerId: 'claro-hogar',
      contractNumber: contractFor('co', 'claro-hogar', '7070'),
      debitAccountId: jorge.accounts[0]!.id,
    })
    const now = new Date((await moveClock(sb.http, {})).now)
    const day = Math.min(28, now.getUTCDate() + 1 > 28 ? 1 : now.getUTCDate() + 1)
    const schedule = await scheduleService(sb.http, jorge, {
      serviceId: service.id,
      originAccountId: jorge.accounts[0]!.id,
      dayOfMonth: day,
    })
    expect(schedule.status).toBe('active')
    const listed = ScheduleListSchema.parse(
      (await sb.http.get('/v1/bills/schedules', { token: jorge.token })).body,
    )
    expect(listed.schedules.map((s) => s.id)).toContain(schedule.id)
    const before = await available(jorge, jorge.accounts[0]!.id)
    const due = (await services(jorge)).find((s) => s.id === service.id)!.amountDue!.amountMinor
    await moveClock(sb.http, { at: `${schedule.nextRunOn}T13:00:00.000Z` })
    const runs = (await history(jorge)).filter((p) => p.automatic && p.destination.name === 'Claro Hogar')
    expect(runs[0]).toMatchObject({ status: 'completed', automatic: true })
    expect(await available(jorge, jorge.accounts[0]!.id)).toBe(before - due)
    const cancelled = await sb.http.delete(`/v1/bills/schedules/${schedule.id}`, { token: jorge.token })
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' })
    await moveClock(sb.http, { advanceDays: 40 })
    expect(
      (await history(jorge)).filter((p) => p.automatic && p.destination.name === 'Claro Hogar'),
    ).toHaveLength(1)
    expect((await invariant(sb.http)).holds).toBe(true)
  })

  it('a run without funds is recorded as failed and nothing moves (never negative)', async () => {
    const [main, second] = maria.accounts
    const service = await registerService(sb.http, maria, {
      billerId: 'coopandes-exequial',
      contractNumber: contractFor('co', 'coopandes-exequial', '88'),
      debitAccountId: second!.id,
    })
    // Leave the second account almost empty.
    const left = await available(maria, second!.id)
    await transfer(sb.http, maria, {
      originAccountId: second!.id,
      destination: { kind: 'own', accountId: main!.id },
      amount: { amountMinor: left - 100, currency: 'COP' },
      reference: 'Vaciar',
    })
    const now = new Date((await moveClock(sb.http, {})).now)
    const schedule = await scheduleService(sb.http, maria, {
      serviceId: service.id,
      originAccountId: second!.id,
      dayOfMonth: now.getUTCDate() > 27 ? 1 : now.getUTCDate() + 1,
    })
    await moveClock(sb.http, { at: `${schedule.nextRunOn}T13:00:00.000Z` })
    const failed = (await history(maria)).find((p) => p.destination.name.includes('exequial'))!
    expect(failed).toMatchObject({ status: 'failed', automatic: true, failure: 'INSUFFICIENT_FUNDS' })
    expect(await available(maria, second!.id)).toBe(100)
    const inv = await invariant(sb.http)
    expect(inv).toMatchObject({ holds: true, negativeAccounts: 0 })
  })

  it('only bills can be scheduled, with a code bound to the day', async () => {
    const [topup] = (await services(maria)).filter((s) => s.biller.kind === 'topup')
    const res = await sb.http.post(
      '/v1/bills/schedules/authorizations',
      { serviceId: topup!.id, originAccountId: maria.accounts[0]!.id, dayOfMonth: 5 },
      { token: maria.token },
    )
    expect(res.status).toBe(400)
    const bill = (await services(maria)).find((s) => s.biller.kind === 'bill')!
    const draft = { serviceId: bill.id, originAccountId: maria.accounts[0]!.id, dayOfMonth: 5 }
    const a = BillChallengeSchema.parse(
      (await sb.http.post('/v1/bills/schedules/authorizations', draft, { token: maria.token })).body,
    )
    const code = await lastCode(sb.http, maria.demo.idNumber)
    const other = await sb.http.post(
      '/v1/bills/schedules',
      { ...draft, dayOfMonth: 6, challengeId: a.challengeId, code },
      { token: maria.token },
    )
    expect(errorCode(other.body)).toBe('CODE_INVALID')
  })
})

describe('card payments', () => {
  it("pays the cooperative's card (minimum, then another amount) and the card's balance goes down", async () => {
    const options = CardPaymentOptionsSchema.parse(
      (await sb.http.get('/v1/cards/payment-options', { token: maria.token })).body,
    )
    const card = options.own[0]!
    expect(card.total.amountMinor).toBeGreaterThan(0)
    const origin = maria.accounts[0]!.id
    const tooMuch = await payCard(sb.http, maria.token, {
      originAccountId: origin,
      card: { kind: 'own', productId: card.productId, option: 'other' },
      amount: { amountMinor: card.total.amountMinor + 100, currency: 'COP' },
    })
    expect(errorCode(tooMuch.body)).toBe('VALIDATION')
    const r = receiptOf(
      await payCard(sb.http, maria.token, {
        originAccountId: origin,
        card: { kind: 'own', productId: card.productId, option: 'other' },
        amount: { amountMinor: 1_000_000, currency: 'COP' },
      }),
    )
    expect(r).toMatchObject({ kind: 'card_own', fee: { amountMinor: 0 } })
    const detail = ProductDetailSchema.parse(
      (await sb.http.get(`/v1/products/${card.productId}`, { token: maria.token })).body,
    )
    expect(detail.balance.amountMinor).toBe(card.total.amountMinor - 1_000_000)
    expect((await invariant(sb.http)).holds).toBe(true)
    // Another member cannot pay it as theirs.
    const foreign = await payCard(sb.http, jorge.token, {
      originAccountId: jorge.accounts[0]!.id,
      card: { kind: 'own', productId: card.productId, option: 'other' },
      amount: { amountMinor: 100, currency: 'COP' },
    })
    expect(foreign.status).toBe(404)
  })

  it("registers another bank's card with a code, then pays it with the ACH fee", async () => {
    const bad = await sb.http.post(
      '/v1/cards/other/authorizations',
      { bankId: 'bancolombia', cardNumber: '4111111111111112' },
      { token: maria.token },
    )
    expect(bad.status).toBe(400)
    const card = await registerCard(sb.http, maria, {
      bankId: 'bancolombia',
      cardNumber: cardNumberFor('4539'),
    })
    expect(card.maskedCardNumber).toMatch(/^4539 \*{4} \*{4} \d{4}$/)
    const r = receiptOf(
      await payCard(sb.http, maria.token, {
        originAccountId: maria.accounts[0]!.id,
        card: { kind: 'other', cardId: card.id },
        amount: { amountMinor: 5_000_000, currency: 'COP' },
      }),
    )
    expect(r).toMatchObject({ kind: 'card_other', fee: { amountMinor: 350_000 } })
    expect((await invariant(sb.http)).holds).toBe(true)
  })
})

describe('under concurrent requests', () => {
  it('one key sent 20 times at once pays once; 30 payments racing for too little money never go negative', async () => {
    const carmen = await signInMember(
      sb.http,
      payingDemos('co').find((d) => d.role === 'overdue-loan')!,
    )
    const origin = carmen.accounts[0]!.id
    const service = await registerService(sb.http, carmen, {
      billerId: 'movistar-recarga',
      contractNumber: contractFor('co', 'movistar-recarga', '42'),
      debitAccountId: origin,
    })
    const avail = await available(carmen, origin)
    // Three payments fit; a fourth does not.
    const per = Math.floor(avail / 3)
    expect(per).toBeGreaterThanOrEqual(100_000)
    expect(per).toBeLessThanOrEqual(20_000_000)
    const body = {
      serviceId: service.id,
      originAccountId: origin,
      amount: { amountMinor: per, currency: 'COP' },
    }
    const key = newKey()
    const same = await Promise.all(
      Array.from({ length: 20 }, () => payBill(sb.http, carmen.token, body, key)),
    )
    expect(same.every((r) => r.status === 200 || r.status === 409)).toBe(true)
    const count = () =>
      (
        sb.db.prepare('SELECT count(*) AS n FROM bill_operations WHERE target_id = ?').get(service.id) as {
          n: number
        }
      ).n
    expect(count()).toBe(1)
    const race = await Promise.all(Array.from({ length: 30 }, () => payBill(sb.http, carmen.token, body)))
    expect(race.filter((r) => r.status === 200)).toHaveLength(2)
    expect(
      race.filter((r) => r.status !== 200).every((r) => errorCode(r.body) === 'INSUFFICIENT_FUNDS'),
    ).toBe(true)
    expect(count()).toBe(3)
    expect(await available(carmen, origin)).toBe(avail - 3 * per)
    expect(await invariant(sb.http)).toMatchObject({ holds: true, negativeAccounts: 0 })
  })
})

describe('the pa profile', () => {
  it("lists seed 004's billers and the services inside the cooperative, in USD", async () => {
    const pa = await startTestSandbox({ profile: 'pa', sendCooldownSeconds: 0 })
    try {
      const who = await signInMember(pa.http, payingDemos('pa')[0]!)
      const { billers } = BillerCatalogueSchema.parse(
        (await pa.http.get('/v1/bills/catalogue', { token: who.token })).body,
      )
      const names = billers.map((b) => b.name)
      for (const n of [
        'ENSA',
        '+Móvil recargas',
        'ENA (Panapass)',
        'Sonda (Metrobus y Metro)',
        'Cooperativa · Seguros',
      ])
        expect(names).toContain(n)
      expect(billers.find((b) => b.id === 'digicel')).toMatchObject({
        kind: 'topup',
        minAmount: { currency: 'USD' },
      })
      const service = await registerService(pa.http, who, {
        billerId: 'ensa',
        contractNumber: contractFor('pa', 'ensa', '3300'),
        debitAccountId: who.accounts[0]!.id,
      })
      expect(service.amountDue!.currency).toBe('USD')
    } finally {
      await pa.close()
    }
  })
})
