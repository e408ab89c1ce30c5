import type {
  PaymentAccounts,
  TransferAuthorises,
  TransferDraft,
  TransferReceipt,
} from '@shared/api/payments'
import { fail, ok, type FakeHandlers } from './fake-answers'

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })

/** Two savings accounts and the co profile's rules, as the sandbox answers them. */
export const FAKE_PAYMENT_ACCOUNTS: PaymentAccounts = {
  accounts: [
    { id: 's1', name: 'Ahorro a la vista', maskedNumber: '****4821', available: COP(235_000_000) },
    { id: 's2', name: 'Ahorro programado navideño', maskedNumber: '****7730', available: COP(60_000_000) },
  ],
  rules: {
    perOperation: COP(300_000_000),
    perDay: COP(500_000_000),
    usedToday: COP(0),
    fees: { own: COP(0), member: COP(150_000) },
  },
}

/** What a code authorises for a draft of the fake accounts (the API's answer, restated). */
export function fakeAuthorises(d: TransferDraft): TransferAuthorises {
  const party = (id: string) => {
    const a = FAKE_PAYMENT_ACCOUNTS.accounts.find((x) => x.id === id)!
    return { name: a.name, maskedNumber: a.maskedNumber }
  }
  const member = d.destination.kind === 'member'
  const fee = member ? 150_000 : 0
  return {
    kind: d.destination.kind,
    origin: party(d.originAccountId),
    destination:
      d.destination.kind === 'own'
        ? party(d.destination.accountId)
        : { name: 'Ahorro a la vista', maskedNumber: '****9140', maskedHolder: 'JUAN C**** P**** M******' },
    amount: d.amount,
    fee: COP(fee),
    total: COP(d.amount.amountMinor + fee),
    reference: d.reference,
  }
}

export function fakeReceipt(d: TransferDraft, n = 1): TransferReceipt {
  const a = fakeAuthorises(d)
  return {
    operationId: String(n),
    receiptNumber: `TR20261204${String(n).padStart(7, '0')}`,
    verificationCode: 'ABCD-EFGH-JKMN-PQRS',
    status: 'completed',
    kind: a.kind,
    origin: a.origin,
    destination: a.destination,
    amount: a.amount,
    fee: a.fee,
    reference: a.reference,
    postedAt: '2026-12-04T15:30:00.000Z',
    originBalanceAfter: COP(235_000_000 - a.total.amountMinor),
  }
}

/**
 * Default answers of the payments channels for renderer tests: the accounts above, a code for any
 * draft, and transfers that complete. Tests script refusals and faults with `createFakeBridge({ ... })`.
 */
export const FAKE_PAYMENTS = {
  'payments.accounts': () => ok(FAKE_PAYMENT_ACCOUNTS),
  'payments.checkDestination': () => fail('NOT_FOUND'),
  'payments.authorize': (d) =>
    ok({
      challengeId: 'challenge-0000000001',
      authorises: fakeAuthorises(d),
      maskedPhone: '******7812',
      expiresInSeconds: 300,
      resendInSeconds: 60,
      resendsLeft: 2,
      attemptsLeft: 3,
      attemptsLeftToday: 10,
    }),
  'payments.resend': () => fail('RATE_LIMITED', { retryAfterSeconds: 42 }),
  'payments.transfer': ({ challengeId: _c, code: _code, idempotencyKey: _k, ...d }) =>
    ok({ status: 'completed' as const, receipt: fakeReceipt(d) }),
  'payments.confirm': ({ idempotencyKey }) => ok({ status: 'pending' as const, idempotencyKey }),
  // No beneficiaries unless a test scripts some (the transfer wizard lists them on the destination step).
  'beneficiaries.list': () => ok({ beneficiaries: [] }),
} satisfies Partial<FakeHandlers>
