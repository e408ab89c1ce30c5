import { randomUUID } from 'node:crypto'
import axios, { type AxiosResponse } from 'axios'
import type { RequestSigner } from './device/request-signer'
import { assertSafeBaseUrl, pinnedAgent } from './device/transport-policy'
import type { z } from 'zod'
import {
  API_ROUTES,
  type ApiRequest,
  type ApiResponse,
  type ApiRoute,
  type ApiRouteName,
} from '../../shared/api/routes'
import { KioskError } from '../../shared/ipc/errors'
import { responseError, transportError } from './api-errors'
import type { ServiceLogger } from './logger'

export interface ApiClientOptions {
  baseUrl: string
  timeoutMs: number
  /** Extra attempts for safe calls after a transient failure. */
  retries: number
  logger: ServiceLogger
  kioskId: string
  /** First backoff step; doubles per attempt. */
  retryDelayMs?: number
  /** The device's RFC 9421 signer (issue 12): every request carries its signature. */
  signer?: RequestSigner
  /** sha-256 of the server's SPKI (base64): over TLS, any other key is refused. */
  spkiPins?: readonly string[]
  /** Told when the API refuses the device itself (DEVICE_REVOKED, DEVICE_UNAUTHORIZED). */
  onDeviceRefused?: (error: KioskError) => void
}

/** The cooperative's core-banking API, one typed method for every route of API_ROUTES. */
export interface ApiClient {
  /** `request` is the body, or `{ params, query?, body? }` for routes with path parameters or a query. */
  call<N extends ApiRouteName>(
    name: N,
    request: ApiRequest<N>,
    token?: string,
    opts?: CallOptions,
  ): Promise<ApiResponse<N>>
}

export interface CallOptions {
  /** Routes that declare one (money operations): sent as Idempotency-Key, which makes retries safe. */
  idempotencyKey?: string
}

/** Calls that may be repeated without effect: GETs and the POSTs the API documents as idempotent. */
const IDEMPOTENT_POSTS: ReadonlySet<ApiRouteName> = new Set<ApiRouteName>(['keepAlive', 'logout'])
export const isRetrySafe = (name: ApiRouteName): boolean =>
  API_ROUTES[name].method === 'GET' || IDEMPOTENT_POSTS.has(name)

/** Longest Retry-After we are willing to wait inside one kiosk interaction. */
const MAX_RETRY_AFTER_MS = 2000

type Attempt<T> =
  { ok: true; data: T } | { ok: false; error: KioskError; transient: boolean; waitMs?: number }

export function createApiClient(opts: ApiClientOptions): ApiClient {
  const { logger, retries, retryDelayMs = 150, signer } = opts
  // Plain http:// only to loopback (the bundled sandbox): anything else must be TLS.
  const base = assertSafeBaseUrl(opts.baseUrl)
  const basePath = new URL(base).pathname.replace(/\/+$/, '')
  const httpsAgent = opts.spkiPins?.length ? pinnedAgent(opts.spkiPins) : undefined
  const http = axios.create({
    baseURL: base,
    ...(httpsAgent ? { httpsAgent } : {}),
    timeout: opts.timeoutMs,
    // An API has no business redirecting; following one could carry the bearer token elsewhere.
    maxRedirects: 0,
    // Statuses are mapped here, not thrown by axios.
    validateStatus: () => true,
    transitional: { clarifyTimeoutError: true },
    headers: { Accept: 'application/json', 'x-kiosk-id': opts.kioskId },
  })

  async function attempt(
    name: ApiRouteName,
    route: ApiRoute,
    url: string,
    body: unknown,
    token: string | undefined,
    n: number,
    idempotencyKey: string | undefined,
  ) {
    const requestId = randomUUID()
    const started = performance.now()
    // `false` keeps axios from labelling a body-less POST as a form (servers refuse it as 415).
    const headers: Record<string, string | false> = {
      'x-request-id': requestId,
      'content-type': body === undefined ? false : 'application/json',
    }
    // Serialised here, once: the signature's Content-Digest covers exactly the bytes that are sent.
    const data = body === undefined ? undefined : JSON.stringify(body)
    if (route.idempotencyKey) {
      if (!idempotencyKey) throw new KioskError('VALIDATION', `api ${name}: no Idempotency-Key`)
      headers['idempotency-key'] = idempotencyKey
    }
    if (route.auth) {
      if (!token) throw new KioskError('NOT_AUTHENTICATED', `api ${name}: no session token`)
      headers.authorization = `Bearer ${token}`
    }
    let res: AxiosResponse<unknown>
    try {
      if (signer)
        Object.assign(headers, await signer({ method: route.method, target: basePath + url, body: data }))
      res = await http.request({ method: route.method, url, data, headers })
    } catch (e) {
      const error = transportError(name, e)
      logger.warn(
        { route: name, requestId, attempt: n, code: error.code, durationMs: ms(started) },
        'api: no response',
      )
      return { ok: false, error, transient: true } satisfies Attempt<never>
    }
    logger.info(
      { route: name, requestId, attempt: n, status: res.status, durationMs: ms(started) },
      'api: call',
    )
    if (res.status >= 200 && res.status < 300) {
      const parsed = route.response.safeParse(res.data)
      if (parsed.success) return { ok: true, data: parsed.data } satisfies Attempt<unknown>
      // Paths only: values could be personal data.
      logger.error(
        { route: name, requestId, issues: parsed.error.issues.slice(0, 10).map((i) => i.path.join('.')) },
        'api: response outside the contract',
      )
      return {
        ok: false,
        error: new KioskError('SERVER_ERROR', `api ${name}: bad response`),
        transient: false,
      }
    }
    const error = responseError(name, res)
    if (error.code === 'DEVICE_REVOKED' || error.code === 'DEVICE_UNAUTHORIZED') opts.onDeviceRefused?.(error)
    const transient = res.status >= 500 || res.status === 429
    const waitMs =
      error.details?.retryAfterSeconds !== undefined ? error.details.retryAfterSeconds * 1000 : undefined
    return { ok: false, error, transient, waitMs } satisfies Attempt<never>
  }

  return {
    async call(name, request, token, opts) {
      const route: ApiRoute = API_ROUTES[name]
      const { url, body: payload } = buildRequest(name, route, request)
      // The same key on every attempt: the API applies the operation at most once.
      const maxAttempts = isRetrySafe(name) || route.idempotencyKey ? retries + 1 : 1
      for (let n = 1; ; n++) {
        const result = await attempt(name, route, url, payload, token, n, opts?.idempotencyKey)
        if (result.ok) return result.data as ApiResponse<typeof name>
        if (!result.transient || n >= maxAttempts) throw result.error
        const backoff = retryDelayMs * 2 ** (n - 1)
        await sleep(Math.max(backoff, Math.min(result.waitMs ?? 0, MAX_RETRY_AFTER_MS)))
      }
    },
  }
}

/** Checks a request part against its schema before it leaves: the same rule the API applies. */
function checkPart(name: ApiRouteName, schema: z.ZodType | undefined, value: unknown, part: string) {
  if (!schema) return undefined
  const checked = schema.safeParse(value)
  if (!checked.success)
    throw new KioskError('VALIDATION', `api ${name}: ${part} outside the contract`, {
      issues: checked.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    })
  return checked.data
}

/**
 * The URL (path with its `:params` filled in and encoded, plus the query string) and the JSON body of a
 * call. Plain routes take the body itself; routes with params or a query take `{ params, query?, body? }`.
 */
export function buildRequest(
  name: ApiRouteName,
  route: ApiRoute,
  request: unknown,
): { url: string; body: unknown } {
  if (!route.params && !route.query)
    return { url: route.path, body: checkPart(name, route.body, request, 'body') }
  const parts = (request ?? {}) as { params?: unknown; query?: unknown; body?: unknown }
  const params = checkPart(name, route.params, parts.params, 'path') as Record<string, unknown> | undefined
  const path = route.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, key: string) => {
    const value = params?.[key]
    if (value === undefined) throw new KioskError('VALIDATION', `api ${name}: path parameter ${key} missing`)
    return encodeURIComponent(String(value))
  })
  const query = checkPart(name, route.query, parts.query ?? {}, 'query') as
    Record<string, unknown> | undefined
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null) search.append(key, String(value))
  const qs = search.toString()
  return { url: qs ? `${path}?${qs}` : path, body: checkPart(name, route.body, parts.body, 'body') }
}

const ms = (since: number) => Math.round(performance.now() - since)
const sleep = (delay: number) => new Promise<void>((resolve) => setTimeout(resolve, delay))
