import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  OperationByKeySchema,
  PaymentAccountsSchema,
  TransferChallengeSchema,
  TransferReceiptSchema,
  type TransferDraft,
} from '../../shared/api/payments'
import type { MovementsPage } from '../../shared/api/products'
import { TRANSFER_RULES } from '../payments/rules'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import {
  authorize,
  execute,
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
let other: PayingMember
const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const numberOf = (productId: string) =>
  (sb.db.prepare('SELECT number FROM products WHERE id = ?').get(productId) as { number: string }).number
const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code
const ownDraft = (amountMinor: number, reference = 'Ahorro'): TransferDraft => ({
  originAccountId: maria.accounts[0]!.id,
  destination: { kind: 'own', accountId: maria.accounts[1]!.id },
  amount: COP(amountMinor),
  reference,
})
const memberDraft = (amountMinor: number): TransferDraft => ({
  originAccountId: maria.accounts[0]!.id,
  destination: {
    kind: 'member',
    member: { by: 'memberNumber', value: other.demo.memberNumber },
    accountNumber: numberOf(other.accounts[0]!.id),
  },
  amount: COP(amountMinor),
  reference: 'Arriendo',
})
const movementsOf = async (who: PayingMember, productId: string) =>
  (
    await sb.http.get(`/v1/products/${productId}/movements?last=10`, { token: who.token })
  ).json<MovementsPage>()
const balanceOf = async (who: PayingMember, productId: string) =>
  (await sb.http.get(`/v1/products/${productId}`, { token: who.token })).json<{
    balance: { amountMinor: number }
  }>().balance.amountMinor

beforeAll(async () => {
  // No cooldown between codes and room for many: the limits themselves are tested in their own cases.
  sb = await startTestSandbox({
    profile: 'co',
    sendCooldownSeconds: 0,
    sendsPerDay: 1000,
    otpResendSeconds: 30,
    sessionTtlSeconds: 3600,
  })
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

describe('payment accounts', () => {
  it("lists the member's active savings accounts, masked, with the profile's limits and fees", async () => {
    const res = await sb.http.get('/v1/payments/accounts', { token: maria.token })
    const body = PaymentAccountsSchema.parse(res.body)
    expect(body.accounts.map((a) => a.name)).toEqual(['Ahorro a la vista', 'Ahorro programado navideño'])
    for (const a of body.accounts) expect(a.maskedNumber).toMatch(/^\*{4}\d{4}$/)
    expect(body.rules.perOperation).toEqual(COP(TRANSFER_RULES.co.perOperationMinor))
    expect(body.rules.fees.member).toEqual(COP(TRANSFER_RULES.co.fee.member))
  })

  it('checks another member account and masks the holder', async () => {
    const res = await sb.http.post(
      '/v1/payments/transfers/destination',
      {
        member: { by: 'idNumber', value: other.demo.idNumber },
        accountNumber: numberOf(other.accounts[0]!.id),
      },
      { token: maria.token },
    )
    expect(res.status).toBe(200)
    expect(res.json<{ maskedHolder: string }>().maskedHolder).not.toBe(other.demo.fullName)
    expect(res.json<{ maskedHolder: string }>().maskedHolder).toMatch(/\*/)
    const wrong = await sb.http.post(
      '/v1/payments/transfers/destination',
      {
        member: { by: 'memberNumber', value: maria.demo.memberNumber },
        accountNumber: numberOf(other.accounts[0]!.id),
      },
      { token: maria.token },
    )
    expect(wrong.status).toBe(404)
  })
})

describe('transfers and the ledger', () => {
  it('moves money between own accounts: both sides in movements, balances and the invariant', async () => {
    const [from, to] = [maria.accounts[0]!.id, maria.accounts[1]!.id]
    const before = [await balanceOf(maria, from), await balanceOf(maria, to)]
    const { receipt, challenge } = await transfer(sb.http, maria, ownDraft(12_345_00))
    expect(TransferChallengeSchema.parse(challenge).authorises).toMatchObject({
      kind: 'own',
      amount: COP(12_345_00),
      fee: COP(0),
      total: COP(12_345_00),
    })
    expect(TransferReceiptSchema.parse(receipt).originBalanceAfter).toEqual(COP(before[0]! - 12_345_00))
    expect([await balanceOf(maria, from), await balanceOf(maria, to)]).toEqual([
      before[0]! - 12_345_00,
      before[1]! + 12_345_00,
    ])
    const out = (await movementsOf(maria, from)).movements[0]!
    const into = (await movementsOf(maria, to)).movements[0]!
    expect(out).toMatchObject({
      direction: 'debit',
      amount: COP(12_345_00),
      balanceAfter: COP(before[0]! - 12_345_00),
    })
    expect(into).toMatchObject({
      direction: 'credit',
      amount: COP(12_345_00),
      balanceAfter: COP(before[1]! + 12_345_00),
    })
    expect((await invariant(sb.http)).holds).toBe(true)
  })

  it("pays another member's account with the fee: the fee is income, the money is conserved", async () => {
    const to = other.accounts[0]!.id
    const before = await balanceOf(other, to)
    const inv0 = await invariant(sb.http)
    const { receipt } = await transfer(sb.http, maria, memberDraft(50_000_00))
    expect(receipt.fee).toEqual(COP(TRANSFER_RULES.co.fee.member))
    expect(receipt.destination.maskedHolder).toMatch(/\*/)
    expect(await balanceOf(other, to)).toBe(before + 50_000_00)
    const seen = (await movementsOf(other, to)).movements[0]!
    expect(seen).toMatchObject({ direction: 'credit', amount: COP(50_000_00) })
    const inv = await invariant(sb.http)
    expect(inv.holds).toBe(true)
    expect(inv.feeIncomeMinor - inv0.feeIncomeMinor).toBe(TRANSFER_RULES.co.fee.member)
    // The public check of the receipt's QR code shows masked data only.
    const verified = await sb.http.get(`/v1/payments/receipts/${receipt.verificationCode}/verify`)
    expect(verified.json()).toMatchObject({ receiptNumber: receipt.receiptNumber, amount: COP(50_000_00) })
    expect(JSON.stringify(verified.body)).not.toContain(numberOf(to))
  })

  it('refuses other members’ ids: origin, own-destination and challenge', async () => {
    const theirs = other.accounts[0]!.id
    const asOrigin = await authorize(sb.http, maria.token, { ...ownDraft(100), originAccountId: theirs })
    expect(asOrigin.status).toBe(404)
    const asOwnDestination = await authorize(sb.http, maria.token, {
      ...ownDraft(100),
      destination: { kind: 'own', accountId: theirs },
    })
    expect(asOwnDestination.status).toBe(404)
    // A challenge of Maria's cannot be used or resent by the other member.
    const challenge = (await authorize(sb.http, maria.token, ownDraft(100))).json<{ challengeId: string }>()
    const code = await lastCode(sb.http, maria.demo.idNumber)
    const stolen = await execute(sb.http, other.token, newKey(), {
      ...ownDraft(100),
      challengeId: challenge.challengeId,
      code,
    })
    expect(stolen.status).toBe(404)
    const resend = await sb.http.post(
      `/v1/payments/authorizations/${challenge.challengeId}/resend`,
      undefined,
      {
        token: other.token,
      },
    )
    expect(resend.status).toBe(404)
  })

  it('enforces the limits per operation and per day, and the available balance', async () => {
    const overOne = await authorize(sb.http, maria.token, ownDraft(TRANSFER_RULES.co.perOperationMinor + 1))
    expect(overOne.status).toBe(422)
    expect(errorCode(overOne.body)).toBe('LIMIT_EXCEEDED')
    const tooMuch = await authorize(sb.http, other.token, {
      originAccountId: other.accounts[0]!.id,
      destination: { kind: 'own', accountId: other.accounts[1]!.id },
      amount: COP(TRANSFER_RULES.co.perOperationMinor),
      reference: 'x',
    })
    // Ahorro a la vista of this member holds less than the limit per operation.
    expect(errorCode(tooMuch.body)).toBe('INSUFFICIENT_FUNDS')
    const wrongCurrency = await authorize(sb.http, maria.token, {
      ...ownDraft(100),
      amount: { amountMinor: 100, currency: 'USD' },
    })
    expect(wrongCurrency.status).toBe(400)
  })
})

describe('idempotency (IETF Idempotency-Key)', () => {
  it('applies once per key and replays the stored answer', async () => {
    const draft = ownDraft(1_000_00, 'Replay')
    const { receipt, key } = await transfer(sb.http, maria, draft)
    const balance = await balanceOf(maria, draft.originAccountId)
    // The replay needs no valid code: the stored answer comes back, nothing is applied again.
    const again = await execute(sb.http, maria.token, key, {
      ...draft,
      challengeId: 'x'.repeat(24),
      code: '000000',
    })
    expect(again.status).toBe(200)
    expect(again.json()).toEqual(receipt)
    expect(await balanceOf(maria, draft.originAccountId)).toBe(balance)
    const looked = await sb.http.get(`/v1/payments/operations/by-key/${key}`)
    expect(OperationByKeySchema.parse(looked.body).receipt).toEqual(receipt)
  })

  it('answers 422 for the same key with another body', async () => {
    const { key } = await transfer(sb.http, maria, ownDraft(2_000_00, 'Mismatch'))
    const other = await execute(sb.http, maria.token, key, {
      ...ownDraft(2_000_01, 'Mismatch'),
      challengeId: 'x'.repeat(24),
      code: '000000',
    })
    expect(other.status).toBe(422)
    expect(errorCode(other.body)).toBe('IDEMPOTENCY_MISMATCH')
  })

  it('answers 409 while the first request is in flight, then replays its answer', async () => {
    const draft = ownDraft(3_000_00, 'InFlight')
    const challenge = (await authorize(sb.http, maria.token, draft)).json<{ challengeId: string }>()
    const code = await lastCode(sb.http, maria.demo.idNumber)
    await sb.http.post('/sandbox/payments/faults', {
      route: 'transferExecute',
      kind: 'delay',
      phase: 'before',
      delayMs: 400,
    })
    const key = newKey()
    const body = { ...draft, challengeId: challenge.challengeId, code }
    const first = execute(sb.http, maria.token, key, body)
    await new Promise((r) => setTimeout(r, 100))
    const second = await execute(sb.http, maria.token, key, body)
    expect(second.status).toBe(409)
    expect((await sb.http.get(`/v1/payments/operations/by-key/${key}`)).status).toBe(409)
    const done = await first
    expect(done.status).toBe(200)
    const third = await execute(sb.http, maria.token, key, body)
    expect(third.json()).toEqual(done.json())
  })

  it('requires the header, and a refused request leaves the key free', async () => {
    const draft = ownDraft(100, 'NoKey')
    const noKey = await sb.http.post(
      '/v1/payments/transfers',
      { ...draft, challengeId: 'x'.repeat(24), code: '123456' },
      { token: maria.token },
    )
    expect(noKey.status).toBe(400)
    expect((await sb.http.get(`/v1/payments/operations/by-key/${newKey()}`)).status).toBe(404)
  })
})

describe('operation codes bound to the operation (dynamic linking)', () => {
  it('refuses a code for another amount or destination, counts the try, then accepts the right one once', async () => {
    const draft = ownDraft(4_000_00, 'Bound')
    const challenge = (await authorize(sb.http, maria.token, draft)).json<{
      challengeId: string
      attemptsLeft: number
    }>()
    const code = await lastCode(sb.http, maria.demo.idNumber)
    const tampered = [
      { ...draft, amount: COP(4_000_01) },
      {
        ...draft,
        destination: { kind: 'own' as const, accountId: maria.accounts[0]!.id },
        originAccountId: maria.accounts[1]!.id,
      },
    ]
    const lefts: number[] = []
    for (const t of tampered) {
      const res = await execute(sb.http, maria.token, newKey(), {
        ...t,
        challengeId: challenge.challengeId,
        code,
      })
      expect(res.status).toBe(401)
      expect(errorCode(res.body)).toBe('CODE_INVALID')
      lefts.push(ApiErrorBodySchema.parse(res.body).error.details!.attemptsLeft!)
    }
    expect(lefts).toEqual([2, 1])
    const ok = await execute(sb.http, maria.token, newKey(), {
      ...draft,
      challengeId: challenge.challengeId,
      code,
    })
    expect(ok.status).toBe(200)
    // Used: the same code for the same operation under a new key is refused.
    const reuse = await execute(sb.http, maria.token, newKey(), {
      ...draft,
      challengeId: challenge.challengeId,
      code,
    })
    expect(errorCode(reuse.body)).toBe('CODE_EXPIRED')
    expect((await invariant(sb.http)).holds).toBe(true)
  })

  it('resends after the cooldown with a new code (the old one stops working), and expires', async () => {
    const draft = ownDraft(500_00, 'Resend')
    const challenge = (await authorize(sb.http, maria.token, draft)).json<{ challengeId: string }>()
    const old = await lastCode(sb.http, maria.demo.idNumber)
    const early = await sb.http.post(
      `/v1/payments/authorizations/${challenge.challengeId}/resend`,
      undefined,
      { token: maria.token },
    )
    expect(early.status).toBe(429)
    sb.clock.advance(31)
    const again = await sb.http.post(
      `/v1/payments/authorizations/${challenge.challengeId}/resend`,
      undefined,
      { token: maria.token },
    )
    expect(again.status).toBe(200)
    const fresh = await lastCode(sb.http, maria.demo.idNumber)
    if (fresh !== old) {
      const withOld = await execute(sb.http, maria.token, newKey(), {
        ...draft,
        challengeId: challenge.challengeId,
        code: old,
      })
      expect(errorCode(withOld.body)).toBe('CODE_INVALID')
    }
    sb.clock.advance(301)
    const late = await execute(sb.http, maria.token, newKey(), {
      ...draft,
      challengeId: challenge.challengeId,
      code: fresh,
    })
    expect(errorCode(late.body)).toBe('CODE_EXPIRED')
  })

  it("spends the member's operation-code budget: the sixth wrong code of the day is refused", async () => {
    // A fresh member, so earlier wrong tries do not count here.
    const who = await signInMember(
      sb.http,
      payingDemos('co').find((d) => d.role === 'no-loans')!,
    )
    const draft: TransferDraft = {
      originAccountId: who.accounts[0]!.id,
      destination: {
        kind: 'member',
        member: { by: 'idNumber', value: maria.demo.idNumber },
        accountNumber: numberOf(maria.accounts[0]!.id),
      },
      amount: COP(100),
      reference: 'Budget',
    }
    for (let i = 0; i < 5; i++) {
      const c = (await authorize(sb.http, who.token, draft)).json<{ challengeId: string }>()
      const right = await lastCode(sb.http, who.demo.idNumber)
      const wrong = right === '999999' ? '999998' : '999999'
      const res = await execute(sb.http, who.token, newKey(), {
        ...draft,
        challengeId: c.challengeId,
        code: wrong,
      })
      expect(errorCode(res.body)).toBe('CODE_INVALID')
    }
    const exhausted = await authorize(sb.http, who.token, draft)
    expect(exhausted.status).toBe(423)
    expect(errorCode(exhausted.body)).toBe('ATTEMPTS_EXHAUSTED')
  })
})
