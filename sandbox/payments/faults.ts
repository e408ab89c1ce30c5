import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { BILL_ROUTES } from '../../shared/api/bills'
import { PAYMENT_ROUTES } from '../../shared/api/payments'
import { KioskError } from '../../shared/ipc/errors'
import { apiRouteOf } from '../http/api-route-of'

export const FAULTS_PATH = '/sandbox/payments/faults'

/** The money routes a fault can strike: transfers and bill and card payments. */
const MONEY_ROUTES = { ...PAYMENT_ROUTES, ...BILL_ROUTES }
const PaymentRouteSchema = z.enum(Object.keys(MONEY_ROUTES) as [keyof typeof MONEY_ROUTES])
export const FAULT_KINDS = ['delay', 'timeout', 'http500', 'reset', 'malformed'] as const

/**
 * One armed fault: `before` strikes before the operation is applied (nothing moves), `after` once it is
 * applied and committed (the money moved; the answer is what fails). `times` requests are hit.
 */
export const FaultSchema = z
  .object({
    route: PaymentRouteSchema,
    kind: z.enum(FAULT_KINDS),
    phase: z.enum(['before', 'after']),
    /** delay: how long; timeout: a long delay (default 30 s) the client gives up on. */
    delayMs: z.number().int().min(0).max(120_000).optional(),
    times: z.number().int().min(1).max(1000).default(1),
  })
  .strict()
export type Fault = z.infer<typeof FaultSchema>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const waitOf = (f: Fault) => f.delayMs ?? (f.kind === 'timeout' ? 30_000 : 1000)

/**
 * The sandbox-only fault switch of the money routes (never part of API_ROUTES). A hook takes the next
 * armed fault for a request; the handler calls `before`/`after` around applying (so a delay before
 * applying holds the idempotency key in flight), and `onSend` breaks the answer itself (500, a reset
 * connection, a malformed body).
 */
export function createFaultSwitch() {
  const armed: Fault[] = []
  const byRequest = new Map<string, Fault>()

  async function strike(requestId: string, phase: Fault['phase']): Promise<void> {
    const f = byRequest.get(requestId)
    if (!f || f.phase !== phase) return
    if (f.kind === 'delay' || f.kind === 'timeout') await sleep(waitOf(f))
    // Before applying, the other faults stop the operation here; onSend then breaks the answer.
    else if (phase === 'before') throw new KioskError('INTERNAL', 'Injected fault before applying')
  }

  return {
    before: (requestId: string) => strike(requestId, 'before'),
    after: (requestId: string) => strike(requestId, 'after'),

    install(app: FastifyInstance): void {
      app.addHook('preHandler', async (request) => {
        const name = apiRouteOf(request)
        const i = name ? armed.findIndex((f) => f.route === name) : -1
        if (i < 0) return
        const f = armed[i]!
        if (--f.times <= 0) armed.splice(i, 1)
        byRequest.set(request.id, { ...f })
      })
      app.addHook('onSend', async (request, reply, payload) => {
        const f = byRequest.get(request.id)
        byRequest.delete(request.id)
        if (!f || f.kind === 'delay' || f.kind === 'timeout') return payload
        if (f.kind === 'reset') {
          request.raw.socket.destroy()
          return payload
        }
        if (f.kind === 'malformed') {
          void reply.status(200).header('content-type', 'application/json')
          return '{"receipt": [unterminated'
        }
        void reply.status(500)
        return JSON.stringify({
          error: { code: 'INTERNAL', message: 'Injected fault', requestId: request.id },
        })
      })
    },

    routes(app: FastifyInstance): void {
      app.post(FAULTS_PATH, async (request) => {
        const parsed = FaultSchema.safeParse(request.body)
        if (!parsed.success) throw new KioskError('VALIDATION', 'Fault: route, kind, phase, delayMs?, times?')
        armed.push(parsed.data)
        return { armed: armed.length }
      })
      app.post(`${FAULTS_PATH}/clear`, async () => {
        armed.length = 0
        return { armed: 0 }
      })
    },
  }
}
export type FaultSwitch = ReturnType<typeof createFaultSwitch>
