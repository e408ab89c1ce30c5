import type { AchDraft, AchOptions } from '@shared/api/ach'
import type { PsePayment } from '@shared/api/pse'
import type { TransferAuthorises, TransferReceipt } from '@shared/api/payments'
import { ok, type FakeHandlers } from './fake-answers'
import { FAKE_PAYMENT_ACCOUNTS } from './fake-payments'

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })

/** The co profile's ACH banks, limits and fee, as the sandbox answers them. */
export const FAKE_ACH_OPTIONS: AchOptions = {
  banks: [
    { code: '1007', name: 'Bancolombia' },
    { code: '1051', name: 'Davivienda' },
  ],
  rules: { perOperation: COP(200_000_000), perDay: COP(300_000_000), usedToday: COP(0), fee: COP(450_000) },
}

export function fakeAchAuthorises(d: AchDraft): TransferAuthorises {
  const origin = FAKE_PAYMENT_ACCOUNTS.accounts.find((a) => a.id === d.originAccountId)!
  return {
    kind: 'bank',
    origin: { name: origin.name, maskedNumber: origin.maskedNumber },
    destination: {
      name: FAKE_ACH_OPTIONS.banks.find((b) => b.code === d.destination.bankCode)!.name,
      maskedNumber: `****${d.destination.accountNumber.slice(-4)}`,
      maskedHolder: `******${d.destination.holderId.slice(-4)}`,
    },
    amount: d.amount,
    fee: COP(450_000),
    total: COP(d.amount.amountMinor + 450_000),
    reference: d.reference,
  }
}

export function fakeAchReceipt(d: AchDraft): TransferReceipt {
  const a = fakeAchAuthorises(d)
  return {
    operationId: 'ach-1',
    receiptNumber: 'TR2026120490000001',
    verificationCode: 'ABCD-EFGH-JKMN-PQRS',
    status: 'completed',
    kind: 'bank',
    origin: a.origin,
    destination: a.destination,
    amount: a.amount,
    fee: a.fee,
    reference: a.reference,
    postedAt: '2026-12-04T15:30:00.000Z',
    originBalanceAfter: COP(235_000_000 - a.total.amountMinor),
    clearing: { status: 'pending' },
  }
}

/** A PSE payment of the fake accounts, in the status asked for. */
export function fakePsePayment(
  status: PsePayment['status'] = 'created',
  amountMinor = 5_000_000,
): PsePayment {
  return {
    paymentId: 'pse-payment-000000001',
    idempotencyKey: 'key-0000000000000001',
    reference: '011808345359569',
    description: 'Recarga de ahorros desde otra entidad (PSE)',
    account: { name: 'Ahorro a la vista', maskedNumber: '****4821' },
    total: COP(amountMinor),
    payBefore: '2026-12-04T16:00:00.000Z',
    checkoutUrl: 'http://127.0.0.1:8787/sandbox/pse/checkout/pse-payment-000000001',
    status,
    createdAt: '2026-12-04T15:30:00.000Z',
    ...(status === 'approved'
      ? {
          receipt: {
            receiptNumber: 'PS202612040000001',
            verificationCode: 'ABCD-EFGH-JKMN-PQRS',
            account: { name: 'Ahorro a la vista', maskedNumber: '****4821' },
            amount: COP(amountMinor),
            reference: '011808345359569',
            postedAt: '2026-12-04T15:35:00.000Z',
            balanceAfter: COP(240_000_000),
          },
        }
      : {}),
  }
}

/** Default answers of the ACH and PSE channels: a code for any ACH draft, sends that complete; PSE payments created. */
export const FAKE_PSE = {
  'ach.options': () => ok(FAKE_ACH_OPTIONS),
  'ach.authorize': (d) =>
    ok({
      challengeId: 'challenge-0000000002',
      authorises: fakeAchAuthorises(d),
      maskedPhone: '******7812',
      expiresInSeconds: 300,
      resendInSeconds: 60,
      resendsLeft: 2,
      attemptsLeft: 3,
      attemptsLeftToday: 10,
    }),
  'ach.transfer': ({ challengeId: _c, code: _code, idempotencyKey: _k, ...d }) =>
    ok({ status: 'completed' as const, receipt: fakeAchReceipt(d) }),
  'pse.limits': () => ok({ perOperation: COP(500_000_000), minimum: COP(1_000_000), validMinutes: 30 }),
  'pse.create': ({ amount }) =>
    ok({ status: 'created' as const, payment: fakePsePayment('created', amount.amountMinor) }),
  'pse.status': () => ok(fakePsePayment('created')),
  'pse.cancel': () => ok(fakePsePayment('cancelled')),
} satisfies Partial<FakeHandlers>
