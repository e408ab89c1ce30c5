import { z } from 'zod'
import { IdNumberSchema } from '../../api/auth'
import {
  AcceptContractRequestSchema,
  AnswerChallengeRequestSchema,
  ChangePasswordRequestSchema,
  ChangeUsernameRequestSchema,
  CredentialStatusSchema,
  DeliveryChannelSchema,
  EmailServicesSchema,
  RecoveryOptionsSchema,
  RecoverySentSchema,
  SecurityChallengeSchema,
  ServiceContractSchema,
  SetSecurityImageRequestSchema,
  SetSecurityQuestionsRequestSchema,
  SetupProgressSchema,
  UsernameResponseSchema,
  VerificationGrantSchema,
} from '../../api/credentials'
import {
  EnrollmentChallengeSchema,
  EnrollResendRequestSchema,
  EnrollStartRequestSchema,
  EnrollVerifyRequestSchema,
} from '../../api/credentials-enrollment'
import { defineService } from '../service'
import { SignedInSchema } from '../signed-in'
import { NoInput } from './no-input'

/**
 * The credentials lifecycle: the API's own request schemas, minus what main adds itself (the kiosk id).
 * Recovery and enrollment happen before sign-in; enrollment ends in a session like a sign-in, so its
 * answer is the sign-in answer.
 */
export const CREDENTIALS_SERVICE = defineService({
  name: 'credentials',
  methods: {
    recoveryOptions: {
      audience: 'public',
      input: z.object({ idNumber: IdNumberSchema }).strict(),
      output: RecoveryOptionsSchema,
    },
    requestRecovery: {
      audience: 'public',
      input: z.object({ idNumber: IdNumberSchema, channel: DeliveryChannelSchema }).strict(),
      output: RecoverySentSchema,
    },
    status: { audience: 'member', input: NoInput, output: CredentialStatusSchema },
    changePassword: { audience: 'member', input: ChangePasswordRequestSchema, output: SetupProgressSchema },
    setSecurityImage: {
      audience: 'member',
      input: SetSecurityImageRequestSchema,
      output: SetupProgressSchema,
    },
    'questions.set': {
      audience: 'member',
      input: SetSecurityQuestionsRequestSchema,
      output: SetupProgressSchema,
    },
    'questions.challenge': { audience: 'member', input: NoInput, output: SecurityChallengeSchema },
    'questions.answer': {
      audience: 'member',
      input: AnswerChallengeRequestSchema,
      output: VerificationGrantSchema,
    },
    changeUsername: {
      audience: 'member',
      input: ChangeUsernameRequestSchema,
      output: UsernameResponseSchema,
    },
    'contract.get': { audience: 'member', input: NoInput, output: ServiceContractSchema },
    'contract.accept': {
      audience: 'member',
      input: AcceptContractRequestSchema,
      output: SetupProgressSchema,
    },
    'emailServices.set': { audience: 'member', input: EmailServicesSchema, output: EmailServicesSchema },
    'enroll.start': {
      audience: 'public',
      input: EnrollStartRequestSchema.omit({ kioskId: true }),
      output: EnrollmentChallengeSchema,
    },
    'enroll.resend': {
      audience: 'public',
      input: EnrollResendRequestSchema,
      output: EnrollmentChallengeSchema,
    },
    'enroll.verify': {
      audience: 'public',
      input: EnrollVerifyRequestSchema.omit({ kioskId: true }),
      output: SignedInSchema,
    },
  },
})
