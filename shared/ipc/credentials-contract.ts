import { z } from 'zod'
import { IdNumberSchema } from '../api/auth'
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
} from '../api/credentials'
import {
  EnrollmentChallengeSchema,
  EnrollResendRequestSchema,
  EnrollStartRequestSchema,
  EnrollVerifyRequestSchema,
} from '../api/credentials-enrollment'
import { SignedInSchema } from './signed-in'

const NoInput = z.object({}).strict()

/**
 * The credentials lifecycle over IPC: the API's own request schemas, minus what main adds itself (the
 * kiosk id). Enrollment ends in a session like a sign-in, so its answer is the sign-in answer.
 */
export const CREDENTIALS_IPC_CONTRACT = {
  'credentials.recoveryOptions': {
    input: z.object({ idNumber: IdNumberSchema }).strict(),
    output: RecoveryOptionsSchema,
  },
  'credentials.requestRecovery': {
    input: z.object({ idNumber: IdNumberSchema, channel: DeliveryChannelSchema }).strict(),
    output: RecoverySentSchema,
  },
  'credentials.status': { input: NoInput, output: CredentialStatusSchema },
  'credentials.changePassword': { input: ChangePasswordRequestSchema, output: SetupProgressSchema },
  'credentials.setSecurityImage': { input: SetSecurityImageRequestSchema, output: SetupProgressSchema },
  'credentials.questions.set': { input: SetSecurityQuestionsRequestSchema, output: SetupProgressSchema },
  'credentials.questions.challenge': { input: NoInput, output: SecurityChallengeSchema },
  'credentials.questions.answer': { input: AnswerChallengeRequestSchema, output: VerificationGrantSchema },
  'credentials.changeUsername': { input: ChangeUsernameRequestSchema, output: UsernameResponseSchema },
  'credentials.contract.get': { input: NoInput, output: ServiceContractSchema },
  'credentials.contract.accept': { input: AcceptContractRequestSchema, output: SetupProgressSchema },
  'credentials.emailServices.set': { input: EmailServicesSchema, output: EmailServicesSchema },
  'credentials.enroll.start': {
    input: EnrollStartRequestSchema.omit({ kioskId: true }),
    output: EnrollmentChallengeSchema,
  },
  'credentials.enroll.resend': { input: EnrollResendRequestSchema, output: EnrollmentChallengeSchema },
  'credentials.enroll.verify': {
    input: EnrollVerifyRequestSchema.omit({ kioskId: true }),
    output: SignedInSchema,
  },
} as const
