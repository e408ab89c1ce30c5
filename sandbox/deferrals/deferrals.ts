import { createHash } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import {
  DeferralSimulationSchema,
  type CardDeferrals,
  type DeferrableCard,
  type DeferrablePurchase,
  type Deferral,
  type DeferralOptions,
  type DeferralRequest,
  type DeferralSimulation,
} from '../../shared/api/deferrals'
import { simulateDeferral } from '../../shared/finance/deferral'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import { cutoffDate } from '../calendar'
import type { Database } from '../db/database'
import { CARD_FEE_DESCRIPTION, CARD_PAYMENT_DESCRIPTION } from '../products/ledger-rules'
import { createProductStore, type ProductRow } from '../products/store'
import { parseTerms } from '../products/terms'
import type { CooperativeProfile, ProfileId } from '../profiles'

/** The plazos each demo cooperative offers (months). */
export const DEFERRAL_MONTHS: Record<ProfileId, readonly number[]> = {
  co: [3, 6, 12, 18, 24, 36],
  pa: [3, 6, 9, 12, 18, 24],
}
/** Purchases of this many latest statement periods may be deferred. */
const DEFERRABLE_PERIODS = 2

/** A card purchase, as the ledger reads it (ledger-rules.ts): a charge that is no fee, payment or interest. */
const isPurchase = (description: string, amountMinor: number) =>
  amountMinor > 0 &&
  description !== CARD_FEE_DESCRIPTION &&
  description !== CARD_PAYMENT_DESCRIPTION &&
  !/^Inter[eé]s/i.test(description)

interface DeferralRow {
  id: number
  number: string
  confirmed_at: string
  body_digest: string
  simulation: string
}
interface InstallmentRow {
  number: string
  months: number
  installment: number
  due_on: string
  principal_minor: number
  interest_minor: number
}

const digestOf = (simulation: DeferralSimulation) =>
  createHash('sha256').update(JSON.stringify(simulation)).digest('hex')

/**
 * Card deferrals at the core: what may be deferred, the simulation with the shared finance code, and
 * confirmations re-computed with the core's own card, rate and today before they are recorded.
 */
export function createSandboxDeferrals(db: Database, profile: CooperativeProfile, now: () => Date) {
  const { currency } = profile
  const store = createProductStore(db)
  const today = () => now().toISOString().slice(0, 10)
  const m = (n: number) => money(n, currency)

  const deferred = db.prepare<[number], { movement_id: number }>(
    'SELECT movement_id FROM card_deferred_purchases WHERE movement_id = ?',
  )
  const deferredTotal = db.prepare<[string], { total: number }>(
    'SELECT coalesce(sum(total_minor), 0) AS total FROM card_deferrals WHERE product_id = ?',
  )
  const byKey = db.prepare<[number, string], DeferralRow>(
    `SELECT id, number, confirmed_at, body_digest, simulation FROM card_deferrals
     WHERE member_id = ? AND idempotency_key = ?`,
  )
  const insertDeferral = db.prepare(
    `INSERT INTO card_deferrals (member_id, product_id, number, idempotency_key, body_digest, confirmed_at,
       kind, total_minor, simulation) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?)`,
  )
  const setNumber = db.prepare('UPDATE card_deferrals SET number = ? WHERE id = ?')
  const insertInstallment = db.prepare(
    `INSERT INTO card_deferral_installments (deferral_id, number, due_on, principal_minor, interest_minor)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const markPurchase = db.prepare(
    'INSERT INTO card_deferred_purchases (movement_id, deferral_id) VALUES (?, ?)',
  )
  const upcoming = db.prepare<[string, string], InstallmentRow>(
    `SELECT d.number, json_extract(d.simulation, '$.months') AS months,
       i.number AS installment, i.due_on, i.principal_minor, i.interest_minor
     FROM card_deferral_installments i JOIN card_deferrals d ON d.id = i.deferral_id
     WHERE d.product_id = ? AND i.due_on > ? ORDER BY i.due_on, d.id`,
  )

  function purchasesOf(p: ProductRow): DeferrablePurchase[] {
    const periods = store.months(p.id).filter((month) => month <= cutoffDate(now()).slice(0, 7))
    const recent = periods.slice(0, DEFERRABLE_PERIODS)
    if (recent.length === 0) return []
    const rows = store.between(p.id, `${recent.at(-1)}-01`, `${recent[0]}-31`)
    return rows
      .filter((r) => isPurchase(r.description, r.amount_minor) && !deferred.get(r.id))
      .reverse()
      .map((r) => ({
        movementId: String(r.id),
        postedOn: r.posted_on,
        description: r.description,
        amount: m(r.amount_minor),
      }))
  }

  function cardOf(p: ProductRow): DeferrableCard {
    const t = parseTerms('card', p.terms ?? '{}')
    return {
      productId: p.id,
      name: p.name,
      maskedCardNumber: `${t.cardNumber.slice(0, 4)} **** **** ${t.cardNumber.slice(-4)}`,
      // Basis points of EA as the percentage string rates cross the API in: 2350 → "23.5".
      rateEa: String(t.annualRateBp / 100),
      revolvingBalance: m(Math.max(0, p.balance_minor - deferredTotal.get(p.id)!.total)),
      purchases: purchasesOf(p),
    }
  }

  const ownedCard = (memberId: number, productId: string) => {
    const p = store.productOf(memberId, productId)
    if (!p || p.kind !== 'card') throw new KioskError('NOT_FOUND', 'No such card')
    return p
  }

  const simulate = (memberId: number, request: DeferralRequest) =>
    simulateDeferral(cardOf(ownedCard(memberId, request.productId)), request, today(), currency)

  const asDeferral = (r: Pick<DeferralRow, 'number' | 'confirmed_at' | 'simulation'>): Deferral => ({
    number: r.number,
    confirmedAt: r.confirmed_at,
    simulation: DeferralSimulationSchema.parse(JSON.parse(r.simulation)),
  })

  const record = db.transaction(
    (memberId: number, key: string, digest: string, s: DeferralSimulation): Deferral => {
      const confirmedAt = now().toISOString()
      const id = Number(
        insertDeferral.run(
          memberId,
          s.request.productId,
          key,
          digest,
          confirmedAt,
          s.request.source.kind,
          s.total.amountMinor,
          JSON.stringify(s),
        ).lastInsertRowid,
      )
      const number = `DF-${today().slice(0, 4)}-${String(id).padStart(6, '0')}`
      setNumber.run(number, id)
      for (const i of s.installments)
        insertInstallment.run(id, i.number, i.dueDate, i.principal.amountMinor, i.interest.amountMinor)
      // The revolving balance covers every purchase still deferrable on the card.
      const covered =
        s.request.source.kind === 'revolving'
          ? cardOf(ownedCard(memberId, s.request.productId)).purchases
          : s.purchases
      for (const p of covered) markPurchase.run(Number(p.movementId), id)
      return { number, confirmedAt, simulation: s }
    },
  )

  return {
    options: (memberId: number): DeferralOptions => ({
      today: today(),
      months: [...DEFERRAL_MONTHS[profile.id]],
      cards: store
        .productsOf(memberId)
        .filter((p) => p.kind === 'card' && p.status !== 'closed')
        .map(cardOf),
    }),

    simulate(memberId: number, request: DeferralRequest): DeferralSimulation {
      if (!DEFERRAL_MONTHS[profile.id].includes(request.months))
        throw new KioskError('VALIDATION', 'the cooperative does not offer that plazo', {
          issues: [{ path: 'months', message: 'not offered' }],
        })
      return simulate(memberId, request)
    },

    /** Idempotent by key; re-computes the simulation and refuses any difference (or a purchase deferred since). */
    confirm(memberId: number, key: string, simulation: DeferralSimulation): Deferral {
      const digest = digestOf(simulation)
      const earlier = byKey.get(memberId, key)
      if (earlier) {
        if (earlier.body_digest !== digest)
          throw new KioskError('IDEMPOTENCY_MISMATCH', 'this Idempotency-Key came with another deferral')
        return asDeferral(earlier)
      }
      if (simulation.startDate !== today())
        throw new KioskError('CONFLICT', 'the simulation is from another day: simulate it again')
      const again = this.simulate(memberId, simulation.request)
      if (!isDeepStrictEqual(again, simulation))
        throw new KioskError('CONFLICT', 'the simulation does not match the cooperative’s figures')
      return record(memberId, key, digest, again)
    },

    cardDeferrals(memberId: number, productId: string): CardDeferrals {
      const p = ownedCard(memberId, productId)
      const rows = upcoming.all(p.id, today())
      const months = new Map<string, CardDeferrals['months'][number]>()
      for (const r of rows) {
        const month = r.due_on.slice(0, 7)
        const entry = months.get(month) ?? { month, total: m(0), installments: [] }
        const installment = r.principal_minor + r.interest_minor
        entry.total = m(entry.total.amountMinor + installment)
        entry.installments.push({
          number: r.number,
          installmentNumber: r.installment,
          months: r.months,
          dueDate: r.due_on,
          principal: m(r.principal_minor),
          interest: m(r.interest_minor),
          installment: m(installment),
        })
        months.set(month, entry)
      }
      return {
        productId: p.id,
        deferredBalance: m(rows.reduce((s, r) => s + r.principal_minor, 0)),
        months: [...months.values()],
      }
    },
  }
}
export type SandboxDeferrals = ReturnType<typeof createSandboxDeferrals>
