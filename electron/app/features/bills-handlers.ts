import { BILLS_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import type { BillsService } from '../../services/bills/bills-service'

/**
 * The bills service's channels (issue 9, items 5 and 6). Registered by the payments feature, which owns
 * the one journal both write; `settle` runs before money moves (start-up reconciliation, then what an
 * earlier start could not settle).
 */
export function billsHandlers(bills: BillsService, settle: (key: string) => Promise<void>) {
  return registerService(BILLS_SERVICE, {
    catalogue: () => bills.catalogue(),
    services: () => bills.services(),
    authorizeService: (draft) => bills.authorizeService(draft),
    resend: ({ challengeId }) => bills.resend(challengeId),
    addService: (body) => bills.addService(body),
    removeService: ({ id }) => bills.removeService(id),
    pay: async (input) => {
      await settle(input.idempotencyKey)
      return bills.pay(input)
    },
    schedules: () => bills.schedules(),
    authorizeSchedule: (draft) => bills.authorizeSchedule(draft),
    addSchedule: (body) => bills.addSchedule(body),
    cancelSchedule: ({ id }) => bills.cancelSchedule(id),
    history: () => bills.history(),
    cardOptions: () => bills.cardOptions(),
    authorizeCard: (draft) => bills.authorizeCard(draft),
    addCard: (body) => bills.addCard(body),
    payCard: async (input) => {
      await settle(input.idempotencyKey)
      return bills.payCard(input)
    },
    confirm: ({ idempotencyKey }) => bills.confirm(idempotencyKey),
  })
}
