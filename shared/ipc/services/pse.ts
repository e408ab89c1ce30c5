import { z } from 'zod'
import { IdempotencyKeySchema } from '../../api/payments'
import { PseDraftSchema, PseLimitsSchema, PsePaymentParamsSchema, PsePaymentSchema } from '../../api/pse'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * What creating a PSE payment came to: created (with its link), not created (nothing exists; try again
 * with the same key), or unconfirmed (no trustworthy answer yet; asking again by key settles it).
 */
export const PseCreateOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('created'), payment: PsePaymentSchema }).strict(),
  z.object({ status: z.literal('not_created'), idempotencyKey: IdempotencyKeySchema }).strict(),
  z.object({ status: z.literal('unconfirmed'), idempotencyKey: IdempotencyKeySchema }).strict(),
])
export type PseCreateOutcome = z.infer<typeof PseCreateOutcomeSchema>

/** PSE (issue 9 item 2): the kiosk makes the key; every retry of one payment's creation reuses it. */
export const PSE_SERVICE = defineService({
  name: 'pse',
  methods: {
    limits: { audience: 'member', input: NoInput, output: PseLimitsSchema },
    create: {
      audience: 'member',
      idempotent: true,
      input: PseDraftSchema.extend({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: PseCreateOutcomeSchema,
    },
    /** Asks again what became of a creation that was unconfirmed. */
    confirm: {
      audience: 'member',
      input: z.object({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: PseCreateOutcomeSchema,
    },
    /** The payment's status now (the screen polls it until final); a final one is journaled. */
    status: { audience: 'member', input: PsePaymentParamsSchema, output: PsePaymentSchema },
    cancel: { audience: 'member', input: PsePaymentParamsSchema, output: PsePaymentSchema },
  },
})
