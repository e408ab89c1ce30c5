import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import type { Obligations } from './obligations'

export type ObligationRouteName =
  | 'obligationList'
  | 'obligationRequirements'
  | 'obligationPay'
  | 'obligationPaymentByKey'
  | 'obligationReceiptGet'

/** Every route acts for the session's member only. */
export function createObligationHandlers(
  sessions: SessionStore,
  obligations: Obligations,
): Pick<RouteHandlers, ObligationRouteName> {
  const member = (bearer: string) => sessions.require(bearer).memberId
  return {
    obligationList: ({ bearer }) => obligations.list(member(bearer)),
    obligationRequirements: ({ bearer, body }) => obligations.requirements(member(bearer), body),
    obligationPay: ({ bearer, body, idempotencyKey, requestId }) =>
      obligations.pay(member(bearer), idempotencyKey, body, requestId),
    obligationPaymentByKey: ({ bearer, params }) => obligations.byKey(member(bearer), params.key),
    obligationReceiptGet: ({ bearer, params }) => obligations.receipt(member(bearer), params.receiptNumber),
  }
}
