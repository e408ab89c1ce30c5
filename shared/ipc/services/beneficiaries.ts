import { z } from 'zod'
import {
  BeneficiaryAddSchema,
  BeneficiaryChallengeSchema,
  BeneficiaryDeletedSchema,
  BeneficiaryDraftSchema,
  BeneficiaryEditSchema,
  BeneficiaryIdSchema,
  BeneficiaryListSchema,
  BeneficiarySchema,
} from '../../api/beneficiaries'
import { ChallengeIdSchema } from '../../api/payments'
import { defineService } from '../service'
import { NoInput } from './no-input'

/** Beneficiaries (issue 9, item 4): adding one needs the code `authorize` sends (it opens the step-up). */
export const BENEFICIARIES_SERVICE = defineService({
  name: 'beneficiaries',
  methods: {
    list: { audience: 'member', input: NoInput, output: BeneficiaryListSchema },
    authorize: { audience: 'member', input: BeneficiaryDraftSchema, output: BeneficiaryChallengeSchema },
    resend: {
      audience: 'member',
      input: z.object({ challengeId: ChallengeIdSchema }).strict(),
      output: BeneficiaryChallengeSchema,
    },
    add: { audience: 'member', stepUp: true, input: BeneficiaryAddSchema, output: BeneficiarySchema },
    edit: {
      audience: 'member',
      input: BeneficiaryEditSchema.extend({ id: BeneficiaryIdSchema }).strict(),
      output: BeneficiarySchema,
    },
    remove: {
      audience: 'member',
      input: z.object({ id: BeneficiaryIdSchema }).strict(),
      output: BeneficiaryDeletedSchema,
    },
  },
})
