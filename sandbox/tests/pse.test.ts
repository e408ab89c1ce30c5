import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { PsePaymentSchema, type PseDraft, type PsePayment } from '../../shared/api/pse'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import { invariant, newKey, payingDemos, signInMember, type PayingMember } from '../testing/payments'

let sb: TestSandbox
let maria: PayingMember
let other: PayingMember
const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code

const create = (who: PayingMember, draft: PseDraft, key = newKey()) =>
  sb.http.post('/v1/payments/pse', draft, { token: who.token, headers: { 'idempotency-key': key } })
const draftOf = (who: PayingMember, amountMinor = 5_000_000): PseDraft => ({
  accountId: who.accounts[0]!.id,
  amount: { amountMinor, currency: 'COP' },
})
async function created(who: PayingMember, draft = draftOf(who), key = newKey()): Promise<PsePayment> {
  const res = await create(who, draft, key)
  expect(res.status).toBe(200)
  return PsePaymentSchema.parse(res.body)
}
const balance = (productId: string) =>
  (
    sb.db.prepare('SELECT balance_minor FROM products WHERE id = ?').get(productId) as {
      balance_minor: number
    }
  ).balance_minor
/** What the demo bank's page does: a plain HTML form post (urlencoded), answered with the page. */
const decide = (p: PsePayment, decision: string) =>
  fetch(`${p.checkoutUrl}/${decision}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  }).then(async (r) => ({
    status: r.status,
    html: await r.text(),
  }))
const status = async (who: PayingMember, p: PsePayment) =>
  PsePaymentSchema.parse((await sb.http.get(`/v1/payments/pse/${p.paymentId}`, { token: who.token })).body)

beforeAll(async () => {
  sb = await startTestSandbox({ profile: 'co', sessionTtlSeconds: 3600 })
  const demos = payingDemos('co')
  maria = await signInMember(
    sb.http,
    demos.find((d) => d.idNumber === '52874193')!,
  )
  other = await signInMember(
    sb.http,
    demos.find((d) => d.idNumber === '80123456')!,
  )
})
afterAll(() => sb.close())

describe('a PSE payment', () => {
  it('has a 15-digit reference, a description, the total, "Paga antes del" and a link to the gateway', async () => {
    const p = await created(maria)
    expect(p.status).toBe('created')
    expect(p.reference).toMatch(/^\d{15}$/)
    expect(p.total).toEqual({ amountMinor: 5_000_000, currency: 'COP' })
    expect(Date.parse(p.payBefore) - Date.parse(p.createdAt)).toBe(30 * 60_000)
    expect(p.checkoutUrl.startsWith(`${sb.url}/sandbox/pse/checkout/`)).toBe(true)
    expect(p.account.maskedNumber).toMatch(/^\*{4}\d{4}$/)
    const page = await fetch(p.checkoutUrl).then((r) => r.text())
    expect(page).toContain(p.reference)
    expect(page).toContain('Paga antes del')
    expect(page).toContain('1 ¿Cómo quieres pagar?')
  })

  it('is created once per key: a repeat answers the same payment, another body 422', async () => {
    const key = newKey()
    const first = await created(maria, draftOf(maria), key)
    const again = await created(maria, draftOf(maria), key)
    expect(again.paymentId).toBe(first.paymentId)
    const other = await create(maria, draftOf(maria, 6_000_000), key)
    expect(other.status).toBe(422)
    expect(errorCode(other.body)).toBe('IDEMPOTENCY_MISMATCH')
  })

  it('approved by the bank: the money arrives once, in movements, and the invariant holds', async () => {
    const account = maria.accounts[0]!.id
    const before = balance(account)
    const p = await created(maria)
    const page = await decide(p, 'approve')
    expect(page.status).toBe(200)
    expect(page.html).toContain('data-status="approved"')
    const done = await status(maria, p)
    expect(done.status).toBe('approved')
    expect(done.receipt?.receiptNumber).toMatch(/^PS\d{15}$/)
    expect(done.receipt?.balanceAfter.amountMinor).toBe(before + 5_000_000)
    expect(balance(account)).toBe(before + 5_000_000)
    const check = await sb.http.get(`/v1/payments/pse/receipts/${done.receipt!.verificationCode}/verify`)
    expect(check.json()).toMatchObject({ receiptNumber: done.receipt!.receiptNumber, reference: p.reference })
    // A second approval changes nothing.
    expect((await decide(p, 'approve')).status).toBe(409)
    expect(balance(account)).toBe(before + 5_000_000)
    const movement = sb.db
      .prepare(
        'SELECT description, amount_minor FROM movements WHERE product_id = ? ORDER BY id DESC LIMIT 1',
      )
      .get(account) as { description: string; amount_minor: number }
    expect(movement).toEqual({ description: `Recarga PSE · Ref. ${p.reference}`, amount_minor: 5_000_000 })
    const inv = await invariant(sb.http)
    expect(inv.holds).toBe(true)
    expect(inv.externalMinor).toBeLessThanOrEqual(-5_000_000)
  })

  it('rejected, or left pending at the bank then decided: nothing moves until approval', async () => {
    const account = maria.accounts[0]!.id
    const before = balance(account)
    const rejected = await created(maria)
    await decide(rejected, 'reject')
    expect((await status(maria, rejected)).status).toBe('rejected')
    const pending = await created(maria)
    await decide(pending, 'pending')
    expect((await status(maria, pending)).status).toBe('pending')
    // At the bank it can no longer be cancelled at the kiosk.
    const cancel = await sb.http.post(`/v1/payments/pse/${pending.paymentId}/cancel`, undefined, {
      token: maria.token,
    })
    expect(cancel.status).toBe(409)
    expect(balance(account)).toBe(before)
    await decide(pending, 'approve')
    expect((await status(maria, pending)).status).toBe('approved')
    expect(balance(account)).toBe(before + 5_000_000)
  })

  it('"Cancelar proceso" cancels an unpaid one; the bank can no longer approve it', async () => {
    const p = await created(maria)
    const res = await sb.http.post(`/v1/payments/pse/${p.paymentId}/cancel`, undefined, {
      token: maria.token,
    })
    expect(PsePaymentSchema.parse(res.body).status).toBe('cancelled')
    expect((await decide(p, 'approve')).status).toBe(409)
  })

  it('expires unpaid after "Paga antes del"', async () => {
    const p = await created(maria)
    sb.clock.advance(31 * 60)
    expect((await status(maria, p)).status).toBe('expired')
    expect((await decide(p, 'approve')).status).toBe(409)
  })

  it("is only the member's own: another member's account or payment looks unknown", async () => {
    const foreign = await create(maria, draftOf(other))
    expect(foreign.status).toBe(404)
    const p = await created(maria)
    const peek = await sb.http.get(`/v1/payments/pse/${p.paymentId}`, { token: other.token })
    expect(peek.status).toBe(404)
    const cancel = await sb.http.post(`/v1/payments/pse/${p.paymentId}/cancel`, undefined, {
      token: other.token,
    })
    expect(cancel.status).toBe(404)
  })

  it('enforces the profile minimum and maximum, and the currency', async () => {
    expect(errorCode((await create(maria, draftOf(maria, 100))).body)).toBe('LIMIT_EXCEEDED')
    expect(errorCode((await create(maria, draftOf(maria, 600_000_000))).body)).toBe('LIMIT_EXCEEDED')
    const usd = await create(maria, {
      accountId: maria.accounts[0]!.id,
      amount: { amountMinor: 5000, currency: 'USD' },
    })
    expect(errorCode(usd.body)).toBe('VALIDATION')
  })

  it('is found by key for reconciliation without a session; an unknown key is 404', async () => {
    const key = newKey()
    const p = await created(maria, draftOf(maria), key)
    const found = await sb.http.get(`/v1/payments/pse/by-key/${key}`)
    expect(PsePaymentSchema.parse(found.body).paymentId).toBe(p.paymentId)
    expect((await sb.http.get(`/v1/payments/pse/by-key/${newKey()}`)).status).toBe(404)
  })

  it('answers 409 to a repeat or a look-up while the first creation is in flight', async () => {
    await sb.http.post('/sandbox/payments/faults', {
      route: 'pseCreate',
      kind: 'delay',
      phase: 'before',
      delayMs: 400,
    })
    const key = newKey()
    const first = create(maria, draftOf(maria), key)
    await new Promise((r) => setTimeout(r, 100))
    expect((await sb.http.get(`/v1/payments/pse/by-key/${key}`)).status).toBe(409)
    expect((await create(maria, draftOf(maria), key)).status).toBe(409)
    expect((await first).status).toBe(200)
    expect((await sb.http.get(`/v1/payments/pse/by-key/${key}`)).status).toBe(200)
  })

  it('with a fault after creating, a retry with the key gets the one payment created', async () => {
    await sb.http.post('/sandbox/payments/faults', { route: 'pseCreate', kind: 'http500', phase: 'after' })
    const key = newKey()
    expect((await create(maria, draftOf(maria), key)).status).toBe(500)
    const retry = await created(maria, draftOf(maria), key)
    const count = sb.db
      .prepare('SELECT count(*) AS n FROM pse_payments WHERE idempotency_key = ?')
      .get(key) as {
      n: number
    }
    expect(count.n).toBe(1)
    expect(retry.status).toBe('created')
  })
})
