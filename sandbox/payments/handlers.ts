import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import type { Transfers } from './transfers'

export type PaymentRouteName =
  | 'paymentAccounts'
  | 'transferDestinationCheck'
  | 'transferAuthorize'
  | 'transferAuthorizeResend'
  | 'transferExecute'
  | 'paymentOperationByKey'
  | 'paymentReceiptGet'
  | 'paymentReceiptVerify'

/** Every route but the reconciliation lookup and the public receipt check acts for the session's member. */
export function createPaymentHandlers(
  sessions: SessionStore,
  transfers: Transfers,
): Pick<RouteHandlers, PaymentRouteName> {
  const member = (bearer: string) => sessions.require(bearer).memberId
  return {
    paymentAccounts: ({ bearer }) => transfers.accounts(member(bearer)),
    transferDestinationCheck: ({ bearer, body }) =>
      transfers.checkDestination(member(bearer), body.member, body.accountNumber),
    transferAuthorize: ({ bearer, body }) => transfers.authorize(member(bearer), body),
    transferAuthorizeResend: ({ bearer, params }) => transfers.resend(member(bearer), params.challengeId),
    transferExecute: ({ bearer, body, idempotencyKey, requestId }) =>
      transfers.execute(member(bearer), idempotencyKey, body, requestId),
    paymentOperationByKey: ({ params }) => transfers.byKey(params.key),
    paymentReceiptGet: ({ bearer, params }) => transfers.receipt(member(bearer), params.receiptNumber),
    paymentReceiptVerify: ({ params }) => transfers.verify(params.code),
  }
}
