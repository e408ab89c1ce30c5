import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TransferDraft, TransferReceipt } from '../../shared/api/payments'
import type { HttpResult } from '../testing/harness'
import { startTestSandbox, wallClock, type TestSandbox } from '../testing/harness'
import {
  authorize,
  execute,
  invariant,
  lastCode,
  newKey,
  payingDemos,
  signInMember,
  type PayingMember,
} from '../testing/payments'
import { createPrng } from '../seed/prng'

/**
 * Many kiosks moving money at once over HTTP. Default 20 clients × 50 transfers (about 10 s on two busy
 * cores); PAYMENTS_LOAD="50x200" runs the full figure. The daily cap on codes sent to one member
 * is raised to what the load needs: each transfer asks for one code, shared by the paying members.
 */
const [CLIENTS, PER_CLIENT] = (process.env.PAYMENTS_LOAD ?? '20x50').split('x').map(Number) as [
  number,
  number,
]

let sb: TestSandbox
let members: PayingMember[]
const numberOf = new Map<string, string>()

beforeAll(async () => {
  sb = await startTestSandbox({
    profile: 'co',
    clock: wallClock(),
    sendCooldownSeconds: 0,
    sendsPerDay: Math.max(1000, Math.ceil((CLIENTS * PER_CLIENT) / payingDemos('co').length) * 2),
    sessionTtlSeconds: 3600,
  })
  members = await Promise.all(payingDemos('co').map((d) => signInMember(sb.http, d)))
  for (const row of sb.db.prepare("SELECT id, number FROM products WHERE kind = 'savings'").all() as {
    id: string
    number: string
  }[])
    numberOf.set(row.id, row.number)
})
afterAll(() => sb.close())

/** One member asks for one code at a time, so the newest code in the outbox is the one just sent. */
const codeLocks = new Map<string, Promise<unknown>>()
function withCodeLock<T>(who: PayingMember, fn: () => Promise<T>): Promise<T> {
  const prev = codeLocks.get(who.demo.idNumber) ?? Promise.resolve()
  const next = prev.then(fn, fn)
  codeLocks.set(
    who.demo.idNumber,
    next.catch(() => undefined),
  )
  return next
}

const savingsBalances = () =>
  new Map(
    (
      sb.db.prepare("SELECT id, balance_minor FROM products WHERE kind = 'savings'").all() as {
        id: string
        balance_minor: number
      }[]
    ).map((r) => [r.id, r.balance_minor]),
  )

describe(`${CLIENTS} clients × ${PER_CLIENT} random transfers at once`, () => {
  it(
    'conserve money, never go negative, show each acknowledged transfer on both sides, apply nothing twice',
    async () => {
      const before = savingsBalances()
      const acknowledged = new Map<string, TransferReceipt>()
      const refused = new Map<string, number>()
      let replays = 0

      async function client(c: number) {
        const prng = createPrng(`payments-concurrency-${c}`)
        const who = members[c % members.length]!
        for (let i = 0; i < PER_CLIENT; i++) {
          const origin = who.accounts[prng.int(0, who.accounts.length - 1)]!
          const others = who.accounts.filter((a) => a.id !== origin.id)
          let destination: TransferDraft['destination']
          if (others.length > 0 && prng.int(0, 1) === 0)
            destination = { kind: 'own', accountId: others[prng.int(0, others.length - 1)]!.id }
          else {
            const to = members.filter((m) => m !== who)[prng.int(0, members.length - 2)]!
            const account = to.accounts[prng.int(0, to.accounts.length - 1)]!
            destination = {
              kind: 'member',
              member: { by: 'memberNumber', value: to.demo.memberNumber },
              accountNumber: numberOf.get(account.id)!,
            }
          }
          const draft: TransferDraft = {
            originAccountId: origin.id,
            destination,
            amount: { amountMinor: prng.int(1, 5_000_000), currency: 'COP' },
            reference: `c${c}-${i}`,
          }
          const got = await withCodeLock(who, async () => {
            const a = await authorize(sb.http, who.token, draft)
            if (a.status !== 200) return { refusal: a, challengeId: '', code: '' }
            return {
              refusal: null,
              challengeId: a.json<{ challengeId: string }>().challengeId,
              code: await lastCode(sb.http, who.demo.idNumber),
            }
          })
          if (got.refusal) {
            const code = (got.refusal.body as { error: { code: string } }).error.code
            refused.set(code, (refused.get(code) ?? 0) + 1)
            continue
          }
          const key = newKey()
          const body = { ...draft, challengeId: got.challengeId, code: got.code }
          // One in five is sent twice at once with the same key, as a kiosk retrying after a lost answer.
          const twice = prng.int(0, 4) === 0
          const answers: HttpResult[] = await Promise.all(
            twice
              ? [execute(sb.http, who.token, key, body), execute(sb.http, who.token, key, body)]
              : [execute(sb.http, who.token, key, body)],
          )
          const ok = answers.filter((r) => r.status === 200).map((r) => r.json<TransferReceipt>())
          for (const r of answers)
            if (r.status !== 200) {
              const code = (r.body as { error: { code: string } }).error.code
              // A concurrent twin either replays (200) or sees the first in flight (409).
              if (twice && code === 'CONFLICT') continue
              refused.set(code, (refused.get(code) ?? 0) + 1)
            }
          if (ok.length === 2) {
            replays++
            expect(ok[1]).toEqual(ok[0])
          }
          if (ok[0]) acknowledged.set(key, ok[0])
        }
      }
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)))

      const inv = await invariant(sb.http)
      expect(inv).toMatchObject({ holds: true, negativeAccounts: 0, unbalancedOperations: 0 })
      // Every operation in the file was acknowledged, once.
      const operations = sb.db.prepare('SELECT id, idempotency_key AS key FROM payment_operations').all() as {
        id: number
        key: string
      }[]
      expect(operations.length).toBe(acknowledged.size)
      expect(new Set(operations.map((o) => o.key))).toEqual(new Set(acknowledged.keys()))
      // Each acknowledged transfer is a movement on both sides; the balances are the start plus them.
      const expected = new Map(before)
      const movementOf = sb.db.prepare(
        `SELECT p.account, m.amount_minor FROM ledger_postings p JOIN movements m ON m.id = p.movement_id
       WHERE p.operation_id = ? AND p.account = ?`,
      )
      const productOf = sb.db.prepare(
        'SELECT origin_product_id AS origin, destination_product_id AS destination FROM payment_operations WHERE id = ?',
      )
      for (const r of acknowledged.values()) {
        const { origin, destination } = productOf.get(Number(r.operationId)) as {
          origin: string
          destination: string
        }
        const out = movementOf.all(Number(r.operationId), origin) as { amount_minor: number }[]
        const into = movementOf.all(Number(r.operationId), destination) as { amount_minor: number }[]
        expect(out.map((m) => m.amount_minor).sort()).toEqual(
          [-r.amount.amountMinor, ...(r.fee.amountMinor ? [-r.fee.amountMinor] : [])].sort(),
        )
        expect(into.map((m) => m.amount_minor)).toEqual([r.amount.amountMinor])
        expected.set(origin, expected.get(origin)! - r.amount.amountMinor - r.fee.amountMinor)
        expected.set(destination, expected.get(destination)! + r.amount.amountMinor)
      }
      expect(savingsBalances()).toEqual(expected)
      for (const b of savingsBalances().values()) expect(b).toBeGreaterThanOrEqual(0)
      // The load was real: most transfers went through, some were sent twice.
      expect(acknowledged.size).toBeGreaterThan((CLIENTS * PER_CLIENT) / 2)
      expect(replays).toBeGreaterThan(0)
      console.warn(
        `payments concurrency: ${acknowledged.size} applied, ${replays} replayed twins, refused ${JSON.stringify(Object.fromEntries(refused))}`,
      )
    },
    Math.max(120_000, CLIENTS * PER_CLIENT * 120),
  )
})
