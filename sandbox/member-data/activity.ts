import type { Database } from '../db/database'
import type { Activity, ActivityItem, ActivityKind } from '../../shared/api/member-data'
import type { CurrencyCode } from '../../shared/money/currencies'
import { maskAccountNumber } from '../auth/mask'
import { maskEmail, maskPhone } from '../credentials/masking'

/** One kind of the member's activity, read from the tables that already record it. */
export interface ActivitySource {
  kind: ActivityKind
  list(memberId: number, limit: number): ActivityItem[]
}
export type ActivitySourceFactory = (db: Database) => ActivitySource

const iso = (t: number) => new Date(t).toISOString()
const item = (
  kind: ActivityKind,
  at: number,
  fields: Partial<ActivityItem> & { action: string },
): ActivityItem => ({
  kind,
  at: iso(at),
  status: null,
  reference: null,
  amount: null,
  receipt: null,
  ...fields,
})

const signIns: ActivitySourceFactory = (db) => {
  // Sessions are swept a day after they end; the last sign-in is kept apart (issue 13).
  const q = db.prepare<{ m: number; limit: number }, { at: number; kiosk_id: string }>(
    `SELECT created_at AS at, kiosk_id FROM sessions WHERE member_id = @m
     UNION SELECT at, kiosk_id FROM last_sign_ins WHERE member_id = @m
     ORDER BY at DESC LIMIT @limit`,
  )
  return {
    kind: 'sign-in',
    list: (m, limit) =>
      q.all({ m, limit }).map((r) => item('sign-in', r.at, { action: 'signed-in', reference: r.kiosk_id })),
  }
}

const credentials: ActivitySourceFactory = (db) => {
  const q = db.prepare<{ m: number; limit: number }, { at: number; action: string; status: string | null }>(
    `SELECT created_at AS at, 'password-changed' AS action, NULL AS status FROM outbox
       WHERE member_id = @m AND template = 'password-changed'
     UNION ALL SELECT created_at, 'temporary-key', CASE WHEN used_at IS NOT NULL THEN 'used'
       WHEN revoked_at IS NOT NULL THEN 'revoked' ELSE 'issued' END FROM temporary_keys WHERE member_id = @m
     UNION ALL SELECT at, 'teller-' || lower(action), CASE WHEN result = 'ok' THEN 'applied' ELSE 'refused' END
       FROM teller_audit WHERE member_id = @m
     ORDER BY at DESC LIMIT @limit`,
  )
  return {
    kind: 'credential',
    list: (m, limit) =>
      q
        .all({ m, limit })
        .map((r) =>
          item('credential', r.at, { action: r.action.replace(/[^a-z_-]/g, ''), status: r.status }),
        ),
  }
}

const contactChanges: ActivitySourceFactory = (db) => {
  const q = db.prepare<[number, number], { at: number; field: string; status: string; new_value: string }>(
    `SELECT created_at AS at, field, status, new_value FROM contact_changes WHERE member_id = ?
     ORDER BY created_at DESC LIMIT ?`,
  )
  const shown = (field: string, v: string) =>
    field === 'mobile' ? maskPhone(v) : field === 'email' ? maskEmail(v) : v
  return {
    kind: 'contact-change',
    list: (m, limit) =>
      q.all(m, limit).map((r) =>
        item('contact-change', r.at, {
          action: r.field,
          status: r.status,
          reference: shown(r.field, r.new_value),
        }),
      ),
  }
}

const withdrawals: ActivitySourceFactory = (db) => {
  const q = db.prepare<
    [number, number],
    { at: number; number: string; status: string; amount_minor: number; currency: CurrencyCode }
  >(
    `SELECT created_at AS at, request_number AS number, status, amount_minor, currency
     FROM contribution_withdrawals WHERE member_id = ? ORDER BY created_at DESC LIMIT ?`,
  )
  return {
    kind: 'withdrawal',
    list: (m, limit) =>
      q.all(m, limit).map((r) =>
        item('withdrawal', r.at, {
          action: 'requested',
          status: r.status,
          reference: r.number,
          amount: { amountMinor: r.amount_minor, currency: r.currency },
          receipt: { kind: 'withdrawal', requestNumber: r.number },
        }),
      ),
  }
}

const transfers: ActivitySourceFactory = (db) => {
  const q = db.prepare<
    [number, number],
    { at: number; kind: string; receipt_number: string; amount_minor: number; currency: CurrencyCode }
  >(
    `SELECT posted_at AS at, kind, receipt_number, amount_minor, currency FROM payment_operations
     WHERE member_id = ? ORDER BY posted_at DESC LIMIT ?`,
  )
  return {
    kind: 'transfer',
    list: (m, limit) =>
      q.all(m, limit).map((r) =>
        item('transfer', r.at, {
          action: r.kind,
          status: 'applied',
          reference: r.receipt_number,
          amount: { amountMinor: r.amount_minor, currency: r.currency },
          receipt: { kind: 'transfer', receiptNumber: r.receipt_number },
        }),
      ),
  }
}

const beneficiaries: ActivitySourceFactory = (db) => {
  const q = db.prepare<[number, number], { at: number; account_number: string }>(
    'SELECT created_at AS at, account_number FROM beneficiaries WHERE member_id = ? ORDER BY created_at DESC LIMIT ?',
  )
  return {
    kind: 'beneficiary',
    list: (m, limit) =>
      q.all(m, limit).map((r) =>
        item('beneficiary', r.at, {
          action: 'added',
          status: 'applied',
          reference: maskAccountNumber(r.account_number),
        }),
      ),
  }
}

/** Every source of "Mi actividad": another operation kind (payments, PSE…) is one more entry. */
export const ACTIVITY_SOURCES: readonly ActivitySourceFactory[] = [
  signIns,
  credentials,
  contactChanges,
  withdrawals,
  transfers,
  beneficiaries,
]

/** The newest `limit` items of all sources together. */
export function createActivity(db: Database, factories = ACTIVITY_SOURCES, limit = 50) {
  const sources = factories.map((f) => f(db))
  return {
    list(memberId: number): Activity {
      const items = sources.flatMap((s) => s.list(memberId, limit))
      items.sort((a, b) => b.at.localeCompare(a.at))
      return { items: items.slice(0, limit) }
    },
  }
}
