import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createAuthService, type AuthService } from '../../electron/services/auth-service'
import { createLogger } from '../../electron/services/logger'
import { createProductsService, type ProductsService } from '../../electron/services/products-service'
import { demoMember, type DemoRole } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { KioskError } from '../../shared/ipc/errors'
import { testApiClient } from './helpers/kiosk-api'
import { manualClock } from './helpers/manual-clock'

const logger = createLogger({ level: 'silent' })
const time = manualClock()
let sandbox: TestSandbox

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: time.sandboxClock })
})
afterAll(() => sandbox.close())

async function signedIn(role: DemoRole): Promise<{ auth: AuthService; products: ProductsService }> {
  const api = testApiClient(sandbox.url, logger)
  const auth = createAuthService({ api, kioskId: 'KIOSK-IT', emit: () => {}, logger, clock: time.clock })
  const m = demoMember('co', role)
  await auth.login(m.idNumber, m.password)
  return { auth, products: createProductsService({ api, auth }) }
}

describe('products service against the real sandbox', () => {
  it('reads position, tabs and details with the member’s session', async () => {
    const { products, auth } = await signedIn('active')
    const position = await products.position()
    expect(position.groups).toHaveLength(8)
    const loans = await products.ofKind('loan')
    expect(loans.products).toHaveLength(1)
    const detail = await products.detail(loans.products[0]!.id)
    expect(detail).toEqual(loans.products[0])
    await auth.logout()
    const err = await products.position().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(KioskError)
    expect((err as KioskError).code).toBe('NOT_AUTHENTICATED')
  })

  it('follows every page of a 2,000-movement statement, oldest first, with balances that chain', async () => {
    const { products } = await signedIn('heavy')
    const shop = (await products.ofKind('savings')).products.find(
      (p) => p.name === 'Cuenta de ahorros comercial',
    )!
    const started = performance.now()
    const statement = await products.statement(shop.id, '2025-01-01', '2026-02-28')
    const ms = performance.now() - started
    expect(statement.movements.length).toBe(statement.totals.count)
    expect(statement.movements.length).toBeGreaterThan(2000)
    let balance = statement.openingBalance.amountMinor
    for (const m of statement.movements) {
      balance += (m.direction === 'credit' ? 1 : -1) * m.amount.amountMinor
      expect(m.balanceAfter.amountMinor).toBe(balance)
    }
    expect(balance).toBe(statement.closingBalance.amountMinor)
    process.stdout.write(
      `products: ${statement.movements.length}-movement statement fetched in ${ms.toFixed(0)} ms\n`,
    )
  })

  it('issues a certificate and gets the same one back by its code; card statements by period', async () => {
    const { products } = await signedIn('active')
    const issued = await products.issueCertificate({ kind: 'membership' })
    expect(await products.certificate(issued.code)).toEqual(issued)
    const [card] = (await products.ofKind('card')).products
    if (card?.kind !== 'card') throw new Error('no card')
    const latest = await products.cardStatement(card.id)
    expect(latest.period).toBe(card.card.periods[0])
    expect((await products.cardStatement(card.id, card.card.periods[1])).period).toBe(card.card.periods[1])
    const err = await products.detail('prd_000000000000').catch((e: unknown) => e)
    expect((err as KioskError).code).toBe('NOT_FOUND')
  })

  it('answers every products channel through the IPC registry with envelopes that match the contract', async () => {
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-IT',
      api: { baseUrl: sandbox.url, timeoutMs: 3000, retries: 0 },
    })
    const services = createKioskServices({ config, emit: () => {}, logger, clock: time.clock })
    const call = async (
      channel: Extract<InvokeChannel, `products.${string}` | `certificates.${string}`>,
      payload: unknown,
    ) =>
      envelopeSchema(IPC_CONTRACT[channel].output).parse(await services.registry.dispatch(channel, payload))
    const m = demoMember('co', 'active')
    await services.registry.dispatch('auth.login', { idNumber: m.idNumber, password: m.password })

    const position = await call('products.position', {})
    expect(position.ok).toBe(true)
    const savings = await call('products.ofKind', { kind: 'savings' })
    if (!savings.ok) throw new Error('ofKind failed')
    const productId = (savings.data as { products: { id: string }[] }).products[0]!.id
    expect((await call('products.detail', { productId })).ok).toBe(true)
    expect((await call('products.movements', { productId, last: 20 })).ok).toBe(true)
    expect(await call('products.movements', { productId, last: 15 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    expect(await call('products.movements', { productId, from: '2025-05-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    const page = await call('products.movements', {
      productId,
      from: '2025-03-01',
      to: '2026-02-28',
      limit: 5,
    })
    expect(page).toMatchObject({ ok: true, data: { movements: { length: 5 } } })
    expect((await call('certificates.options', {})).ok).toBe(true)
    const cert = await call('certificates.issue', { kind: 'annual_tax', year: 2025 })
    if (!cert.ok) throw new Error('issue failed')
    const code = (cert.data as { code: string }).code
    expect(await call('certificates.get', { code })).toEqual(cert)
    const [card] = (
      (await call('products.ofKind', { kind: 'card' })) as { data: { products: { id: string }[] } }
    ).data.products
    expect((await call('products.cardStatement', { productId: card!.id })).ok).toBe(true)
    await services.dispose()
  })
})
