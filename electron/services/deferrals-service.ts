import type {
  CardDeferrals,
  Deferral,
  DeferralOptions,
  DeferralRequest,
  DeferralSimulation,
} from '../../shared/api/deferrals'
import { simulateDeferral } from '../../shared/finance/deferral'
import { KioskError } from '../../shared/ipc/errors'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'

/**
 * Card deferrals: the simulation is computed here in main with shared/finance from the core's options
 * (card, rate, purchases, today) — the computation the core repeats on "Confirmar" — so the renderer
 * shows figures, never arithmetic.
 */
export interface DeferralsService {
  options(): Promise<DeferralOptions>
  simulate(request: DeferralRequest): Promise<DeferralSimulation>
  confirm(simulation: DeferralSimulation, idempotencyKey: string): Promise<Deferral>
  ofCard(productId: string): Promise<CardDeferrals>
}

export function createDeferralsService({
  api,
  auth,
}: {
  api: ApiClient
  auth: AuthService
}): DeferralsService {
  const options = () => auth.withToken((token) => api.call('deferralOptions', undefined, token))
  return {
    options,
    async simulate(request) {
      const o = await options()
      const card = o.cards.find((c) => c.productId === request.productId)
      if (!card) throw new KioskError('NOT_FOUND', 'no such card')
      if (!o.months.includes(request.months))
        throw new KioskError('VALIDATION', 'the cooperative does not offer that plazo', {
          issues: [{ path: 'months', message: 'not offered' }],
        })
      return simulateDeferral(card, request, o.today, card.revolvingBalance.currency)
    },
    confirm: (simulation, idempotencyKey) =>
      auth.withToken((token) => api.call('deferralConfirm', { simulation }, token, { idempotencyKey })),
    ofCard: (productId) =>
      auth.withToken((token) => api.call('cardDeferrals', { params: { productId } }, token)),
  }
}
