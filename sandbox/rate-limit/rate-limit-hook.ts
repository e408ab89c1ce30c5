import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ApiRouteName } from '../../shared/api/routes'
import { KioskError } from '../../shared/ipc/errors'
import { idDigest } from '../auth/id-digest'
import { apiRouteOf } from '../http/api-route-of'
import type { SlidingWindow } from './sliding-window'

export interface RateLimitOptions {
  perId: number
  /** Per source address and action: the whole API's guard (the stated kiosk id is not trusted). */
  perAddress: number
  windowSeconds: number
  /** HMAC key: IDs are counted by digest, never kept in clear. */
  secret: string
}

type Body = Record<string, unknown> | undefined
const str = (v: unknown) => (typeof v === 'string' && v.length <= 64 ? v : undefined)

/** The routes that reveal or send something per ID, grouped by action, and how each names its ID. */
const LIMITED: Partial<Record<ApiRouteName, { action: string; id: (b: Body) => string | undefined }>> = {
  lookup: { action: 'lookup', id: (b) => str(b?.idNumber)?.toUpperCase() },
  login: { action: 'login', id: (b) => str(b?.idNumber)?.toUpperCase() },
  signInQuestion: { action: 'question', id: (b) => str(b?.idNumber)?.toUpperCase() },
  signInAnswer: { action: 'question', id: (b) => str(b?.idNumber)?.toUpperCase() },
  imageReport: { action: 'report', id: (b) => str(b?.idNumber)?.toUpperCase() },
  recoveryOptions: { action: 'recovery', id: (b) => str(b?.idNumber)?.toUpperCase() },
  requestRecovery: { action: 'recovery', id: (b) => str(b?.idNumber)?.toUpperCase() },
  enrollStart: { action: 'otp', id: (b) => str(b?.idNumber)?.toUpperCase() },
  enrollResend: { action: 'otp', id: (b) => str(b?.enrollmentId) },
  enrollVerify: { action: 'otp', id: (b) => str(b?.enrollmentId) },
  staffSignIn: { action: 'staff-login', id: (b) => str(b?.username)?.toLowerCase() },
}

/**
 * Where a request comes from, as far as the API can verify it: the socket's address. The kiosk id a
 * client states (body or x-kiosk-id) is not used: a script would simply state a new one each time. When
 * devices get a verified identity, per-device limits key on it instead.
 */
const sourceOf = (request: FastifyRequest): string => `ip:${request.ip}`

/**
 * Rate limits per ID number (across every kiosk) and per source address on lookup, login, recovery and the enrollment code, before the
 * handler runs: 429 RATE_LIMITED with `retryAfterSeconds` (and a Retry-After header). Membership is never
 * consulted, so members and strangers get the same answer at the same point.
 */
export function installRateLimits(app: FastifyInstance, window: SlidingWindow, opts: RateLimitOptions): void {
  app.addHook('preHandler', async (request, reply) => {
    const name = apiRouteOf(request)
    const rule = name ? LIMITED[name] : undefined
    if (!rule) return
    const body = (
      typeof request.body === 'object' && request.body !== null ? request.body : undefined
    ) as Body
    const checks = [{ key: `${rule.action}|source|${sourceOf(request)}`, limit: opts.perAddress }]
    const id = rule.id(body)
    if (id) {
      const digest = idDigest(opts.secret, id).toString('hex')
      checks.push({ key: `${rule.action}|id|${digest}`, limit: opts.perId })
    }
    const decision = window.hit(checks, opts.windowSeconds)
    if (!decision.allowed) {
      void reply.header('retry-after', String(decision.retryAfterSeconds))
      throw new KioskError('RATE_LIMITED', 'Too many requests: wait and try again', {
        retryAfterSeconds: decision.retryAfterSeconds,
      })
    }
  })
}
