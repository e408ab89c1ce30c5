import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { PsePaymentIdSchema } from '../../shared/api/pse'
import { KioskError } from '../../shared/ipc/errors'
import { apiRouteOf } from '../http/api-route-of'
import type { SandboxModule } from '../modules/sandbox-module'
import { paymentsModule } from '../payments/module'
import { checkoutPage, notFoundPage } from './checkout-page'
import { createPseGateway, type PseDecision } from './gateway'
import { PSE_MIGRATIONS } from './migrations'

export type PseRouteName =
  'pseLimits' | 'pseCreate' | 'pseStatus' | 'pseCancel' | 'pseByKey' | 'pseReceiptVerify'

export const CHECKOUT_PATH = '/sandbox/pse/checkout'
const DECISIONS: Record<string, PseDecision> = { approve: 'approve', reject: 'reject', pending: 'pending' }
const CheckoutParams = z.object({ paymentId: PsePaymentIdSchema, decision: z.string().optional() })

/**
 * The PSE gateway (issue 9 item 2): payments with their checkout link, status, cancellation and the
 * look-up by key; sandbox only, the demo bank's page that approves, rejects or leaves a payment pending.
 */
export const pseModule: SandboxModule<PseRouteName> = {
  name: 'pse',
  migrations: PSE_MIGRATIONS,
  start: ({ db, profile, now, sessions, use }) => {
    const { ledger, faults } = use(paymentsModule)
    const gateway = createPseGateway({ db, profile, now, ledger, faults })
    const member = (bearer: string) => sessions.require(bearer).memberId
    // The checkout link points at the address the kiosk reached the gateway on.
    const origins = new Map<string, string>()

    const page = (reply: FastifyReply, status: number, html: string) =>
      reply.status(status).type('text/html; charset=utf-8').send(html)
    const checkout = (request: FastifyRequest, reply: FastifyReply) => {
      const params = CheckoutParams.safeParse(request.params)
      const p = params.success ? gateway.checkout(params.data.paymentId) : null
      if (!p || !params.success) return page(reply, 404, notFoundPage())
      const decision = params.data.decision ? DECISIONS[params.data.decision] : undefined
      if (params.data.decision === undefined) return page(reply, 200, checkoutPage(p, profile.locale))
      if (!decision) return page(reply, 404, notFoundPage())
      try {
        return page(reply, 200, checkoutPage(gateway.decide(p.paymentId, decision), profile.locale))
      } catch (e) {
        if (!(e instanceof KioskError)) throw e
        return page(reply, 409, checkoutPage(p, profile.locale, 'Este pago ya no admite cambios.'))
      }
    }

    return {
      handlers: {
        pseLimits: () => gateway.limits(),
        pseCreate: ({ bearer, body, idempotencyKey, requestId }) => {
          const origin = origins.get(requestId) ?? 'http://127.0.0.1'
          origins.delete(requestId)
          return gateway.create(member(bearer), idempotencyKey, body, requestId, origin)
        },
        pseStatus: ({ bearer, params }) => gateway.status(member(bearer), params.paymentId),
        pseCancel: ({ bearer, params }) => gateway.cancel(member(bearer), params.paymentId),
        pseByKey: ({ params }) => gateway.byKey(params.key),
        pseReceiptVerify: ({ params }) => gateway.verify(params.code),
      },
      hooks: (app) => {
        app.addHook('onRequest', async (request) => {
          if (apiRouteOf(request) === 'pseCreate')
            origins.set(request.id, `${request.protocol}://${request.headers.host ?? request.hostname}`)
        })
        app.addHook('onResponse', async (request) => void origins.delete(request.id))
      },
      routes: (app) => {
        // Its own scope: the demo page's plain HTML forms post urlencoded bodies, which nothing else takes.
        void app.register(async (scope) => {
          scope.addContentTypeParser(
            'application/x-www-form-urlencoded',
            { parseAs: 'string' },
            (_request, _body, done) => done(null, {}),
          )
          scope.get(`${CHECKOUT_PATH}/:paymentId`, checkout)
          scope.post(`${CHECKOUT_PATH}/:paymentId/:decision`, checkout)
        })
      },
      provides: undefined,
    }
  },
}
