import { ok, type FakeHandlers } from './fake-answers'

/**
 * Default answers of the deferral channels for renderer tests: no card to defer, and a card with no
 * deferral (the card page shows its empty section). Tests script real data with `createFakeBridge`.
 */
export const FAKE_DEFERRALS = {
  'deferrals.options': () => ok({ today: '2023-12-11', months: [3, 6, 12], cards: [] }),
  'deferrals.ofCard': ({ productId }) =>
    ok({ productId, deferredBalance: { amountMinor: 0, currency: 'COP' as const }, months: [] }),
} satisfies Partial<FakeHandlers>
