import { z } from 'zod'
import { AchDraftSchema, AchExecuteSchema, AchOptionsSchema } from '../../api/ach'
import { ChallengeIdSchema, IdempotencyKeySchema, TransferChallengeSchema } from '../../api/payments'
import { defineService } from '../service'
import { NoInput } from './no-input'
import { TransferOutcomeSchema } from './payments'

/**
 * Transfers to another bank (ACH, issue 9 item 3): the same code, step-up, journal and honest outcome as
 * transfers; a completed one is pending at the clearing house (`receipt.clearing`).
 */
export const ACH_SERVICE = defineService({
  name: 'ach',
  methods: {
    options: { audience: 'member', input: NoInput, output: AchOptionsSchema },
    /** Sends the code bound to the operation; opens the step-up `transfer` needs. */
    authorize: { audience: 'member', input: AchDraftSchema, output: TransferChallengeSchema },
    resend: {
      audience: 'member',
      input: z.object({ challengeId: ChallengeIdSchema }).strict(),
      output: TransferChallengeSchema,
    },
    transfer: {
      audience: 'member',
      stepUp: true,
      idempotent: true,
      input: AchExecuteSchema.extend({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: TransferOutcomeSchema,
    },
    confirm: {
      audience: 'member',
      input: z.object({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: TransferOutcomeSchema,
    },
  },
})
