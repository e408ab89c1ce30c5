import { DEFERRALS_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createDeferralsService } from '../../services/deferrals-service'
import { defineFeature } from '../feature'

/** Card purchase deferrals (issue 11 item 4, seed 002). */
export const deferralsFeature = defineFeature(({ api, auth }) => {
  const deferrals = createDeferralsService({ api, auth })
  return {
    name: 'deferrals',
    handlers: registerService(DEFERRALS_SERVICE, {
      options: () => deferrals.options(),
      simulate: (request) => deferrals.simulate(request),
      confirm: ({ simulation, idempotencyKey }) => deferrals.confirm(simulation, idempotencyKey),
      ofCard: ({ productId }) => deferrals.ofCard(productId),
    }),
  }
})
