import type { Biller, BillReceipt, CardPaymentOptions, RegisteredService } from '@shared/api/bills'
import { ok, type FakeHandlers } from './fake-answers'
import { FAKE_PAYMENT_ACCOUNTS } from './fake-payments'

const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })

export const FAKE_BILLERS: Biller[] = [
  { id: 'epm-energia', name: 'EPM Energía', category: 'energy', kind: 'bill', contractDigits: 10 },
  {
    id: 'tigo-recarga',
    name: 'Tigo recargas',
    category: 'topup',
    kind: 'topup',
    contractDigits: 10,
    minAmount: COP(100_000),
    maxAmount: COP(20_000_000),
  },
]

export const FAKE_SERVICE: RegisteredService = {
  id: 'service-000000001',
  biller: FAKE_BILLERS[0]!,
  maskedContract: '******1237',
  debitAccount: { id: 's1', name: 'Ahorro a la vista', maskedNumber: '****4821' },
  amountDue: COP(8_765_400),
}

export const FAKE_CARDS: CardPaymentOptions = {
  own: [
    {
      productId: 'c1',
      name: 'Tarjeta de crédito Visa',
      maskedCardNumber: '4532 **** **** 9012',
      total: COP(120_000_000),
      minimum: COP(6_000_000),
    },
  ],
  other: [],
  banks: [{ id: 'bancolombia', name: 'Bancolombia' }],
}

export function fakeBillReceipt(amountMinor: number, kind: BillReceipt['kind'] = 'bill'): BillReceipt {
  return {
    operationId: '1',
    receiptNumber: 'PS202612040000001',
    verificationCode: 'ABCD-EFGH-JKMN-PQRS',
    status: 'completed',
    kind,
    origin: { name: 'Ahorro a la vista', maskedNumber: '****4821' },
    destination: { name: 'EPM Energía', maskedNumber: '******1237' },
    amount: COP(amountMinor),
    fee: COP(0),
    postedAt: '2026-12-04T15:30:00.000Z',
    automatic: false,
    originBalanceAfter: COP(235_000_000 - amountMinor),
  }
}

/** Default answers of the bills channels for renderer tests; tests script refusals and faults. */
export const FAKE_BILLS = {
  'bills.catalogue': () => ok({ billers: FAKE_BILLERS }),
  'bills.services': () => ok({ services: [FAKE_SERVICE] }),
  'bills.authorizeService': (d) =>
    ok({
      challengeId: 'challenge-bill-000001',
      authorises: {
        purpose: 'service' as const,
        billerName: FAKE_BILLERS.find((b) => b.id === d.billerId)?.name ?? d.billerId,
        maskedContract: `******${d.contractNumber.slice(-4)}`,
        debitAccount: { name: 'Ahorro a la vista', maskedNumber: '****4821' },
      },
      maskedPhone: '******7812',
      expiresInSeconds: 300,
      resendInSeconds: 60,
      resendsLeft: 2,
      attemptsLeft: 3,
      attemptsLeftToday: 10,
    }),
  'bills.addService': () => ok(FAKE_SERVICE),
  'bills.pay': ({ amount }) =>
    ok({ status: 'completed' as const, receipt: fakeBillReceipt(amount.amountMinor) }),
  'bills.payCard': ({ amount }) =>
    ok({ status: 'completed' as const, receipt: fakeBillReceipt(amount.amountMinor, 'card_own') }),
  'bills.confirm': ({ idempotencyKey }) => ok({ status: 'pending' as const, idempotencyKey }),
  'bills.schedules': () => ok({ schedules: [] }),
  'bills.history': () => ok({ payments: [] }),
  'bills.cardOptions': () => ok(FAKE_CARDS),
  'payments.accounts': () => ok(FAKE_PAYMENT_ACCOUNTS),
} satisfies Partial<FakeHandlers>
