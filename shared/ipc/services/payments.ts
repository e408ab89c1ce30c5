import { z } from 'zod'
import {
  ChallengeIdSchema,
  DestinationCheckSchema,
  IdempotencyKeySchema,
  PartySchema,
  PaymentAccountsSchema,
  TransferChallengeSchema,
  TransferDraftSchema,
  TransferExecuteSchema,
  TransferReceiptSchema,
} from '../../api/payments'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * What the member is told after "Confirmar": done (with the receipt), not done (nothing moved), or
 * being confirmed (no trustworthy answer yet; the journal holds the operation and reconciliation settles it).
 */
export const TransferOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('completed'), receipt: TransferReceiptSchema }).strict(),
  z.object({ status: z.literal('pending'), idempotencyKey: IdempotencyKeySchema }).strict(),
  z.object({ status: z.literal('not_applied'), idempotencyKey: IdempotencyKeySchema }).strict(),
])
export type TransferOutcome = z.infer<typeof TransferOutcomeSchema>

/** Money moves (issue 9): transfers. The renderer makes one idempotency key per operation and reuses it on retries. */
export const PAYMENTS_SERVICE = defineService({
  name: 'payments',
  methods: {
    accounts: { audience: 'member', input: NoInput, output: PaymentAccountsSchema },
    checkDestination: { audience: 'member', input: DestinationCheckSchema, output: PartySchema },
    /** Sends the code bound to the operation; opens the step-up `transfer` needs. */
    authorize: { audience: 'member', input: TransferDraftSchema, output: TransferChallengeSchema },
    resend: {
      audience: 'member',
      input: z.object({ challengeId: ChallengeIdSchema }).strict(),
      output: TransferChallengeSchema,
    },
    transfer: {
      audience: 'member',
      stepUp: true,
      idempotent: true,
      input: TransferExecuteSchema.extend({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: TransferOutcomeSchema,
    },
    /** Asks again what became of an operation that was being confirmed. */
    confirm: {
      audience: 'member',
      input: z.object({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: TransferOutcomeSchema,
    },
  },
})
