import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PsePaymentSchema } from '../../shared/api/pse'
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

/**
 * ACH sends, PSE approvals and clearing runs at once: money is conserved (the invariant, with what left
 * for and came from other banks), nothing goes negative, every acknowledged send is applied exactly once
 * and ends settled or refunded.
 */
const CLIENTS = 8
const PER_CLIENT = 10

let sb: TestSandbox
let members: PayingMember[]

beforeAll(async () => {
  sb = await startTestSandbox({
    profile: 'co',
    clock: wallClock(),
    sendCooldownSeconds: 0,
    sendsPerDay: 1000,
    sessionTtlSeconds: 3600,
  })
  members = await Promise.all(payingDemos('co').map((d) => signInMember(sb.http, d)))
})
afterAll(() => sb.close())

/** One member asks for one code at a time, so the newest code in the outbox is the one just sent. */
const locks = new Map<string, Promise<unknown>>()
function withCodeLock<T>(who: PayingMember, fn: () => Promise<T>): Promise<T> {
  const next = (locks.get(who.demo.idNumber) ?? Promise.resolve()).then(fn, fn)
  locks.set(
    who.demo.idNumber,
    next.catch(() => undefined),
  )
  return next
}

describe(`${CLIENTS} clients × ${PER_CLIENT} ACH sends and PSE top-ups, with clearing runs in between`, () => {
  it('conserve money, never go negative, apply each acknowledged send once', async () => {
    const acknowledged: TransferReceipt[] = []
    let approved = 0
    async function client(c: number) {
      const who = members[c % members.length]!
      for (let i = 0; i < PER_CLIENT; i++) {
        const draft = {
          originAccountId: who.accounts[0]!.id,
          destination: {
            bankCode: '1051',
            accountType: 'savings' as const,
            accountNumber: i % 3 === 0 ? `77${c}${i}000` : `77${c}${i}4321`,
            holderId: '1017223344',
          },
          amount: { amountMinor: 100_000 + ((c * 7919 + i * 104_729) % 900_000), currency: 'COP' as const },
          reference: `Carga ${c}-${i}`,
        }
        const key = newKey()
        const res = await withCodeLock(who, async () => {
          const a = await sb.http.post('/v1/payments/ach/authorizations', draft, { token: who.token })
          if (a.status !== 200) return a
          const { challengeId } = TransferChallengeSchema.parse(a.body)
          const body = { ...draft, challengeId, code: await lastCode(sb.http, who.demo.idNumber) }
          return sb.http.post('/v1/payments/ach', body, {
            token: who.token,
            headers: { 'idempotency-key': key },
          })
        })
        if (res.status === 200) acknowledged.push(TransferReceiptSchema.parse(res.body))
        else
          expect(['INSUFFICIENT_FUNDS', 'LIMIT_EXCEEDED']).toContain(
            res.json<{ error: { code: string } }>().error.code,
          )
        if (i % 4 === 0) await sb.http.post('/sandbox/payments/ach/clearing', {})
        if (i % 5 === 0) {
          const p = PsePaymentSchema.parse(
            (
              await sb.http.post(
                '/v1/payments/pse',
                { accountId: who.accounts[0]!.id, amount: { amountMinor: 1_500_000, currency: 'COP' } },
                { token: who.token, headers: { 'idempotency-key': newKey() } },
              )
            ).body,
          )
          const r = await fetch(`${p.checkoutUrl}/approve`, { method: 'POST' })
          if (r.status === 200) approved++
        }
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)))
    await sb.http.post('/sandbox/payments/ach/clearing', {})

    const inv = await invariant(sb.http)
    expect(inv).toMatchObject({ holds: true, negativeAccounts: 0, unbalancedOperations: 0, clearingMinor: 0 })
    expect(acknowledged.length).toBeGreaterThan(0)
    const rows = sb.db.prepare('SELECT receipt_number, status FROM ach_transfers').all() as {
      receipt_number: string
      status: string
    }[]
    // Every acknowledged send exactly once, and nothing applied that was not acknowledged.
    expect(rows.map((r) => r.receipt_number).sort()).toEqual(acknowledged.map((r) => r.receiptNumber).sort())
    expect(rows.every((r) => r.status === 'settled' || r.status === 'rejected')).toBe(true)
    expect(rows.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0)
    // Each send's origin leg, and each rejection's refund, is one movement.
    for (const r of acknowledged) {
      const n = sb.db
        .prepare('SELECT count(*) AS n FROM movements WHERE description LIKE ?')
        .get(`%${r.reference}`) as {
        n: number
      }
      expect(n.n).toBeGreaterThanOrEqual(1)
    }
    const pse = sb.db.prepare("SELECT count(*) AS n FROM pse_payments WHERE status = 'approved'").get() as {
      n: number
    }
    expect(pse.n).toBe(approved)
  })
})
