import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { AchOptionsSchema, type AchDraft } from '../../shared/api/ach'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  TransferChallengeSchema,
  TransferReceiptSchema,
  type TransferReceipt,
} from '../../shared/api/payments'
import { startTestSandbox, wallClock, type TestSandbox } from '../testing/harness'
import {
  invariant,
  lastCode,
  newKey,
  payingDemos,
  signInMember,
  type PayingMember,
} from '../testing/payments'

let sb: TestSandbox
let maria: PayingMember
let other: PayingMember
const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code
const balance = (productId: string) =>
  (
    sb.db.prepare('SELECT balance_minor FROM products WHERE id = ?').get(productId) as {
      balance_minor: number
    }
  ).balance_minor
const draftOf = (who: PayingMember, accountNumber = '4455667788', amountMinor = 10_000_000): AchDraft => ({
  originAccountId: who.accounts[0]!.id,
  destination: { bankCode: '1007', accountType: 'savings', accountNumber, holderId: '1017223344' },
  amount: { amountMinor, currency: 'COP' },
  reference: 'Pago arriendo',
})
const authorize = (who: PayingMember, draft: AchDraft) =>
  sb.http.post('/v1/payments/ach/authorizations', draft, { token: who.token })
const execute = (who: PayingMember, key: string, body: AchDraft & { challengeId: string; code: string }) =>
  sb.http.post('/v1/payments/ach', body, { token: who.token, headers: { 'idempotency-key': key } })

async function send(who: PayingMember, draft: AchDraft, key = newKey()): Promise<TransferReceipt> {
  const a = await authorize(who, draft)
  expect(a.status).toBe(200)
  const { challengeId } = TransferChallengeSchema.parse(a.body)
  const res = await execute(who, key, {
    ...draft,
    challengeId,
    code: await lastCode(sb.http, who.demo.idNumber),
  })
  expect(res.status).toBe(200)
  return TransferReceiptSchema.parse(res.body)
}
const clearing = (reject?: string[]) =>
  sb.http
    .post('/sandbox/payments/ach/clearing', reject ? { reject } : {})
    .then((r) => r.json<{ settled: string[]; rejected: string[] }>())
const receipt = async (who: PayingMember, number: string) =>
  TransferReceiptSchema.parse(
    (await sb.http.get(`/v1/payments/ach/receipts/${number}`, { token: who.token })).body,
  )

beforeAll(async () => {
  sb = await startTestSandbox({
    profile: 'co',
    sendCooldownSeconds: 0,
    sendsPerDay: 1000,
    otpResendSeconds: 0,
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

describe('an ACH transfer to another bank', () => {
  it('lists the banks of the profile with its limits and fee', async () => {
    const o = AchOptionsSchema.parse(
      (await sb.http.get('/v1/payments/ach/options', { token: maria.token })).body,
    )
    expect(o.banks.map((b) => b.name)).toContain('Bancolombia')
    expect(o.rules.fee).toEqual({ amountMinor: 450_000, currency: 'COP' })
  })

  it('says in the challenge and the SMS what the code is for, with the fee', async () => {
    const a = TransferChallengeSchema.parse((await authorize(maria, draftOf(maria))).body)
    expect(a.authorises).toMatchObject({
      kind: 'bank',
      destination: { name: 'Bancolombia', maskedNumber: '****7788', maskedHolder: '******3344' },
      fee: { amountMinor: 450_000 },
      total: { amountMinor: 10_450_000 },
    })
  })

  it('leaves at once into clearing (pending), then the clearing run settles it', async () => {
    const account = maria.accounts[0]!.id
    const before = balance(account)
    const r = await send(maria, draftOf(maria))
    expect(r.kind).toBe('bank')
    expect(r.clearing).toEqual({ status: 'pending' })
    expect(balance(account)).toBe(before - 10_450_000)
    const clearingBefore = (await invariant(sb.http)).clearingMinor
    expect(clearingBefore).toBeGreaterThanOrEqual(10_000_000)
    const run = await clearing()
    expect(run.settled).toContain(r.receiptNumber)
    expect((await receipt(maria, r.receiptNumber)).clearing?.status).toBe('settled')
    expect(balance(account)).toBe(before - 10_450_000)
    const inv = await invariant(sb.http)
    expect(inv.holds).toBe(true)
    expect(inv.clearingMinor).toBe(clearingBefore - 10_000_000)
  })

  it('rejected by the other bank: the money and the fee come back, visible in movements', async () => {
    const account = maria.accounts[0]!.id
    const before = balance(account)
    const r = await send(maria, draftOf(maria, '4455000'))
    expect(balance(account)).toBe(before - 10_450_000)
    const run = await clearing()
    expect(run.rejected).toContain(r.receiptNumber)
    expect(balance(account)).toBe(before)
    expect((await receipt(maria, r.receiptNumber)).clearing?.status).toBe('rejected')
    const lines = sb.db
      .prepare(
        'SELECT description, amount_minor FROM movements WHERE product_id = ? ORDER BY id DESC LIMIT 2',
      )
      .all(account) as { description: string; amount_minor: number }[]
    expect(lines.map((l) => l.description).join('\n')).toContain(
      `Devolución transferencia rechazada ${r.receiptNumber}`,
    )
    expect((await invariant(sb.http)).holds).toBe(true)
    // A second run finds nothing left to decide.
    expect(await clearing()).toEqual({ settled: [], rejected: [] })
  })

  it('applies once per key: a repeat replays the receipt, another body 422', async () => {
    const key = newKey()
    const draft = draftOf(maria)
    const first = await send(maria, draft, key)
    const a = TransferChallengeSchema.parse((await authorize(maria, draft)).body)
    const code = await lastCode(sb.http, maria.demo.idNumber)
    const again = await execute(maria, key, { ...draft, challengeId: a.challengeId, code })
    expect(TransferReceiptSchema.parse(again.body).receiptNumber).toBe(first.receiptNumber)
    const changed = await execute(maria, key, {
      ...draftOf(maria, '1234567'),
      challengeId: a.challengeId,
      code,
    })
    expect(errorCode(changed.body)).toBe('IDEMPOTENCY_MISMATCH')
    const found = await sb.http.get(`/v1/payments/ach/by-key/${key}`)
    expect(found.json<{ receipt: TransferReceipt }>().receipt.receiptNumber).toBe(first.receiptNumber)
    expect((await sb.http.get(`/v1/payments/ach/by-key/${newKey()}`)).status).toBe(404)
  })

  it('refuses a code issued for another operation (another account number)', async () => {
    const a = TransferChallengeSchema.parse((await authorize(maria, draftOf(maria))).body)
    const code = await lastCode(sb.http, maria.demo.idNumber)
    const res = await execute(maria, newKey(), {
      ...draftOf(maria, '9988776655'),
      challengeId: a.challengeId,
      code,
    })
    expect(errorCode(res.body)).toBe('CODE_INVALID')
  })

  it("refuses a transfer code for an ACH and another member's origin", async () => {
    const foreign = await authorize(maria, { ...draftOf(maria), originAccountId: other.accounts[0]!.id })
    expect(foreign.status).toBe(404)
    const unknownBank = await authorize(maria, {
      ...draftOf(maria),
      destination: { ...draftOf(maria).destination, bankCode: '9999' },
    })
    expect(unknownBank.status).toBe(404)
  })

  it('enforces the limit per operation and per day of the profile', async () => {
    // The shop's account has the money for a whole day's limit.
    const other = await signInMember(
      sb.http,
      payingDemos('co').find((d) => d.idNumber === '71345678')!,
    )
    expect(errorCode((await authorize(other, draftOf(other, '4455667788', 250_000_000))).body)).toBe(
      'LIMIT_EXCEEDED',
    )
    // 2 × 1.500.000 fit in the day's 3.000.000, a third does not.
    await send(other, draftOf(other, '4455667788', 150_000_000))
    await send(other, draftOf(other, '4455667788', 150_000_000))
    expect(errorCode((await authorize(other, draftOf(other, '4455667788', 1_000_000))).body)).toBe(
      'LIMIT_EXCEEDED',
    )
  })
})

describe('the clearing timer (--ach-clearing)', () => {
  it('settles pending transfers by itself', async () => {
    const timed = await startTestSandbox({
      profile: 'co',
      clock: wallClock(),
      achClearingSeconds: 1,
      sendCooldownSeconds: 0,
      sessionTtlSeconds: 3600,
    })
    try {
      const who = await signInMember(
        timed.http,
        payingDemos('co').find((d) => d.idNumber === '52874193')!,
      )
      const draft = { ...draftOf(who), originAccountId: who.accounts[0]!.id }
      const a = await timed.http.post('/v1/payments/ach/authorizations', draft, { token: who.token })
      const { challengeId } = TransferChallengeSchema.parse(a.body)
      const code = await lastCode(timed.http, who.demo.idNumber)
      const sent = await timed.http.post(
        '/v1/payments/ach',
        { ...draft, challengeId, code },
        { token: who.token, headers: { 'idempotency-key': newKey() } },
      )
      const { receiptNumber } = TransferReceiptSchema.parse(sent.body)
      await vi.waitFor(
        async () => {
          const r = await timed.http.get(`/v1/payments/ach/receipts/${receiptNumber}`, { token: who.token })
          expect(TransferReceiptSchema.parse(r.body).clearing?.status).toBe('settled')
        },
        { timeout: 10_000, interval: 200 },
      )
    } finally {
      await timed.close()
    }
  })
})
