import { z } from 'zod'
import {
  CardDeferralsSchema,
  DeferralOptionsSchema,
  DeferralRequestSchema,
  DeferralSchema,
  DeferralSimulationSchema,
} from '../../api/deferrals'
import { IdempotencyKeySchema } from '../../api/payments'
import { ProductIdSchema } from '../../api/products-certificates'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * Card purchase deferral (seed 002): the member's deferrable purchases, the simulation computed in main
 * with shared/finance (the code the core checks with), the confirmation and a card's deferred installments.
 */
export const DEFERRALS_SERVICE = defineService({
  name: 'deferrals',
  methods: {
    options: { audience: 'member', input: NoInput, output: DeferralOptionsSchema },
    simulate: { audience: 'member', input: DeferralRequestSchema, output: DeferralSimulationSchema },
    /** The renderer makes one key per "Confirmar" and reuses it on a retry, so a deferral is made once. */
    confirm: {
      audience: 'member',
      idempotent: true,
      input: z
        .object({ simulation: DeferralSimulationSchema, idempotencyKey: IdempotencyKeySchema })
        .strict(),
      output: DeferralSchema,
    },
    ofCard: {
      audience: 'member',
      input: z.object({ productId: ProductIdSchema }).strict(),
      output: CardDeferralsSchema,
    },
  },
})
