import type { KioskBridge } from '@shared/ipc/bridge'
import type { EventChannel, InvokeChannel } from '@shared/ipc/channels'
import type { IpcEventPayload } from '@shared/ipc/contract'
import { KioskConfigSchema, toPublicConfig, type PublicConfig } from '@shared/config/kiosk-config'
import type { MemberSummary } from '@shared/api/member'
import { fail, ok, type Answer, type FakeHandlers } from './fake-answers'
import { FAKE_BILLS } from './fake-bills'
import { FAKE_CREDENTIALS } from './fake-credentials'
import { FAKE_DEFERRALS } from './fake-deferrals'
import { FAKE_OBLIGATION_HANDLERS } from './fake-obligations'
import { FAKE_PAYMENTS } from './fake-payments'
import { FAKE_PRINTING } from './fake-printing'
import { FAKE_PRODUCTS } from './fake-products'
import { FAKE_PSE } from './fake-pse'
import { FAKE_SIMULATORS } from './fake-simulators'

export { fail, ok, type FakeHandlers } from './fake-answers'

export const TEST_CONFIG: PublicConfig = toPublicConfig(
  KioskConfigSchema.parse({
    kioskId: 'KIOSK-TEST-7',
    branch: { id: 'BR-09', name: 'Sucursal Centro' },
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Alianza', shortName: 'Coop Alianza' },
    session: { idleSeconds: 120, warningSeconds: 30 },
  }),
)

export const TEST_MEMBER: MemberSummary = {
  fullName: 'Valeria Sánchez Velásquez',
  maskedIdNumber: '****0088',
  memberNumber: 'A-28540088',
  payrollEntity: '218-COOPERATIVA ALIANZA',
  baseSalary: { amountMinor: 500_000_000, currency: 'COP' },
  seniorityMonths: 65,
  paymentCapacity: { amountMinor: 332_710_400, currency: 'COP' },
  cutoffDate: '2023-12-11',
  currency: 'COP',
  products: [
    {
      id: 'p1',
      kind: 'contribution',
      name: 'Ahorros permanentes',
      maskedNumber: '****0088',
      balance: { amountMinor: 298_350_000, currency: 'COP' },
      status: 'active',
    },
    {
      id: 'p2',
      kind: 'contribution',
      name: 'Aportes sociales',
      maskedNumber: '****4194',
      balance: { amountMinor: 3_332_900, currency: 'COP' },
      status: 'active',
    },
    {
      id: 'p3',
      kind: 'loan',
      name: 'Crédito de libre inversión',
      maskedNumber: '****7301',
      balance: { amountMinor: 1_250_000_000, currency: 'COP' },
      status: 'overdue',
    },
  ],
}

export interface FakeBridge extends KioskBridge {
  calls: { channel: InvokeChannel; payload: unknown }[]
  handlers: FakeHandlers
  emit<E extends EventChannel>(event: E, payload: IpcEventPayload<E>): void
  callsTo(channel: InvokeChannel): unknown[]
}

/**
 * An in-memory KioskBridge for renderer tests: the renderer's one replaceable seam (see bridge/index.ts).
 * Main's real services are tested on their side; here we script their answers, typed from the service
 * declarations. A channel with no default and no override answers INTERNAL, so a new method needs no
 * edit here until a test wants it to succeed.
 */
export function createFakeBridge(overrides: Partial<FakeHandlers> = {}): FakeBridge {
  const handlers: Partial<FakeHandlers> = {
    'config.get': () => ok(TEST_CONFIG),
    'auth.lookup': () =>
      ok({ maskedName: 'VALERIA S***', securityImageId: 'duck', securityPhrase: 'dado en la playa' }),
    'auth.login': () =>
      ok({
        displayName: 'Valeria Sánchez',
        mustChangePassword: false,
        pendingSetup: [],
        expiresAt: new Date(Date.now() + 600_000).toISOString(),
        previousSignIn: { at: '2026-03-14T20:05:00.000Z', channel: 'kiosk', kioskId: 'KIOSK-002' },
      }),
    'auth.logout': () => ok({ ok: true as const }),
    // A cooperative that asks no question at sign-in (co); pa's screens override it.
    'signIn.question': () => ok({ required: false as const }),
    'session.keepAlive': () => ok({ expiresAt: new Date(Date.now() + 600_000).toISOString() }),
    'member.summary': () => ok(TEST_MEMBER),
    'device.status': () => ok({ state: 'active' as const, kioskId: 'KIOSK-TEST-7' }),
    ...FAKE_CREDENTIALS,
    ...FAKE_PRODUCTS,
    ...FAKE_PRINTING,
    ...FAKE_DEFERRALS,
    ...FAKE_SIMULATORS,
    ...FAKE_PAYMENTS,
    ...FAKE_PSE,
    ...FAKE_OBLIGATION_HANDLERS,
    ...FAKE_BILLS,
    ...overrides,
  }
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>()
  const calls: FakeBridge['calls'] = []
  const bridge = {
    calls,
    handlers,
    async invoke(channel: InvokeChannel, payload: unknown) {
      calls.push({ channel, payload })
      const handler = handlers[channel] as ((input: unknown) => Answer<InvokeChannel>) | undefined
      return handler ? handler(payload) : fail('INTERNAL')
    },
    on(event: EventChannel, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    },
    emit(event: EventChannel, payload: unknown) {
      for (const l of listeners.get(event) ?? []) l(payload)
    },
    callsTo(channel: InvokeChannel) {
      return calls.filter((c) => c.channel === channel).map((c) => c.payload)
    },
  }
  return bridge as unknown as FakeBridge
}

/** A deterministic RandomSource (xorshift32) for repeatable key orders in tests. */
export function seededSource(seed: number) {
  let x = seed >>> 0 || 1
  return {
    nextUint32() {
      x ^= x << 13
      x >>>= 0
      x ^= x >>> 17
      x ^= x << 5
      x >>>= 0
      return x
    },
  }
}
