import { randomUUID } from 'node:crypto'
import axios, { type AxiosResponse } from 'axios'
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
}

/** The cooperative's core-banking API, one typed method for every route of API_ROUTES. */
export interface ApiClient {
  call<N extends ApiRouteName>(name: N, body: ApiRequest<N>, token?: string): Promise<ApiResponse<N>>
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
  const { logger, retries, retryDelayMs = 150 } = opts
  const http = axios.create({
    baseURL: opts.baseUrl.replace(/\/+$/, ''),
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
    body: unknown,
    token: string | undefined,
    n: number,
  ) {
    const requestId = randomUUID()
    const started = performance.now()
    // `false` keeps axios from labelling a body-less POST as a form (servers refuse it as 415).
    const headers: Record<string, string | false> = {
      'x-request-id': requestId,
      ...(body === undefined ? { 'content-type': false } : {}),
    }
    if (route.auth) {
      if (!token) throw new KioskError('NOT_AUTHENTICATED', `api ${name}: no session token`)
      headers.authorization = `Bearer ${token}`
    }
    let res: AxiosResponse<unknown>
    try {
      res = await http.request({ method: route.method, url: route.path, data: body, headers })
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
    const transient = res.status >= 500 || res.status === 429
    const waitMs =
      error.details?.retryAfterSeconds !== undefined ? error.details.retryAfterSeconds * 1000 : undefined
    return { ok: false, error, transient, waitMs } satisfies Attempt<never>
  }

  return {
    async call(name, body, token) {
      const route: ApiRoute = API_ROUTES[name]
      let payload: unknown
      if (route.body) {
        const checked = route.body.safeParse(body)
        if (!checked.success) {
          throw new KioskError('VALIDATION', `api ${name}: request outside the contract`, {
            issues: checked.error.issues
              .slice(0, 10)
              .map((i) => ({ path: i.path.join('.'), message: i.message })),
          })
        }
        payload = checked.data
      }
      const maxAttempts = isRetrySafe(name) ? retries + 1 : 1
      for (let n = 1; ; n++) {
        const result = await attempt(name, route, payload, token, n)
        if (result.ok) return result.data as ApiResponse<typeof name>
        if (!result.transient || n >= maxAttempts) throw result.error
        const backoff = retryDelayMs * 2 ** (n - 1)
        await sleep(Math.max(backoff, Math.min(result.waitMs ?? 0, MAX_RETRY_AFTER_MS)))
      }
    },
  }
}

const ms = (since: number) => Math.round(performance.now() - since)
const sleep = (delay: number) => new Promise<void>((resolve) => setTimeout(resolve, delay))
