import { z } from 'zod'
import {
  ActivitySchema,
  ContactChangeChallengeSchema,
  ContactChangeConfirmSchema,
  ContactChangeIdSchema,
  ContactChangeRequestSchema,
  ContactChangeResultSchema,
  ContactChangeSchema,
  ContactReviewDecisionSchema,
  ContactReviewListSchema,
  MemberProfileSchema,
  WithdrawalDraftSchema,
  WithdrawalNumberSchema,
  WithdrawalRequestSchema,
  WithdrawalsSchema,
} from '../../api/member-data'
import { IdempotencyKeySchema } from '../../api/payments'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * The member's own data (issue 16): "Mis datos personales" and its contact changes (the two codes are
 * checked by the API), contribution withdrawal requests (one idempotency key per request, made by the
 * renderer and reused on retries), and "Mi actividad".
 */
export const MEMBER_DATA_SERVICE = defineService({
  name: 'memberData',
  methods: {
    profile: { audience: 'member', input: NoInput, output: MemberProfileSchema },
    startChange: {
      audience: 'member',
      input: ContactChangeRequestSchema,
      output: ContactChangeChallengeSchema,
    },
    confirmChange: {
      audience: 'member',
      input: ContactChangeConfirmSchema.extend({ changeId: ContactChangeIdSchema }).strict(),
      output: ContactChangeResultSchema,
    },
    withdrawals: { audience: 'member', input: NoInput, output: WithdrawalsSchema },
    requestWithdrawal: {
      audience: 'member',
      input: WithdrawalDraftSchema.extend({ idempotencyKey: IdempotencyKeySchema }).strict(),
      output: WithdrawalRequestSchema,
    },
    cancelWithdrawal: {
      audience: 'member',
      input: z.object({ requestNumber: WithdrawalNumberSchema }).strict(),
      output: WithdrawalRequestSchema,
    },
    activity: { audience: 'member', input: NoInput, output: ActivitySchema },
  },
})

/** The teller screen's review of contact changes, where the cooperative's policy says review. */
export const CONTACT_REVIEW_SERVICE = defineService({
  name: 'contactReview',
  methods: {
    list: {
      audience: 'staff',
      roles: ['teller', 'supervisor'],
      input: NoInput,
      output: ContactReviewListSchema,
    },
    decide: {
      audience: 'staff',
      roles: ['teller', 'supervisor'],
      input: ContactReviewDecisionSchema.extend({ changeId: ContactChangeIdSchema }).strict(),
      output: ContactChangeSchema,
    },
  },
})
