import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  ObligationListSchema,
  ObligationReceiptSchema,
  RequirementsSchema,
  type ObligationList,
  type ObligationPaymentDraft,
} from '../../shared/api/obligations'
import { OperationByKeySchema } from '../../shared/api/payments'
import type { ProductDetail } from '../../shared/api/products'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import { invariant, newKey, payingDemos, signInMember, type PayingMember } from '../testing/payments'

let co: TestSandbox
let pa: TestSandbox
let maria: PayingMember
let jorge: PayingMember
let roberto: PayingMember
const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code

const list = async (sb: TestSandbox, who: PayingMember): Promise<ObligationList> =>
  ObligationListSchema.parse((await sb.http.get('/v1/payments/obligations', { token: who.token })).json())
const pay = (sb: TestSandbox, who: PayingMember, key: string, draft: ObligationPaymentDraft) =>
  sb.http.post('/v1/payments/obligations/payments', draft, {
    token: who.token,
    headers: { 'idempotency-key': key },
  })
const requirements = (sb: TestSandbox, who: PayingMember, draft: ObligationPaymentDraft) =>
  sb.http.post('/v1/payments/obligations/requirements', draft, { token: who.token })
const detail = async (sb: TestSandbox, who: PayingMember, id: string) =>
  (await sb.http.get(`/v1/products/${id}`, { token: who.token })).json<ProductDetail>()
const available = async (sb: TestSandbox, who: PayingMember, id: string) =>
  (await detail(sb, who, id)).balance.amountMinor
const byConcept = (l: ObligationList, concept: string) => l.obligations.find((o) => o.concept === concept)!

beforeAll(async () => {
  co = await startTestSandbox({ profile: 'co', sessionTtlSeconds: 3600 })
  pa = await startTestSandbox({ profile: 'pa', sessionTtlSeconds: 3600 })
  const demos = payingDemos('co')
  maria = await signInMember(
    co.http,
    demos.find((d) => d.idNumber === '52874193')!,
  )
  jorge = await signInMember(
    co.http,
    demos.find((d) => d.idNumber === '80123456')!,
  )
  roberto = await signInMember(
    pa.http,
    payingDemos('pa').find((d) => d.idNumber === '87654321')!,
  )
})
afterAll(() => {
  co.close()
  pa.close()
})

describe('the obligations a member can pay', () => {
  it('lists aportes, loans and other obligations with the next due amount, masked like every product number', async () => {
    const l = await list(co, maria)
    expect(l.obligations.map((o) => o.concept)).toEqual([
      'Aportes sociales',
      'Crédito de libre inversión',
      'Ahorros permanentes',
      'Convenio de medicina prepagada',
    ])
    const aportes = byConcept(l, 'Aportes sociales')
    expect(aportes).toMatchObject({ kind: 'contribution', collection: 'counter', nextDue: COP(8_500_000) })
    expect(aportes.obligation).toMatch(/^\S+ - \*{4}\d{4}$/)
    expect(byConcept(l, 'Ahorros permanentes').nextDue).toEqual(COP(4_590_000))
    expect(l.totals.nextDue.amountMinor).toBe(l.obligations.reduce((s, o) => s + o.nextDue.amountMinor, 0))
  })
})

describe('paying obligations', () => {
  it('pays the next due aportes (a partial payment of what is owed) once, lowering what is due and debiting once', async () => {
    const before = await list(co, maria)
    const aportes = byConcept(before, 'Aportes sociales')
    const from = maria.accounts[0]!.id
    const balance = await available(co, maria, from)
    const contribution = (await detail(co, maria, aportes.id)).balance.amountMinor
    const draft: ObligationPaymentDraft = {
      mode: 'individual',
      lines: [{ obligationId: aportes.id, amount: aportes.nextDue }],
      sources: [{ kind: 'savings', accountId: from, amount: aportes.nextDue }],
    }
    const check = RequirementsSchema.parse((await requirements(co, maria, draft)).json())
    expect(check.met).toBe(true)
    expect(check.requirements.map((r) => [r.id, r.meets])).toEqual([
      ['amount_allowed', true],
      ['sources_total', true],
      ['savings_balance', true],
      ['daily_limit', true],
    ])

    const key = newKey()
    const res = await pay(co, maria, key, draft)
    expect(res.status).toBe(200)
    const receipt = ObligationReceiptSchema.parse(res.json())
    expect(receipt.total).toEqual(aportes.nextDue)
    expect(receipt.sources[0]!.balanceAfter.amountMinor).toBe(balance - 8_500_000)

    // The replay answers the same receipt and moves nothing more.
    const again = await pay(co, maria, key, draft)
    expect(again.status).toBe(200)
    expect(again.json()).toEqual(receipt)
    expect(await available(co, maria, from)).toBe(balance - 8_500_000)
    // What is owed falls; the aportes grow, visible on the products screens.
    expect(byConcept(await list(co, maria), 'Aportes sociales').nextDue).toEqual(COP(0))
    expect((await detail(co, maria, aportes.id)).balance.amountMinor).toBe(contribution + 8_500_000)
    // The shared by-key lookup (start-up reconciliation) finds it like a transfer.
    const found = OperationByKeySchema.parse(
      (await co.http.get(`/v1/payments/operations/by-key/${key}`)).json(),
    )
    expect(found.receipt.receiptNumber).toBe(receipt.receiptNumber)
    // The receipt's QR code checks publicly, like a transfer's.
    const verified = await co.http.get(`/v1/payments/receipts/${receipt.verificationCode}/verify`)
    expect(verified.json()).toMatchObject({ receiptNumber: receipt.receiptNumber, amount: aportes.nextDue })
    // And the member reprints it by number.
    const reprint = await co.http.get(`/v1/payments/obligations/receipts/${receipt.receiptNumber}`, {
      token: maria.token,
    })
    expect(reprint.json()).toEqual(receipt)
    expect(
      (
        await co.http.get(`/v1/payments/obligations/receipts/${receipt.receiptNumber}`, {
          token: jorge.token,
        })
      ).status,
    ).toBe(404)
    expect((await invariant(co.http)).holds).toBe(true)
  })

  it('pays another value on a loan across two accounts: the installment is marked paid, the rest lowers capital', async () => {
    const loan = byConcept(await list(co, jorge), 'Crédito de vehículo')
    const before = await detail(co, jorge, loan.id)
    if (before.kind !== 'loan') throw new Error('not a loan')
    const next = before.loan.nextInstallment!
    const extra = 10_000_000
    const amount = next.total.amountMinor + extra
    const [a, b] = jorge.accounts
    const res = await pay(co, jorge, newKey(), {
      mode: 'individual',
      lines: [{ obligationId: loan.id, amount: COP(amount) }],
      sources: [
        { kind: 'savings', accountId: a!.id, amount: COP(amount - 5_000_000) },
        { kind: 'savings', accountId: b!.id, amount: COP(5_000_000) },
      ],
    })
    expect(res.status).toBe(200)
    expect(ObligationReceiptSchema.parse(res.json()).sources).toHaveLength(2)
    const after = await detail(co, jorge, loan.id)
    if (after.kind !== 'loan') throw new Error('not a loan')
    expect(after.loan.amortization.find((r) => r.number === next.number)!.status).toBe('paid')
    expect(after.balance.amountMinor).toBe(before.balance.amountMinor - next.principal.amountMinor - extra)
    expect((await invariant(co.http)).holds).toBe(true)
  })

  it('shows a balance too low as "No cumple" and refuses the payment, applying nothing', async () => {
    const l = await list(co, maria)
    const loan = byConcept(l, 'Crédito de libre inversión')
    const from = maria.accounts[1]!.id
    const balance = await available(co, maria, from)
    const draft: ObligationPaymentDraft = {
      mode: 'individual',
      lines: [{ obligationId: loan.id, amount: COP(balance + 100) }],
      sources: [{ kind: 'savings', accountId: from, amount: COP(balance + 100) }],
    }
    const check = RequirementsSchema.parse((await requirements(co, maria, draft)).json())
    expect(check.met).toBe(false)
    expect(check.requirements.find((r) => r.id === 'savings_balance')).toMatchObject({
      meets: false,
      available: COP(balance),
    })
    const key = newKey()
    const res = await pay(co, maria, key, draft)
    expect(res.status).toBe(422)
    expect(errorCode(res.body)).toBe('INSUFFICIENT_FUNDS')
    expect(await available(co, maria, from)).toBe(balance)
    // A refusal stores nothing: the key is free again.
    expect(
      (await co.http.get(`/v1/payments/obligations/payments/by-key/${key}`, { token: maria.token })).status,
    ).toBe(404)
  })

  it('refuses the same key with another body (422) and another value above what the obligation takes', async () => {
    const aportes = byConcept(await list(co, maria), 'Ahorros permanentes')
    const from = maria.accounts[0]!.id
    const draft = (amountMinor: number): ObligationPaymentDraft => ({
      mode: 'individual',
      lines: [{ obligationId: aportes.id, amount: COP(amountMinor) }],
      sources: [{ kind: 'savings', accountId: from, amount: COP(amountMinor) }],
    })
    const key = newKey()
    expect((await pay(co, maria, key, draft(1_000_000))).status).toBe(200)
    const other = await pay(co, maria, key, draft(2_000_000))
    expect(other.status).toBe(422)
    expect(errorCode(other.body)).toBe('IDEMPOTENCY_MISMATCH')
    const tooMuch = await pay(co, maria, newKey(), draft(aportes.maxAmount.amountMinor + 100))
    expect(errorCode(tooMuch.body)).toBe('VALIDATION')
  })

  it("refuses another member's obligation and another member's account as unknown", async () => {
    const jorgesLoan = byConcept(await list(co, jorge), 'Crédito rotativo')
    const mine = byConcept(await list(co, maria), 'Aportes sociales')
    const theirs = await pay(co, maria, newKey(), {
      mode: 'individual',
      lines: [{ obligationId: jorgesLoan.id, amount: COP(100_000) }],
      sources: [{ kind: 'savings', accountId: maria.accounts[0]!.id, amount: COP(100_000) }],
    })
    expect(theirs.status).toBe(404)
    const theirAccount = await requirements(co, maria, {
      mode: 'individual',
      lines: [{ obligationId: mine.id, amount: COP(100_000) }],
      sources: [{ kind: 'savings', accountId: jorge.accounts[0]!.id, amount: COP(100_000) }],
    })
    expect(theirAccount.status).toBe(404)
  })

  it('in overdue mode takes exactly the overdue balance of every overdue obligation', async () => {
    const carmen = await signInMember(
      co.http,
      payingDemos('co').find((d) => d.idNumber === '41234567')!,
    )
    const l = await list(co, carmen)
    const overdue = l.obligations.filter((o) => o.overdue.amountMinor > 0)
    expect(overdue).toHaveLength(1)
    const total = overdue[0]!.overdue
    const short = await requirements(co, carmen, {
      mode: 'overdue',
      lines: [{ obligationId: overdue[0]!.id, amount: COP(total.amountMinor - 100) }],
      sources: [{ kind: 'savings', accountId: carmen.accounts[0]!.id, amount: COP(total.amountMinor - 100) }],
    })
    expect(RequirementsSchema.parse(short.json()).requirements[0]).toMatchObject({
      id: 'amount_allowed',
      meets: false,
    })
  })
})

describe('concurrent payments', () => {
  it('one key sent at once many times applies once; many keys never overdraw an account', async () => {
    const gabriela = await signInMember(
      co.http,
      payingDemos('co').find((d) => d.idNumber === 'V23456789')!,
    )
    const aportes = byConcept(await list(co, gabriela), 'Aportes sociales')
    const from = gabriela.accounts[0]!.id
    const balance = await available(co, gabriela, from)
    const draft = (amountMinor: number): ObligationPaymentDraft => ({
      mode: 'individual',
      lines: [{ obligationId: aportes.id, amount: COP(amountMinor) }],
      sources: [{ kind: 'savings', accountId: from, amount: COP(amountMinor) }],
    })
    const key = newKey()
    const same = await Promise.all(Array.from({ length: 8 }, () => pay(co, gabriela, key, draft(10_000_00))))
    expect(same.every((r) => r.status === 200 || r.status === 409)).toBe(true)
    const receipts = new Set(same.filter((r) => r.status === 200).map((r) => JSON.stringify(r.json())))
    expect(receipts.size).toBe(1)
    expect(await available(co, gabriela, from)).toBe(balance - 10_000_00)

    // A third of what is left, ten times at once: at most three fit, the account never goes below zero.
    const share = Math.floor((balance - 10_000_00) / 3)
    expect(share).toBeLessThanOrEqual(aportes.maxAmount.amountMinor)
    const many = await Promise.all(
      Array.from({ length: 10 }, () => pay(co, gabriela, newKey(), draft(share))),
    )
    const applied = many.filter((r) => r.status === 200).length
    expect(applied).toBe(3)
    expect(await available(co, gabriela, from)).toBe(balance - 10_000_00 - applied * share)
    expect(await available(co, gabriela, from)).toBeGreaterThanOrEqual(0)
    expect(
      many.filter((r) => r.status !== 200).every((r) => errorCode(r.body) === 'INSUFFICIENT_FUNDS'),
    ).toBe(true)
    expect((await invariant(co.http)).holds).toBe(true)
  })
})

describe('pa: quota payments in USD (seed 004)', () => {
  it("pays a loan's quota and the aportaciones together from the savings account", async () => {
    const l = await list(pa, roberto)
    expect(l.currency).toBe('USD')
    const loan = byConcept(l, 'Préstamo personal')
    const aportaciones = byConcept(l, 'Aportaciones')
    const total = loan.nextDue.amountMinor + aportaciones.nextDue.amountMinor
    const res = await pay(pa, roberto, newKey(), {
      mode: 'individual',
      lines: [
        { obligationId: loan.id, amount: loan.nextDue },
        { obligationId: aportaciones.id, amount: aportaciones.nextDue },
      ],
      sources: [
        {
          kind: 'savings',
          accountId: roberto.accounts[0]!.id,
          amount: { amountMinor: total, currency: 'USD' },
        },
      ],
    })
    expect(res.status).toBe(200)
    expect(ObligationReceiptSchema.parse(res.json()).total).toEqual({ amountMinor: total, currency: 'USD' })
    const after = await list(pa, roberto)
    expect(byConcept(after, 'Aportaciones').nextDue.amountMinor).toBe(0)
    expect(byConcept(after, 'Préstamo personal').dueDate! > loan.dueDate!).toBe(true)
    expect((await invariant(pa.http)).holds).toBe(true)
  })
})
