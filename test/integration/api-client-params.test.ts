import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../electron/services/logger'
import { KioskError } from '../../shared/ipc/errors'
import { testApiClient } from './helpers/kiosk-api'
import { json, stubServer } from './helpers/stub-server'

const TOKEN = 't'.repeat(40)
const COP = (amountMinor: number) => ({ amountMinor, currency: 'COP' })
const PAGE = {
  productId: 'prd_1',
  nature: 'asset',
  from: '2025-03-01',
  to: '2025-03-31',
  order: 'asc',
  openingBalance: COP(100),
  closingBalance: COP(150),
  totals: { credits: COP(50), debits: COP(0), count: 1 },
  movements: [
    {
      id: '7',
      postedOn: '2025-03-02',
      description: 'Depósito',
      reference: 'R7',
      direction: 'credit',
      amount: COP(50),
      balanceAfter: COP(150),
    },
  ],
  nextCursor: null,
}

const logger = createLogger({ level: 'silent' })
const servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})
/** A stub core that answers every request with PAGE (closed after the test). */
async function serveMovementsPage() {
  const s = await stubServer((_req, res) => json(res, 200, PAGE))
  servers.push(s)
  return s
}

describe('api client: routes with path parameters and a query string', () => {
  it('sends GET /v1/products/{id}/movements?… over HTTP and parses the page', async () => {
    const s = await serveMovementsPage()
    const api = testApiClient(s.url, logger, { retries: 0 })
    const page = await api.call(
      'productMovements',
      { params: { productId: 'prd_1' }, query: { from: '2025-03-01', to: '2025-03-31', order: 'asc' } },
      TOKEN,
    )
    expect(page).toEqual(PAGE)
    expect(s.seen[0]?.method).toBe('GET')
    expect(s.seen[0]?.url).toBe(
      '/v1/products/prd_1/movements?from=2025-03-01&to=2025-03-31&order=asc&limit=50',
    )
    expect(s.seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('sends nothing when a parameter is outside the contract', async () => {
    const s = await serveMovementsPage()
    const api = testApiClient(s.url, logger, { retries: 0 })
    const err = await api
      .call('productMovements', { params: { productId: 'a/b' }, query: {} }, TOKEN)
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(KioskError)
    expect((err as KioskError).code).toBe('VALIDATION')
    expect(s.seen).toHaveLength(0)
  })
})
