import type { ApiRoute } from './route'
import { z } from 'zod'
import { isAcceptableAnswer } from '../credentials/answers'
import {
  SECURITY_QUESTION_COUNT,
  SECURITY_QUESTION_IDS,
  SENSITIVE_OPERATIONS,
} from '../credentials/security-questions'
import { isValidPhrase, PHRASE_MAX_LENGTH } from '../credentials/security-phrase'
import { SetupStepSchema } from '../credentials/setup-steps'
import { USERNAME_PATTERN } from '../credentials/username'
import { IdNumberSchema, PasswordInputSchema, SecurityImageIdSchema } from './auth'
import {
  LOCKOUT_TEXT,
  REQUEST_LIMITS_TEXT,
  SECURITY_ANSWER_TEXT,
  SEND_LIMITS_TEXT,
  TEMPORARY_KEY_TEXT,
} from './credential-limits'

export const SecurityQuestionIdSchema = z.enum(SECURITY_QUESTION_IDS)
export const SensitiveOperationSchema = z.enum(SENSITIVE_OPERATIONS)

/*
 * The credentials lifecycle (seeds 000, 001, 003, 004): forgotten password and temporary keys, the forced
 * change, security image and phrase, security questions, username, service contract and e-mail services.
 * Self-enrollment lives in credentials-enrollment.ts.
 */

const KioskIdSchema = z.string().min(1).max(64)

export const DeliveryChannelSchema = z.enum(['sms', 'email'])
export type DeliveryChannel = z.infer<typeof DeliveryChannelSchema>

/** Where progress stands after a setup step: what is still left before the member reaches home. */
export const SetupProgressSchema = z
  .object({ pendingSetup: z.array(SetupStepSchema) })
  .meta({ id: 'SetupProgress' })

// ── Forgotten password ────────────────────────────────────────────────────────────────────────────────

export const RecoveryOptionsRequestSchema = z
  .object({ idNumber: IdNumberSchema, kioskId: KioskIdSchema })
  .strict()
  .meta({ id: 'RecoveryOptionsRequest' })
/** Masked like seed 000 (`****3129`, `jur*****@yah*****`); unknown IDs get a decoy of the same shape. */
export const RecoveryOptionsSchema = z
  .object({ sms: z.string(), email: z.string() })
  .meta({ id: 'RecoveryOptions' })

export const RecoveryRequestSchema = z
  .object({ idNumber: IdNumberSchema, channel: DeliveryChannelSchema, kioskId: KioskIdSchema })
  .strict()
  .meta({ id: 'RecoveryRequest' })
/** The same answer whether or not the ID belongs to a member with an online user (nothing is sent then). */
export const RecoverySentSchema = z
  .object({
    channel: DeliveryChannelSchema,
    maskedDestination: z.string(),
    expiresInSeconds: z.number().int().positive(),
  })
  .meta({ id: 'RecoverySent' })

// ── Password, image and phrase ────────────────────────────────────────────────────────────────────────

export const ChangePasswordRequestSchema = z
  .object({
    /** Required unless the session signed in with a temporary key (forced change). */
    currentPassword: PasswordInputSchema.optional(),
    newPassword: PasswordInputSchema,
  })
  .strict()
  .meta({ id: 'ChangePasswordRequest' })

export const SecurityPhraseSchema = z
  .string()
  .max(PHRASE_MAX_LENGTH * 2)
  .refine(isValidPhrase, 'security phrase: 3 to 60 letters, digits, spaces or punctuation')

export const SetSecurityImageRequestSchema = z
  .object({ securityImageId: SecurityImageIdSchema, securityPhrase: SecurityPhraseSchema })
  .strict()
  .meta({ id: 'SetSecurityImageRequest' })

// ── Security questions ────────────────────────────────────────────────────────────────────────────────

export const SecurityAnswerSchema = z
  .string()
  .max(80)
  .refine(isAcceptableAnswer, 'answer: 2 to 40 letters or digits once spaces and accents are ignored')

export const SetSecurityQuestionsRequestSchema = z
  .object({
    answers: z
      .array(z.object({ questionId: SecurityQuestionIdSchema, answer: SecurityAnswerSchema }).strict())
      .length(SECURITY_QUESTION_COUNT)
      .refine(
        (a) => new Set(a.map((x) => x.questionId)).size === a.length,
        'choose three different questions',
      ),
  })
  .strict()
  .meta({ id: 'SetSecurityQuestionsRequest' })

/** The one question asked before a sensitive operation; it stays the same until answered right. */
export const SecurityChallengeSchema = z
  .object({ questionId: SecurityQuestionIdSchema, attemptsLeft: z.number().int().min(0) })
  .meta({ id: 'SecurityChallenge' })

export const AnswerChallengeRequestSchema = z
  .object({ operation: SensitiveOperationSchema, answer: SecurityAnswerSchema })
  .strict()
  .meta({ id: 'AnswerChallengeRequest' })
/** A right answer lets this session perform that one operation once, within a few minutes. */
export const VerificationGrantSchema = z
  .object({ operation: SensitiveOperationSchema, expiresAt: z.iso.datetime() })
  .meta({ id: 'VerificationGrant' })

// ── Username ──────────────────────────────────────────────────────────────────────────────────────────

export const UsernameSchema = z
  .string()
  .regex(USERNAME_PATTERN, 'username: 8 to 20 letters and digits, at least one letter')
export const ChangeUsernameRequestSchema = z
  .object({ username: UsernameSchema })
  .strict()
  .meta({ id: 'ChangeUsernameRequest' })
export const UsernameResponseSchema = z.object({ username: z.string() }).meta({ id: 'Username' })

// ── Service contract and e-mail services ──────────────────────────────────────────────────────────────

export const EmailServicesSchema = z
  .object({
    /** General account statement by e-mail, early each month (seed 004). */
    generalStatement: z.boolean(),
    /** Card statement after each cut-off. */
    cardStatement: z.boolean(),
    /** News and promotions of the cooperative. */
    promotions: z.boolean(),
  })
  .strict()
  .meta({ id: 'EmailServices' })

const ContractTextSchema = z.object({ title: z.string(), clauses: z.array(z.string()).min(1) })
export const ServiceContractSchema = z
  .object({
    version: z.string().min(1),
    publishedOn: z.iso.date(),
    texts: z.object({ es: ContractTextSchema, en: ContractTextSchema }),
  })
  .meta({ id: 'ServiceContract' })

export const AcceptContractRequestSchema = z
  .object({ version: z.string().min(1).max(40), emailServices: EmailServicesSchema })
  .strict()
  .meta({ id: 'AcceptContractRequest' })

// ── Status ────────────────────────────────────────────────────────────────────────────────────────────

export const CredentialStatusSchema = z
  .object({
    pendingSetup: z.array(SetupStepSchema),
    username: z.string().nullable(),
    securityImageId: SecurityImageIdSchema,
    securityPhrase: z.string(),
    securityQuestionIds: z.array(SecurityQuestionIdSchema),
    contract: z.object({
      currentVersion: z.string(),
      acceptedVersion: z.string().nullable(),
      acceptedAt: z.iso.datetime().nullable(),
    }),
    emailServices: EmailServicesSchema,
  })
  .meta({ id: 'CredentialStatus' })

export type RecoveryOptions = z.infer<typeof RecoveryOptionsSchema>
export type RecoverySent = z.infer<typeof RecoverySentSchema>
export type SetupProgress = z.infer<typeof SetupProgressSchema>
export type SecurityChallenge = z.infer<typeof SecurityChallengeSchema>
export type VerificationGrant = z.infer<typeof VerificationGrantSchema>
export type EmailServices = z.infer<typeof EmailServicesSchema>
export type ServiceContract = z.infer<typeof ServiceContractSchema>
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>

export const CREDENTIALS_ROUTES = {
  recoveryOptions: {
    method: 'POST',
    path: '/v1/credentials/recovery/options',
    summary:
      'Forgotten password, step 1: the masked phone and e-mail a temporary key can go to (decoy if unknown)',
    description: REQUEST_LIMITS_TEXT,
    tag: 'credentials',
    auth: false,
    body: RecoveryOptionsRequestSchema,
    response: RecoveryOptionsSchema,
    errors: ['VALIDATION', 'RATE_LIMITED'],
  },
  requestRecovery: {
    method: 'POST',
    path: '/v1/credentials/recovery',
    summary: 'Forgotten password, step 2: sends a single-use temporary key; same answer for unknown IDs',
    description: `${SEND_LIMITS_TEXT} ${TEMPORARY_KEY_TEXT} ${REQUEST_LIMITS_TEXT}`,
    tag: 'credentials',
    auth: false,
    body: RecoveryRequestSchema,
    response: RecoverySentSchema,
    errors: ['VALIDATION', 'RATE_LIMITED'],
  },
  credentialStatus: {
    method: 'GET',
    path: '/v1/credentials/me',
    summary:
      'Pending setup steps, username, security image and phrase, questions chosen, contract, e-mail services',
    tag: 'credentials',
    auth: true,
    response: CredentialStatusSchema,
    errors: ['SESSION_EXPIRED'],
  },
  changePassword: {
    method: 'POST',
    path: '/v1/credentials/me/password',
    summary:
      'Sets a new password under the cooperative policy: forced after a temporary key, otherwise needs the current one and a security answer',
    description: `A wrong current password counts like a wrong sign-in. ${LOCKOUT_TEXT}`,
    tag: 'credentials',
    auth: true,
    body: ChangePasswordRequestSchema,
    response: SetupProgressSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'SETUP_REQUIRED',
      'VERIFICATION_REQUIRED',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
      'PASSWORD_POLICY',
      'PASSWORD_REUSED',
    ],
  },
  setSecurityImage: {
    method: 'POST',
    path: '/v1/credentials/me/security-image',
    summary:
      'Chooses the anti-phishing picture and phrase (at first sign-in, or later after a security answer)',
    tag: 'credentials',
    auth: true,
    body: SetSecurityImageRequestSchema,
    response: SetupProgressSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'SETUP_REQUIRED', 'VERIFICATION_REQUIRED'],
  },
  setSecurityQuestions: {
    method: 'POST',
    path: '/v1/credentials/me/security-questions',
    summary: 'Chooses three questions and their answers (normalised and hashed)',
    tag: 'credentials',
    auth: true,
    body: SetSecurityQuestionsRequestSchema,
    response: SetupProgressSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'SETUP_REQUIRED', 'VERIFICATION_REQUIRED'],
  },
  securityChallenge: {
    method: 'GET',
    path: '/v1/credentials/me/security-questions/challenge',
    summary: 'The security question to answer before a sensitive change',
    description: SECURITY_ANSWER_TEXT,
    tag: 'credentials',
    auth: true,
    response: SecurityChallengeSchema,
    errors: ['SESSION_EXPIRED', 'SETUP_REQUIRED', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  answerSecurityChallenge: {
    method: 'POST',
    path: '/v1/credentials/me/security-questions/challenge',
    summary: 'Answers the security question; a right answer allows one sensitive operation for a few minutes',
    description: SECURITY_ANSWER_TEXT,
    tag: 'credentials',
    auth: true,
    body: AnswerChallengeRequestSchema,
    response: VerificationGrantSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'SETUP_REQUIRED',
      'SECURITY_ANSWER_WRONG',
      'RATE_LIMITED',
      'ATTEMPTS_EXHAUSTED',
    ],
  },
  changeUsername: {
    method: 'POST',
    path: '/v1/credentials/me/username',
    summary: 'Sets a username (8+ letters and digits, unique) to sign in with instead of the ID number',
    tag: 'credentials',
    auth: true,
    body: ChangeUsernameRequestSchema,
    response: UsernameResponseSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'SETUP_REQUIRED', 'VERIFICATION_REQUIRED', 'CONFLICT'],
  },
  serviceContract: {
    method: 'GET',
    path: '/v1/credentials/me/contract',
    summary: 'The current version of the online services contract, in Spanish and English',
    tag: 'credentials',
    auth: true,
    response: ServiceContractSchema,
    errors: ['SESSION_EXPIRED', 'SETUP_REQUIRED'],
  },
  acceptServiceContract: {
    method: 'POST',
    path: '/v1/credentials/me/contract',
    summary: 'Records acceptance of a contract version (with the time) and the e-mail services chosen',
    tag: 'credentials',
    auth: true,
    body: AcceptContractRequestSchema,
    response: SetupProgressSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'SETUP_REQUIRED', 'CONFLICT'],
  },
  setEmailServices: {
    method: 'POST',
    path: '/v1/credentials/me/email-services',
    summary: 'Changes the e-mail services: general statement, card statement, promotions',
    tag: 'credentials',
    auth: true,
    body: EmailServicesSchema,
    response: EmailServicesSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'SETUP_REQUIRED'],
  },
} as const satisfies Record<string, ApiRoute>
