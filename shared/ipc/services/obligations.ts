import { z } from 'zod'
import {
  ObligationListSchema,
  ObligationPaymentDraftSchema,
  ObligationReceiptSchema,
  RequirementsSchema,
} from '../../api/obligations'
import { IdempotencyKeySchema } from '../../api/payments'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * What the member is told after "Finalizar": done (with the receipt), not done (nothing moved), or
 * being confirmed (no trustworthy answer yet; the journal holds the payment and reconciliation settles it).
 */
export const ObligationOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('completed'), receipt: ObligationReceiptSchema }).strict(),
  z.object({ status: z.literal('pending'), idempotencyKey: IdempotencyKeySchema }).strict(),
  z.object({ status: z.literal('not_applied'), idempotencyKey: IdempotencyKeySchema }).strict(),
])
export type ObligationOutcome = z.infer<typeof ObligationOutcomeSchema>

/**
 * Paying obligations (issue 9, item 1). No step-up: the member's own money goes to the member's own
 * obligations inside the cooperative (shared/api/obligations.ts says why no code is asked).
 */
export const OBLIGATIONS_SERVICE = defineService({
  name: 'obligations',
  methods: {
    list: { audience: 'member', input: NoInput, output: ObligationListSchema },
    requirements: { audience: 'member', input: ObligationPaymentDraftSchema, output: RequirementsSchema },
    pay: {
      audience: 'member',
      idempotent: true,
      input: ObligationPaymentDraftSchema.extend({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: ObligationOutcomeSchema,
    },
    /** Asks again what became of a payment that was being confirmed. */
    confirm: {
      audience: 'member',
      input: z.object({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: ObligationOutcomeSchema,
    },
  },
})
