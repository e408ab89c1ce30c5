import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'

// The deferrals feature in main end to end: the real registry (audience, validation), main computing the
// simulation with shared/finance and a real sandbox over HTTP re-computing it on "Confirmar".
const ACTIVE = demoMember('co', 'active')
const logger = createLogger({ level: 'silent' })
let sandbox: TestSandbox
let services: KioskServices
let call: <C extends InvokeChannel>(channel: C, payload: unknown) => Promise<IpcOutput<C>>

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock() })
  const config = KioskConfigSchema.parse({
    kioskId: 'KIOSK-DEF',
    branch: { id: 'BR-07', name: 'Oficina Medellín Centro' },
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coopandes' },
    api: { baseUrl: sandbox.url, timeoutMs: 5000, retries: 0 },
  })
  services = createKioskServices({
    config,
    emit: createEventHub().emit,
    logger,
    dataDir: join(sandbox.dir, 'kiosk'),
  })
  call = async (channel, payload) => {
    const env = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    if (!env.ok) throw Object.assign(new Error(env.error.code), { code: env.error.code })
    return env.data as IpcOutput<typeof channel>
  }
})
afterAll(async () => {
  await services?.dispose()
  await sandbox?.close()
})

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: string }) => e.code,
  )
const KEY = 'kiosk-deferral-0000000001'

describe('deferrals in main', () => {
  it('is for a signed-in member only', async () => {
    expect(await codeOf(call('deferrals.options', {}))).toBe('NOT_AUTHENTICATED')
    await call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
  })

  it('simulates in main exactly as the core does, and validates the input', async () => {
    const o = await call('deferrals.options', {})
    const card = o.cards[0]!
    const request = {
      productId: card.productId,
      source: { kind: 'purchases', movementIds: card.purchases.slice(0, 2).map((p) => p.movementId) },
      months: 6,
    } as const
    const mine = await call('deferrals.simulate', request)
    const token = (
      await sandbox.http.post('/v1/auth/login', {
        idNumber: ACTIVE.idNumber,
        password: ACTIVE.password,
        kioskId: 'K',
      })
    ).json<{ token: string }>().token
    const core = await sandbox.http.post('/v1/card-deferrals/simulations', request, { token })
    expect(mine).toEqual(core.body)
    expect(mine.installments).toHaveLength(6)

    expect(await codeOf(call('deferrals.simulate', { ...request, months: 1 }))).toBe('VALIDATION')
    expect(await codeOf(call('deferrals.simulate', { ...request, months: 7 }))).toBe('VALIDATION')
    expect(await codeOf(call('deferrals.simulate', { ...request, productId: 'prd_nope' }))).toBe('NOT_FOUND')
    expect(await codeOf(call('deferrals.confirm', { simulation: mine }))).toBe('VALIDATION') // no key
  })

  it('confirms once per key; the card then shows the installments from next month', async () => {
    const o = await call('deferrals.options', {})
    const card = o.cards[0]!
    const chosen = card.purchases.slice(0, 2)
    const s = await call('deferrals.simulate', {
      productId: card.productId,
      source: { kind: 'purchases', movementIds: chosen.map((p) => p.movementId) },
      months: 6,
    })
    const d = await call('deferrals.confirm', { simulation: s, idempotencyKey: KEY })
    expect(d.number).toMatch(/^DF-\d{4}-\d{6}$/)
    // A retry of the same "Confirmar" (same key) is the same deferral.
    expect(await call('deferrals.confirm', { simulation: s, idempotencyKey: KEY })).toEqual(d)
    // A new confirmation of the same purchases is refused by the core.
    expect(await codeOf(call('deferrals.confirm', { simulation: s, idempotencyKey: `${KEY}-again` }))).toBe(
      'CONFLICT',
    )

    const of = await call('deferrals.ofCard', { productId: card.productId })
    expect(of.months).toHaveLength(6)
    expect(of.months[0]!.installments[0]).toMatchObject({
      number: d.number,
      installmentNumber: 1,
      installment: s.installment,
      dueDate: s.installments[0]!.dueDate,
    })
    expect(of.months[0]!.month > o.today.slice(0, 7)).toBe(true)
    expect(of.deferredBalance).toEqual(s.total)
    const after = await call('deferrals.options', {})
    expect(after.cards[0]!.purchases.map((p) => p.movementId)).not.toContain(chosen[0]!.movementId)
  })
})
