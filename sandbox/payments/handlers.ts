import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import type { Beneficiaries } from './beneficiaries'
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
  | 'beneficiaryList'
  | 'beneficiaryAuthorize'
  | 'beneficiaryAuthorizeResend'
  | 'beneficiaryAdd'
  | 'beneficiaryEdit'
  | 'beneficiaryDelete'

/** Every route but the reconciliation lookup and the public receipt check acts for the session's member. */
export function createPaymentHandlers(
  sessions: SessionStore,
  transfers: Transfers,
  beneficiaries: Beneficiaries,
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
    beneficiaryList: ({ bearer }) => beneficiaries.list(member(bearer)),
    beneficiaryAuthorize: ({ bearer, body }) => beneficiaries.authorize(member(bearer), body),
    beneficiaryAuthorizeResend: ({ bearer, params }) =>
      beneficiaries.resend(member(bearer), params.challengeId),
    beneficiaryAdd: ({ bearer, body }) => beneficiaries.add(member(bearer), body),
    beneficiaryEdit: ({ bearer, params, body }) =>
      beneficiaries.edit(member(bearer), params.beneficiaryId, body.name),
    beneficiaryDelete: ({ bearer, params }) => beneficiaries.delete(member(bearer), params.beneficiaryId),
  }
}
