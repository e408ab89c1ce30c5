import { createHash } from 'node:crypto'
import type { Database } from '../db/database'
import type {
  WithdrawalDraft,
  WithdrawalOption,
  WithdrawalRefusal,
  WithdrawalRequest,
  Withdrawals,
} from '../../shared/api/member-data'
import type { CurrencyCode } from '../../shared/money/currencies'
import { KioskError } from '../../shared/ipc/errors'
import { maskAccountNumber } from '../auth/mask'
import type { MemberDataAudit } from './audit'
import type { MemberDataPolicy, WithdrawalRule } from './policy'

interface ContributionRow {
  id: string
  name: string
  number: string
  balance_minor: number
}

interface RequestRow {
  request_number: string
  product_id: string
  name: string
  number: string
  amount_minor: number
  currency: CurrencyCode
  status: WithdrawalRequest['status']
  created_at: number
  cancelled_at: number | null
  body_hash: string
}

const iso = (t: number) => new Date(t).toISOString()
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

/**
 * "Solicitud de retiro de aportes" (issue 16, flow 2): what each contribution allows by the
 * cooperative's rules (seed 000's "Solicitud de Retiro" column), idempotent requests, cancelling one
 * while pending. The product's withdrawalRequested term follows the requests.
 */
export function createWithdrawals(deps: {
  db: Database
  now: () => Date
  currency: CurrencyCode
  policy: MemberDataPolicy
  audit: MemberDataAudit
}) {
  const { db, now, currency, policy, audit } = deps
  const contributions = db.prepare<[number], ContributionRow>(
    `SELECT id, name, number, balance_minor FROM products
     WHERE member_id = ? AND kind = 'contribution' AND status != 'closed' ORDER BY sort_order`,
  )
  const overdue = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM products WHERE member_id = ? AND status = 'overdue'`,
  )
  const COLUMNS = `w.request_number, w.product_id, p.name, p.number, w.amount_minor, w.currency, w.status,
    w.created_at, w.cancelled_at, w.body_hash`
  const FROM = 'FROM contribution_withdrawals w JOIN products p ON p.id = w.product_id'
  const requests = db.prepare<[number], RequestRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE w.member_id = ? ORDER BY w.created_at DESC, w.id DESC`,
  )
  const byNumber = db.prepare<[string, number], RequestRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE w.request_number = ? AND w.member_id = ?`,
  )
  const byKey = db.prepare<[number, string], RequestRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE w.member_id = ? AND w.idempotency_key = ?`,
  )
  const pendingOf = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM contribution_withdrawals WHERE product_id = ? AND status = 'pending'`,
  )
  const nextId = db.prepare<[], { n: number }>(
    'SELECT coalesce(max(id), 0) + 1 AS n FROM contribution_withdrawals',
  )
  const insert = db.prepare(
    `INSERT INTO contribution_withdrawals (id, request_number, member_id, product_id, amount_minor, currency,
       status, idempotency_key, body_hash, created_at)
     VALUES (@id, @number, @memberId, @productId, @amount, @currency, 'pending', @key, @bodyHash, @t)`,
  )
  const cancel = db.prepare<[number, string]>(
    `UPDATE contribution_withdrawals SET status = 'cancelled', cancelled_at = ? WHERE request_number = ? AND status = 'pending'`,
  )
  const flag = db.prepare<[string, string]>(
    `UPDATE product_terms SET terms = json_set(terms, '$.withdrawalRequested', json(?)) WHERE product_id = ?`,
  )

  const view = (r: RequestRow): WithdrawalRequest => ({
    requestNumber: r.request_number,
    productId: r.product_id,
    productName: r.name,
    maskedNumber: maskAccountNumber(r.number),
    amount: { amountMinor: r.amount_minor, currency: r.currency },
    status: r.status,
    requestedAt: iso(r.created_at),
    cancelledAt: r.cancelled_at === null ? null : iso(r.cancelled_at),
  })

  const ruleOf = (name: string): WithdrawalRule => policy.withdrawals.byName[name] ?? policy.withdrawals.other

  function option(memberId: number, p: ContributionRow, hasOverdue: boolean): WithdrawalOption {
    const rule = ruleOf(p.name)
    const refusal: WithdrawalRefusal | null =
      rule.kind === 'retirement_only'
        ? 'retirement_only'
        : hasOverdue
          ? 'overdue_obligation'
          : pendingOf.get(p.id)!.n > 0
            ? 'request_pending'
            : p.balance_minor <= 0
              ? 'no_balance'
              : null
    const maximum =
      refusal === null && rule.kind === 'partial'
        ? Math.floor((p.balance_minor * rule.maxPercent) / 100)
        : null
    return {
      productId: p.id,
      name: p.name,
      maskedNumber: maskAccountNumber(p.number),
      balance: { amountMinor: p.balance_minor, currency },
      maximum: maximum === null ? null : { amountMinor: maximum, currency },
      refusal,
    }
  }

  function options(memberId: number): WithdrawalOption[] {
    const hasOverdue = overdue.get(memberId)!.n > 0
    return contributions.all(memberId).map((p) => option(memberId, p, hasOverdue))
  }

  const owned = (memberId: number, number: string) => {
    const r = byNumber.get(number, memberId)
    if (!r) throw new KioskError('NOT_FOUND', 'No such withdrawal request of yours')
    return r
  }

  return {
    list: (memberId: number): Withdrawals => ({
      options: options(memberId),
      requests: requests.all(memberId).map(view),
    }),

    get: (memberId: number, number: string) => view(owned(memberId, number)),

    request(memberId: number, key: string, body: WithdrawalDraft): WithdrawalRequest {
      const bodyHash = sha256(JSON.stringify([body.productId, body.amount.amountMinor, body.amount.currency]))
      let result: WithdrawalRequest | null = null
      db.transaction(() => {
        const again = byKey.get(memberId, key)
        if (again) {
          if (again.body_hash !== bodyHash)
            throw new KioskError('IDEMPOTENCY_MISMATCH', 'This key was used for another request')
          result = view(again)
          return
        }
        const o = options(memberId).find((x) => x.productId === body.productId)
        if (!o) throw new KioskError('NOT_FOUND', 'No such contribution of yours')
        if (o.refusal) throw new KioskError('CONFLICT', `The rules refuse this withdrawal: ${o.refusal}`)
        if (body.amount.currency !== currency) throw new KioskError('VALIDATION', 'Wrong currency')
        if (body.amount.amountMinor > o.maximum!.amountMinor)
          throw new KioskError('LIMIT_EXCEEDED', 'Over what the rules allow')
        const t = now().getTime()
        const id = nextId.get()!.n
        const day = new Date(t).toISOString().slice(0, 10).replaceAll('-', '')
        const number = `RA${day}${String(id).padStart(6, '0')}`
        insert.run({
          id,
          number,
          memberId,
          productId: body.productId,
          amount: body.amount.amountMinor,
          currency,
          key,
          bodyHash,
          t,
        })
        flag.run('true', body.productId)
        audit.record({
          memberId,
          action: 'withdrawal-requested',
          subject: number,
          detail: body.productId,
          actor: 'member',
        })
        result = view(byNumber.get(number, memberId)!)
      })()
      return result!
    },

    cancel(memberId: number, number: string): WithdrawalRequest {
      const r = owned(memberId, number)
      db.transaction(() => {
        if (cancel.run(now().getTime(), number).changes !== 1)
          throw new KioskError('CONFLICT', `Only a pending request can be cancelled (${r.status})`)
        flag.run('false', r.product_id)
        audit.record({
          memberId,
          action: 'withdrawal-cancelled',
          subject: number,
          detail: r.product_id,
          actor: 'member',
        })
      })()
      return view(owned(memberId, number))
    },
  }
}
export type WithdrawalsStore = ReturnType<typeof createWithdrawals>
