import type {
  ObligationList,
  ObligationPaymentDraft,
  ObligationReceipt,
  Requirements,
} from '@shared/api/obligations'
import { ok, type FakeHandlers } from './fake-answers'
import { FAKE_PAYMENT_ACCOUNTS } from './fake-payments'

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })

/** Seed 000's two aportes rows ($3.800 and $34.200) and an overdue loan, as the sandbox answers them. */
export const FAKE_OBLIGATIONS: ObligationList = {
  cutoffDate: '2026-11-30',
  currency: 'COP',
  obligations: [
    {
      id: 'o1',
      kind: 'contribution',
      obligation: '1 - ****7777',
      concept: 'Aportes sociales',
      collection: 'counter',
      nextDue: COP(380_000),
      dueDate: '2026-12-28',
      overdue: COP(0),
      maxAmount: COP(4_560_000),
    },
    {
      id: 'o2',
      kind: 'contribution',
      obligation: '2 - ****7777',
      concept: 'Ahorros permanentes',
      collection: 'counter',
      nextDue: COP(3_420_000),
      dueDate: '2026-12-28',
      overdue: COP(0),
      maxAmount: COP(41_040_000),
    },
    {
      id: 'o3',
      kind: 'loan',
      obligation: 'CR-01 - ****7301',
      concept: 'Crédito de libre inversión',
      collection: 'counter',
      nextDue: COP(51_000_000),
      dueDate: '2026-10-05',
      overdue: COP(51_000_000),
      maxAmount: COP(900_000_000),
    },
  ],
  totals: { nextDue: COP(54_800_000), overdue: COP(51_000_000) },
}

/** Every requirement met, as the API would decide it for a draft within the fake accounts' balances. */
export function fakeRequirements(d: ObligationPaymentDraft): Requirements {
  const total = COP(d.lines.reduce((s, l) => s + l.amount.amountMinor, 0))
  return {
    total,
    met: true,
    requirements: [
      ...d.lines.map((l) => ({
        id: 'amount_allowed' as const,
        subject: FAKE_OBLIGATIONS.obligations.find((o) => o.id === l.obligationId)!.obligation,
        meets: true,
        required: l.amount,
        available: l.amount,
      })),
      { id: 'sources_total', subject: '', meets: true, required: total, available: total },
      ...d.sources.map((s) => {
        const a = FAKE_PAYMENT_ACCOUNTS.accounts.find((x) => x.id === s.accountId)!
        return {
          id: 'savings_balance' as const,
          subject: `${a.name} ${a.maskedNumber}`,
          meets: true,
          required: s.amount,
          available: a.available,
        }
      }),
      { id: 'daily_limit', subject: '', meets: true, required: total, available: COP(500_000_000) },
    ],
  }
}

export function fakeObligationReceipt(d: ObligationPaymentDraft): ObligationReceipt {
  return {
    operationId: '7',
    receiptNumber: 'PO202612040000007',
    verificationCode: 'ABCD-EFGH-JKMN-PQRS',
    status: 'completed',
    mode: d.mode,
    lines: d.lines.map((l) => {
      const o = FAKE_OBLIGATIONS.obligations.find((x) => x.id === l.obligationId)!
      return {
        obligationId: o.id,
        kind: o.kind,
        obligation: o.obligation,
        concept: o.concept,
        amount: l.amount,
      }
    }),
    sources: d.sources.map((s) => {
      const a = FAKE_PAYMENT_ACCOUNTS.accounts.find((x) => x.id === s.accountId)!
      return {
        kind: 'savings' as const,
        name: a.name,
        maskedNumber: a.maskedNumber,
        amount: s.amount,
        balanceAfter: COP(a.available.amountMinor - s.amount.amountMinor),
      }
    }),
    total: COP(d.lines.reduce((s, l) => s + l.amount.amountMinor, 0)),
    postedAt: '2026-12-04T15:30:00.000Z',
  }
}

/** Default answers of the obligations channels: the list above, requirements met, payments that complete. */
export const FAKE_OBLIGATION_HANDLERS = {
  'obligations.list': () => ok(FAKE_OBLIGATIONS),
  'obligations.requirements': (d) => ok(fakeRequirements(d)),
  'obligations.pay': ({ idempotencyKey: _k, ...d }) =>
    ok({ status: 'completed' as const, receipt: fakeObligationReceipt(d) }),
  'obligations.confirm': ({ idempotencyKey }) => ok({ status: 'pending' as const, idempotencyKey }),
} satisfies Partial<FakeHandlers>
