import { afterEach, describe, expect, it } from 'vitest'
import { createApiClient, type ApiClientOptions } from '../../electron/services/api-client'
import { createLogger } from '../../electron/services/logger'
import { caught } from './helpers/kiosk-api'
import { closedPortUrl, json, stubServer } from './helpers/stub-server'

const logger = createLogger({ level: 'silent' })
const TOKEN = 't'.repeat(40)
const SUMMARY = {
  fullName: 'Ana Pérez',
  maskedIdNumber: '****5678',
  memberNumber: 'M-1',
  payrollEntity: null,
  baseSalary: null,
  seniorityMonths: 3,
  paymentCapacity: { amountMinor: 0, currency: 'COP' },
  cutoffDate: '2026-01-31',
  currency: 'COP',
  products: [],
}
const LOOKUP = { maskedName: 'A** P****', securityImageId: 'apple', securityPhrase: 'hola' }

function recordingLogger() {
  const lines: { level: string; obj: object; msg: string }[] = []
  const at = (level: string) => (obj: object, msg: string) => void lines.push({ level, obj, msg })
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

const servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})
async function serve(handle: Parameters<typeof stubServer>[0]) {
  const s = await stubServer(handle)
  servers.push(s)
  return s
}
const client = (baseUrl: string, over: Partial<ApiClientOptions> = {}) =>
  createApiClient({
    baseUrl,
    timeoutMs: 2000,
    retries: 2,
    logger,
    kioskId: 'KIOSK-T',
    retryDelayMs: 5,
    ...over,
  })

describe('api client: requests', () => {
  it('uses the route table: method, path, bearer token, kiosk id and a fresh x-request-id', async () => {
    const s = await serve((_req, res) => json(res, 200, SUMMARY))
    const api = client(s.url)
    expect(await api.call('memberSummary', undefined, TOKEN)).toEqual(SUMMARY)
    await api.call('memberSummary', undefined, TOKEN)
    const [a, b] = s.seen
    expect(a?.method).toBe('GET')
    expect(a?.url).toBe('/v1/members/me/summary')
    expect(a?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(a?.headers['x-kiosk-id']).toBe('KIOSK-T')
    expect(a?.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(b?.headers['x-request-id']).not.toBe(a?.headers['x-request-id'])
  })

  it('sends the validated body and no token on public routes', async () => {
    const s = await serve((_req, res) => json(res, 200, LOOKUP))
    expect(await client(s.url).call('lookup', { idNumber: '12345678' })).toEqual(LOOKUP)
    expect(s.seen[0]?.method).toBe('POST')
    expect(s.seen[0]?.url).toBe('/v1/auth/lookup')
    expect(JSON.parse(s.seen[0]?.body ?? '')).toEqual({ idNumber: '12345678' })
    expect(s.seen[0]?.headers['content-type']).toMatch(/^application\/json/)
    expect(s.seen[0]?.headers.authorization).toBeUndefined()
  })

  it('refuses to send a body outside the contract, and an auth route without a token', async () => {
    const s = await serve((_req, res) => json(res, 200, LOOKUP))
    const bad = await caught(client(s.url).call('lookup', { idNumber: '12 34' }))
    expect(bad.code).toBe('VALIDATION')
    expect(bad.details?.issues?.[0]?.path).toBe('idNumber')
    expect((await caught(client(s.url).call('memberSummary', undefined))).code).toBe('NOT_AUTHENTICATED')
    expect(s.seen).toHaveLength(0)
  })
})

describe('api client: error mapping', () => {
  it('maps an ApiError body to its code and details', async () => {
    const s = await serve((_req, res) =>
      json(res, 401, {
        error: {
          code: 'INVALID_CREDENTIALS',
          message: 'wrong',
          requestId: 'r1',
          details: { attemptsLeft: 2 },
        },
      }),
    )
    const e = await caught(client(s.url).call('login', { idNumber: '12345678', password: 'x', kioskId: 'K' }))
    expect(e.code).toBe('INVALID_CREDENTIALS')
    expect(e.details).toEqual({ attemptsLeft: 2 })
    expect(e.toIpcError()).toEqual({
      code: 'INVALID_CREDENTIALS',
      messageKey: 'errors.INVALID_CREDENTIALS',
      retryable: false,
      details: { attemptsLeft: 2 },
    })
  })

  it('maps ACCOUNT_LOCKED and SESSION_EXPIRED bodies', async () => {
    const s = await serve((req, res) =>
      req.url === '/v1/auth/login'
        ? json(res, 423, { error: { code: 'ACCOUNT_LOCKED', message: 'locked' } })
        : json(res, 401, { error: { code: 'SESSION_EXPIRED', message: 'expired' } }),
    )
    const api = client(s.url)
    expect(
      (await caught(api.call('login', { idNumber: '12345678', password: 'x', kioskId: 'K' }))).code,
    ).toBe('ACCOUNT_LOCKED')
    expect((await caught(api.call('memberSummary', undefined, TOKEN))).code).toBe('SESSION_EXPIRED')
  })

  it('maps 500 without a body to SERVER_ERROR', async () => {
    const s = await serve((_req, res) => res.writeHead(500).end())
    expect((await caught(client(s.url, { retries: 0 }).call('health', undefined))).code).toBe('SERVER_ERROR')
  })

  it('maps 502 with an HTML body to SERVER_ERROR', async () => {
    const s = await serve((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    )
    expect((await caught(client(s.url, { retries: 0 }).call('health', undefined))).code).toBe('SERVER_ERROR')
  })

  it('maps 429 to RATE_LIMITED with Retry-After', async () => {
    const s = await serve((_req, res) => res.writeHead(429, { 'retry-after': '30' }).end())
    const e = await caught(client(s.url).call('lookup', { idNumber: '12345678' }))
    expect(e.code).toBe('RATE_LIMITED')
    expect(e.details).toEqual({ retryAfterSeconds: 30 })
    expect(e.toIpcError().retryable).toBe(true)
  })

  it('maps other 4xx to VALIDATION', async () => {
    const s = await serve((_req, res) => res.writeHead(404).end('nope'))
    expect((await caught(client(s.url).call('lookup', { idNumber: '12345678' }))).code).toBe('VALIDATION')
  })

  it('maps an API INTERNAL error body to SERVER_ERROR (the fault is the server’s)', async () => {
    const s = await serve((_req, res) => json(res, 500, { error: { code: 'INTERNAL', message: 'boom' } }))
    expect((await caught(client(s.url, { retries: 0 }).call('health', undefined))).code).toBe('SERVER_ERROR')
  })

  it('maps a 2xx response outside the schema to SERVER_ERROR', async () => {
    const s = await serve((_req, res) => json(res, 200, { ...SUMMARY, products: [{ id: 1 }] }))
    expect((await caught(client(s.url).call('memberSummary', undefined, TOKEN))).code).toBe('SERVER_ERROR')
    // A contract violation is not transient: no retry.
    expect(s.seen).toHaveLength(1)
  })

  it('maps unparseable 2xx JSON to SERVER_ERROR', async () => {
    const s = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":'),
    )
    expect((await caught(client(s.url).call('lookup', { idNumber: '12345678' }))).code).toBe('SERVER_ERROR')
  })

  it('maps a redirect to SERVER_ERROR without following it', async () => {
    const s = await serve((req, res) =>
      req.url === '/elsewhere'
        ? json(res, 200, SUMMARY)
        : res.writeHead(302, { location: '/elsewhere' }).end(),
    )
    expect((await caught(client(s.url).call('memberSummary', undefined, TOKEN))).code).toBe('SERVER_ERROR')
    expect(s.seen.map((r) => r.url)).toEqual(['/v1/members/me/summary'])
  })

  it('maps a slow server to API_TIMEOUT', async () => {
    const s = await serve((_req, res) => setTimeout(() => json(res, 200, LOOKUP), 2000))
    const e = await caught(client(s.url, { timeoutMs: 500 }).call('lookup', { idNumber: '12345678' }))
    expect(e.code).toBe('API_TIMEOUT')
    expect(e.toIpcError().retryable).toBe(true)
  })

  it('maps a closed port to API_UNREACHABLE', async () => {
    const e = await caught(client(await closedPortUrl()).call('lookup', { idNumber: '12345678' }))
    expect(e.code).toBe('API_UNREACHABLE')
  })

  it('maps an unknown host to API_UNREACHABLE', async () => {
    const e = await caught(client('https://kiosk-api.invalid', { retries: 0 }).call('health', undefined))
    expect(e.code).toBe('API_UNREACHABLE')
  })

  it('maps a connection reset mid-request to API_UNREACHABLE', async () => {
    const s = await serve((req, res) => res.socket?.destroy())
    expect((await caught(client(s.url, { retries: 0 }).call('health', undefined))).code).toBe(
      'API_UNREACHABLE',
    )
  })
})

describe('api client: retries', () => {
  it('retries a GET up to `retries` times on 5xx, then gives up', async () => {
    const s = await serve((_req, res) => res.writeHead(503).end())
    expect((await caught(client(s.url, { retries: 2 }).call('memberSummary', undefined, TOKEN))).code).toBe(
      'SERVER_ERROR',
    )
    expect(s.seen).toHaveLength(3)
    // Each attempt is its own request.
    expect(new Set(s.seen.map((r) => r.headers['x-request-id'])).size).toBe(3)
  })

  it('succeeds when a retry succeeds', async () => {
    const s = await serve((_req, res) =>
      s.seen.length < 2 ? res.writeHead(502).end() : json(res, 200, SUMMARY),
    )
    expect(await client(s.url, { retries: 2 }).call('memberSummary', undefined, TOKEN)).toEqual(SUMMARY)
    expect(s.seen).toHaveLength(2)
  })

  it('retries the idempotent POSTs keepAlive and logout, and on 429', async () => {
    const s = await serve((req, res) => {
      const n = s.seen.filter((r) => r.url === req.url).length
      if (n === 1) return res.writeHead(429).end()
      json(res, 200, req.url === '/v1/auth/logout' ? { ok: true } : { expiresAt: '2030-01-01T00:00:00.000Z' })
    })
    const api = client(s.url, { retries: 1 })
    expect(await api.call('keepAlive', undefined, TOKEN)).toEqual({ expiresAt: '2030-01-01T00:00:00.000Z' })
    expect(await api.call('logout', undefined, TOKEN)).toEqual({ ok: true })
    // Body-less POSTs carry no body and no Content-Type (no accidental form encoding).
    expect(s.seen[0]?.headers['content-type']).toBeUndefined()
    expect(s.seen[0]?.body).toBe('')
    expect(s.seen.map((r) => r.url)).toEqual([
      '/v1/session/keepalive',
      '/v1/session/keepalive',
      '/v1/auth/logout',
      '/v1/auth/logout',
    ])
  })

  it('retries a safe call after a timeout', async () => {
    const s = await serve((_req, res) =>
      s.seen.length === 1 ? setTimeout(() => json(res, 200, SUMMARY), 1500) : json(res, 200, SUMMARY),
    )
    expect(
      await client(s.url, { timeoutMs: 500, retries: 1 }).call('memberSummary', undefined, TOKEN),
    ).toEqual(SUMMARY)
    expect(s.seen).toHaveLength(2)
  })

  it('never retries login or lookup', async () => {
    const s = await serve((_req, res) => res.writeHead(503).end())
    const api = client(s.url, { retries: 5 })
    expect(
      (await caught(api.call('login', { idNumber: '12345678', password: 'x', kioskId: 'K' }))).code,
    ).toBe('SERVER_ERROR')
    expect((await caught(api.call('lookup', { idNumber: '12345678' }))).code).toBe('SERVER_ERROR')
    expect(s.seen.map((r) => r.url)).toEqual(['/v1/auth/login', '/v1/auth/lookup'])
  })

  it('does not retry client errors', async () => {
    const s = await serve((_req, res) => json(res, 401, { error: { code: 'SESSION_EXPIRED', message: 'x' } }))
    await caught(client(s.url, { retries: 3 }).call('memberSummary', undefined, TOKEN))
    expect(s.seen).toHaveLength(1)
  })

  it('counts attempts on a closed port too (seen in the log)', async () => {
    const log = recordingLogger()
    const e = await caught(
      client(await closedPortUrl(), { retries: 2, logger: log }).call('health', undefined),
    )
    expect(e.code).toBe('API_UNREACHABLE')
    expect(log.lines.map((l) => (l.obj as { attempt?: number }).attempt)).toEqual([1, 2, 3])
  })
})

describe('api client: logging', () => {
  it('logs route, request id, status and duration, never bodies or tokens', async () => {
    const s = await serve((_req, res) =>
      json(res, 200, {
        token: 'S'.repeat(40),
        expiresAt: '2030-01-01T00:00:00.000Z',
        mustChangePassword: false,
        member: { displayName: 'Ana' },
        previousSignIn: null,
      }),
    )
    const log = recordingLogger()
    const api = client(s.url, { logger: log })
    await api.call('login', { idNumber: '12345678', password: 'PASSWORD-123', kioskId: 'K' })
    await api.call('keepAlive', undefined, TOKEN).catch(() => undefined)
    const text = JSON.stringify(log.lines)
    expect(text).not.toContain('PASSWORD-123')
    expect(text).not.toContain('S'.repeat(40))
    expect(text).not.toContain(TOKEN)
    expect(log.lines[0]?.obj).toMatchObject({ route: 'login', status: 200, attempt: 1 })
    expect(log.lines[0]?.obj).toHaveProperty('durationMs')
    expect((log.lines[0]?.obj as { requestId: string }).requestId).toBe(s.seen[0]?.headers['x-request-id'])
  })
})
