import { AxiosError, type AxiosResponse } from 'axios'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { KioskError, type ErrorCode } from '../../shared/ipc/errors'

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'ERR_NETWORK',
])
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT'])

/** A request that got no HTTP response: the network, DNS or a timeout failed. */
export function transportError(route: string, e: unknown): KioskError {
  const code = e instanceof AxiosError ? (e.code ?? causeCode(e)) : undefined
  if (code && TIMEOUT_CODES.has(code)) return new KioskError('API_TIMEOUT', `api ${route}: timed out`)
  if (code && UNREACHABLE_CODES.has(code)) return new KioskError('API_UNREACHABLE', `api ${route}: ${code}`)
  // Anything else without a response (socket hang-up, TLS failure…) still means "cannot talk to the API".
  return new KioskError(
    'API_UNREACHABLE',
    `api ${route}: ${code ?? (e instanceof Error ? e.message : 'failed')}`,
  )
}

const causeCode = (e: AxiosError): string | undefined => {
  const cause = (e as { cause?: { code?: unknown } }).cause
  return typeof cause?.code === 'string' ? cause.code : undefined
}

/**
 * A non-2xx response. The API's own error body wins (it carries details such as attemptsLeft);
 * otherwise the status decides.
 */
export function responseError(route: string, res: AxiosResponse<unknown>): KioskError {
  const body = ApiErrorBodySchema.safeParse(res.data)
  if (body.success) {
    const { code, details, requestId } = body.data.error
    // The API's INTERNAL is a fault on the server side: for the kiosk that is a server error.
    const mapped: ErrorCode = code === 'INTERNAL' ? 'SERVER_ERROR' : code
    return new KioskError(
      mapped,
      `api ${route}: ${code} (${res.status}${requestId ? `, ${requestId}` : ''})`,
      details,
    )
  }
  if (res.status === 429) {
    const retryAfter = Number(res.headers['retry-after'])
    const details =
      Number.isInteger(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : undefined
    return new KioskError('RATE_LIMITED', `api ${route}: 429`, details)
  }
  if (res.status >= 400 && res.status < 500)
    return new KioskError('VALIDATION', `api ${route}: ${res.status}`)
  return new KioskError('SERVER_ERROR', `api ${route}: ${res.status}`)
}
