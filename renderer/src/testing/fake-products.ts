import { fail, ok, type FakeHandlers } from './fake-answers'

const notFound = () => fail('NOT_FOUND')

/**
 * Default answers of the products, statements and certificates channels for renderer tests: a member
 * with no products and no certificates. Tests script real data with `createFakeBridge({ ... })`.
 */
export const FAKE_PRODUCTS = {
  'products.position': () =>
    ok({
      cutoffDate: '2023-12-11',
      currency: 'COP' as const,
      groups: [],
      totals: {
        assets: { amountMinor: 0, currency: 'COP' as const },
        liabilities: { amountMinor: 0, currency: 'COP' as const },
        net: { amountMinor: 0, currency: 'COP' as const },
        monthlyCommitments: { amountMinor: 0, currency: 'COP' as const },
      },
    }),
  'products.ofKind': ({ kind }) => ok({ kind, cutoffDate: '2023-12-11', products: [] }),
  'products.detail': () => notFound(),
  'products.movements': () => notFound(),
  'products.cardStatement': () => notFound(),
  'certificates.options': () =>
    ok({
      kinds: ['membership' as const, 'product_balance' as const, 'annual_tax' as const],
      products: [],
      taxYears: [],
    }),
  'certificates.issue': () => notFound(),
  'certificates.get': () => notFound(),
} satisfies Partial<FakeHandlers>
