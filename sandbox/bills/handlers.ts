import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import type { Challenges } from '../payments/challenges'
import type { Cards } from './cards'
import type { CatalogueEntry } from './catalogue'
import type { createHistory } from './history'
import type { BillMoney } from './money'
import type { Schedules } from './schedules'
import type { Services } from './services'

export type BillRouteName =
  | 'billCatalogue'
  | 'billServiceList'
  | 'billServiceAuthorize'
  | 'billAuthorizeResend'
  | 'billServiceAdd'
  | 'billServiceDelete'
  | 'billPay'
  | 'billScheduleAuthorize'
  | 'billScheduleAdd'
  | 'billScheduleList'
  | 'billScheduleCancel'
  | 'billHistory'
  | 'billOperationByKey'
  | 'billReceiptGet'
  | 'billReceiptVerify'
  | 'cardPaymentOptions'
  | 'cardAuthorize'
  | 'cardAdd'
  | 'cardPay'

interface Parts {
  catalogue: CatalogueEntry[]
  services: Services
  schedules: Schedules
  cards: Cards
  history: ReturnType<typeof createHistory>
  money: BillMoney
  challenges: Challenges
}

/**
 * Every route but the reconciliation lookup and the public receipt check acts for the session's member.
 * Reads run what the clock made due first, so a list never shows a schedule's day as still to come.
 */
export function createBillHandlers(sessions: SessionStore, p: Parts): Pick<RouteHandlers, BillRouteName> {
  const member = (bearer: string) => sessions.require(bearer).memberId
  const fresh = (bearer: string) => {
    const id = member(bearer)
    p.schedules.runDue()
    return id
  }
  return {
    billCatalogue: ({ bearer }) => {
      member(bearer)
      return { billers: p.catalogue.map((c) => c.biller) }
    },
    billServiceList: ({ bearer }) => p.services.list(fresh(bearer)),
    billServiceAuthorize: ({ bearer, body }) => p.services.authorize(member(bearer), body),
    billAuthorizeResend: ({ bearer, params }) =>
      p.challenges.resend(member(bearer), 'bill', params.challengeId),
    billServiceAdd: ({ bearer, body }) => p.services.add(member(bearer), body),
    billServiceDelete: ({ bearer, params }) => p.services.delete(member(bearer), params.serviceId),
    billPay: ({ bearer, body, idempotencyKey, requestId }) =>
      p.services.pay(fresh(bearer), idempotencyKey, body, requestId),
    billScheduleAuthorize: ({ bearer, body }) => p.schedules.authorize(member(bearer), body),
    billScheduleAdd: ({ bearer, body }) => p.schedules.add(member(bearer), body),
    billScheduleList: ({ bearer }) => p.schedules.list(fresh(bearer)),
    billScheduleCancel: ({ bearer, params }) => p.schedules.cancel(member(bearer), params.scheduleId),
    billHistory: ({ bearer }) => p.history.history(fresh(bearer)),
    billOperationByKey: ({ params }) => ({ idempotencyKey: params.key, receipt: p.money.byKey(params.key) }),
    billReceiptGet: ({ bearer, params }) => p.history.receipt(member(bearer), params.receiptNumber),
    billReceiptVerify: ({ params }) => p.history.verify(params.code),
    cardPaymentOptions: ({ bearer }) => p.cards.options(fresh(bearer)),
    cardAuthorize: ({ bearer, body }) => p.cards.authorize(member(bearer), body),
    cardAdd: ({ bearer, body }) => p.cards.add(member(bearer), body),
    cardPay: ({ bearer, body, idempotencyKey, requestId }) =>
      p.cards.pay(fresh(bearer), idempotencyKey, body, requestId),
  }
}
