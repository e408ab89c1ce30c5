import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CardDeferralsSchema,
  DeferralOptionsSchema,
  DeferralSchema,
  DeferralSimulationSchema,
  type DeferralRequest,
  type DeferralSimulation,
} from '../../shared/api/deferrals'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { simulateDeferral } from '../../shared/finance/deferral'
import { startTestSandbox, signInDemo, type TestSandbox } from '../testing/harness'

let sb: TestSandbox
let maria: string
let jorge: string
beforeAll(async () => {
  sb = await startTestSandbox({ profile: 'co' })
  maria = await signInDemo(sb.http, 'co', 'active')
  jorge = await signInDemo(sb.http, 'co', 'no-loans')
})
afterAll(() => sb.close())

const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code
const options = async (token = maria) =>
  DeferralOptionsSchema.parse((await sb.http.get('/v1/members/me/card-deferrals/options', { token })).body)
const simulate = (body: unknown, token = maria) =>
  sb.http.post('/v1/card-deferrals/simulations', body, { token })
const confirm = (simulation: unknown, key: string, token = maria) =>
  sb.http.post(
    '/v1/members/me/card-deferrals',
    { simulation },
    { token, headers: { 'idempotency-key': key } },
  )
let keys = 0
const newKey = () => `deferral-test-key-${String(++keys).padStart(4, '0')}`

async function simulated(request: DeferralRequest, token = maria): Promise<DeferralSimulation> {
  const res = await simulate(request, token)
  expect(res.status).toBe(200)
  return DeferralSimulationSchema.parse(res.body)
}

describe('deferrable purchases', () => {
  it("lists the member's card with its purchases of the last two periods, the rate and the plazos", async () => {
    const o = await options()
    expect(o.today).toBe('2026-03-15') // the test clock
    expect(o.months).toEqual([3, 6, 12, 18, 24, 36])
    expect(o.cards).toHaveLength(1)
    const card = o.cards[0]!
    expect(card).toMatchObject({ rateEa: '23.5', name: 'Tarjeta de crédito Visa Coopandes' })
    expect(card.maskedCardNumber).toMatch(/^\d{4} \*{4} \*{4} \d{4}$/)
    expect(card.purchases.length).toBeGreaterThanOrEqual(2)
    for (const p of card.purchases) {
      expect(p.description).toMatch(/^Compra /)
      expect(p.postedOn >= '2026-01-01' && p.postedOn <= '2026-02-28').toBe(true)
    }
    // Newest first, and the revolving balance is the card's balance (no deferral yet).
    const dates = card.purchases.map((p) => p.postedOn)
    expect(dates).toEqual(dates.toSorted().reverse())
    const product = (await sb.http.get(`/v1/products/${card.productId}`, { token: maria })).json<{
      balance: { amountMinor: number }
    }>()
    expect(card.revolvingBalance.amountMinor).toBe(product.balance.amountMinor)
  })

  it('needs a session and answers only for the member’s own card', async () => {
    expect((await sb.http.get('/v1/members/me/card-deferrals/options')).status).toBe(401)
    const card = (await options()).cards[0]!
    const res = await simulate({ productId: card.productId, source: { kind: 'revolving' }, months: 6 }, jorge)
    expect(res.status).toBe(404)
    expect(errorCode(res.body)).toBe('NOT_FOUND')
  })
})

describe('simulation', () => {
  it('computes with the shared code: the figures the kiosk shows', async () => {
    const o = await options()
    const card = o.cards[0]!
    const ids = card.purchases.slice(0, 2).map((p) => p.movementId)
    const request = {
      productId: card.productId,
      source: { kind: 'purchases', movementIds: ids },
      months: 6,
    } as const
    const s = await simulated(request)
    expect(s).toEqual(simulateDeferral(card, request, '2026-03-15', 'COP'))
    expect(s.total.amountMinor).toBe(
      card.purchases[0]!.amount.amountMinor + card.purchases[1]!.amount.amountMinor,
    )
    expect(s.installments[0]!.dueDate).toBe('2026-04-15') // next month
    expect(s.installments.reduce((t, i) => t + i.installment.amountMinor, 0)).toBe(s.totalToPay.amountMinor)
  })

  it('refuses a plazo the cooperative does not offer, an unknown purchase and a malformed request', async () => {
    const card = (await options()).cards[0]!
    const base = { productId: card.productId, source: { kind: 'revolving' } }
    const odd = await simulate({ ...base, months: 7 })
    expect([odd.status, errorCode(odd.body)]).toEqual([400, 'VALIDATION'])
    const unknown = await simulate({ ...base, source: { kind: 'purchases', movementIds: ['1'] }, months: 6 })
    expect([unknown.status, errorCode(unknown.body)]).toEqual([409, 'CONFLICT'])
    const twice = card.purchases[0]!.movementId
    const dup = await simulate({
      ...base,
      source: { kind: 'purchases', movementIds: [twice, twice] },
      months: 6,
    })
    expect(dup.status).toBe(400)
  })
})

describe('confirmation', () => {
  it('records the deferral once per key, then its purchases cannot be deferred again', async () => {
    const card = (await options()).cards[0]!
    const chosen = card.purchases.slice(0, 2)
    const s = await simulated({
      productId: card.productId,
      source: { kind: 'purchases', movementIds: chosen.map((p) => p.movementId) },
      months: 6,
    })
    const key = newKey()
    const res = await confirm(s, key)
    expect(res.status).toBe(200)
    const d = DeferralSchema.parse(res.body)
    expect(d.number).toMatch(/^DF-2026-\d{6}$/)
    expect(d.simulation).toEqual(s)

    // A retry with the same key answers the stored deferral and records nothing more.
    const again = await confirm(s, key)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(res.body)
    const count = sb.db.prepare('SELECT count(*) AS n FROM card_deferrals').get() as { n: number }
    expect(count.n).toBe(1)

    // The same key with another body.
    const other = await confirm({ ...s, months: 12 }, key)
    expect([other.status, errorCode(other.body)]).toEqual([422, 'IDEMPOTENCY_MISMATCH'])

    // The purchases left the list, the revolving balance lost their amount; a new key cannot defer them again.
    const after = (await options()).cards[0]!
    expect(after.purchases.map((p) => p.movementId)).not.toContain(chosen[0]!.movementId)
    expect(after.revolvingBalance.amountMinor).toBe(card.revolvingBalance.amountMinor - s.total.amountMinor)
    const twice = await confirm(s, newKey())
    expect([twice.status, errorCode(twice.body)]).toEqual([409, 'CONFLICT'])
  })

  it('refuses a simulation whose figures differ from the core’s, or made another day', async () => {
    const card = (await options()).cards[0]!
    const s = await simulated({ productId: card.productId, source: { kind: 'revolving' }, months: 12 })
    const cheaper = { ...s, installment: { ...s.installment, amountMinor: s.installment.amountMinor - 1 } }
    const res = await confirm(cheaper, newKey())
    expect([res.status, errorCode(res.body)]).toEqual([409, 'CONFLICT'])
    const old = await confirm({ ...s, startDate: '2026-03-14' }, newKey())
    expect([old.status, errorCode(old.body)]).toEqual([409, 'CONFLICT'])
    const noKey = await sb.http.post('/v1/members/me/card-deferrals', { simulation: s }, { token: maria })
    expect(noKey.status).toBe(400)
  })

  it('a card shows every deferral’s installments from next month, added up by month', async () => {
    const card = (await options()).cards[0]!
    const first = (await sb.http.get(`/v1/products/${card.productId}/deferrals`, { token: maria })).body
    const before = CardDeferralsSchema.parse(first)
    expect(before.months).toHaveLength(6)
    expect(before.months[0]!.month).toBe('2026-04')

    // The revolving balance (what the card owes outside the first deferral), over 12 months.
    const s = await simulated({ productId: card.productId, source: { kind: 'revolving' }, months: 12 })
    expect(s.total).toEqual(card.revolvingBalance)
    const d = DeferralSchema.parse((await confirm(s, newKey())).body)
    const after = CardDeferralsSchema.parse(
      (await sb.http.get(`/v1/products/${card.productId}/deferrals`, { token: maria })).body,
    )
    expect(after.months).toHaveLength(12)
    const april = after.months[0]!
    expect(april.installments.map((i) => [i.installmentNumber, i.months])).toEqual([
      [1, 6],
      [1, 12],
    ])
    expect(april.total.amountMinor).toBe(
      before.months[0]!.total.amountMinor + s.installments[0]!.installment.amountMinor,
    )
    expect(april.installments[1]!.number).toBe(d.number)
    expect(after.deferredBalance.amountMinor).toBe(before.deferredBalance.amountMinor + s.total.amountMinor)
    // Nothing is left to defer: no revolving balance, no purchase.
    const left = (await options()).cards[0]!
    expect([left.revolvingBalance.amountMinor, left.purchases]).toEqual([0, []])
    const none = await simulate({ productId: card.productId, source: { kind: 'revolving' }, months: 6 })
    expect([none.status, errorCode(none.body)]).toEqual([400, 'VALIDATION'])

    // Another member cannot read it.
    expect((await sb.http.get(`/v1/products/${card.productId}/deferrals`, { token: jorge })).status).toBe(404)
  })
})
