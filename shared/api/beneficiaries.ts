import { z } from 'zod'
import { BENEFICIARY_NAME_MAX, BENEFICIARY_NAME_MIN } from './beneficiary-limits'
import { codeOddsText, SEND_LIMITS_TEXT } from './credential-limits'
import { ID_NUMBER_PATTERN } from './identifiers'
import {
  AccountNumberSchema,
  ChallengeIdSchema,
  ChallengeParamsSchema,
  OperationCodeSchema,
  PartySchema,
  TransferChallengeSchema,
} from './payments'
import type { ApiRoute } from './route'

/**
 * Beneficiaries (issue 9, item 4; seed 002): the people a member sends money to, kept by the API.
 * Adding one is authorised with a 6-digit code bound to its identification and account (dynamic
 * linking); editing changes only the name, so a new destination always needs a new code.
 */

/** Seed 002's "Servicio": only transfers to another member exist today (interbank comes with ACH). */
export const BENEFICIARY_SERVICES = ['member_transfer'] as const
export const BeneficiaryServiceSchema = z.enum(BENEFICIARY_SERVICES)
/** "Tipo de identificación": the API knows members by their cédula. */
export const BENEFICIARY_ID_TYPES = ['cedula'] as const
export const BeneficiaryIdTypeSchema = z.enum(BENEFICIARY_ID_TYPES)

export const BeneficiaryNameSchema = z.string().trim().min(BENEFICIARY_NAME_MIN).max(BENEFICIARY_NAME_MAX)
export const BeneficiaryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'beneficiary id')

/** What the member types to register one; the code is bound to exactly this. */
export const BeneficiaryDraftSchema = z
  .object({
    service: BeneficiaryServiceSchema,
    name: BeneficiaryNameSchema,
    idType: BeneficiaryIdTypeSchema,
    idNumber: z.string().regex(ID_NUMBER_PATTERN, 'identification'),
    accountNumber: AccountNumberSchema,
  })
  .strict()
  .meta({ id: 'BeneficiaryDraft' })

export const BeneficiarySchema = z
  .object({
    id: BeneficiaryIdSchema,
    service: BeneficiaryServiceSchema,
    name: z.string(),
    idType: BeneficiaryIdTypeSchema,
    idNumber: z.string(),
    /** The member typed it; the kiosk shows it masked and sends it back as a transfer's destination. */
    accountNumber: AccountNumberSchema,
    destination: PartySchema,
  })
  .meta({ id: 'Beneficiary' })

export const BeneficiaryListSchema = z
  .object({ beneficiaries: z.array(BeneficiarySchema) })
  .meta({ id: 'BeneficiaryList' })

/** What a beneficiary code authorises, shown before the code is typed. */
export const BeneficiaryAuthorisesSchema = z
  .object({
    service: BeneficiaryServiceSchema,
    name: z.string(),
    idType: BeneficiaryIdTypeSchema,
    idNumber: z.string(),
    destination: PartySchema,
  })
  .meta({ id: 'BeneficiaryAuthorises' })

export const BeneficiaryChallengeSchema = TransferChallengeSchema.omit({ authorises: true })
  .extend({ authorises: BeneficiaryAuthorisesSchema })
  .meta({ id: 'BeneficiaryChallenge' })

export const BeneficiaryAddSchema = BeneficiaryDraftSchema.extend({
  challengeId: ChallengeIdSchema,
  code: OperationCodeSchema,
})
  .strict()
  .meta({ id: 'BeneficiaryAdd' })

export const BeneficiaryEditSchema = z
  .object({ name: BeneficiaryNameSchema })
  .strict()
  .meta({ id: 'BeneficiaryEdit' })
export const BeneficiaryParamsSchema = z.object({ beneficiaryId: BeneficiaryIdSchema }).strict()
export const BeneficiaryDeletedSchema = z
  .object({ id: BeneficiaryIdSchema })
  .meta({ id: 'BeneficiaryDeleted' })

export type BeneficiaryService = z.infer<typeof BeneficiaryServiceSchema>
export type BeneficiaryIdType = z.infer<typeof BeneficiaryIdTypeSchema>
export type BeneficiaryDraft = z.infer<typeof BeneficiaryDraftSchema>
export type Beneficiary = z.infer<typeof BeneficiarySchema>
export type BeneficiaryList = z.infer<typeof BeneficiaryListSchema>
export type BeneficiaryAuthorises = z.infer<typeof BeneficiaryAuthorisesSchema>
export type BeneficiaryChallenge = z.infer<typeof BeneficiaryChallengeSchema>
export type BeneficiaryAdd = z.infer<typeof BeneficiaryAddSchema>
export type BeneficiaryEdit = z.infer<typeof BeneficiaryEditSchema>

export const BENEFICIARY_ROUTES = {
  beneficiaryList: {
    method: 'GET',
    path: '/v1/payments/beneficiaries',
    summary: "The member's beneficiaries, by name",
    tag: 'payments',
    auth: true,
    response: BeneficiaryListSchema,
    errors: ['SESSION_EXPIRED'],
  },
  beneficiaryAuthorize: {
    method: 'POST',
    path: '/v1/payments/beneficiaries/authorizations',
    summary: "Checks a new beneficiary (another member's account) and sends a 6-digit code bound to it",
    description:
      'The code authorises exactly this identification and account (dynamic linking): another ' +
      'beneficiary, or a transfer, refuses it. It lasts 5 minutes, 3 tries, 2 resends. ' +
      `${codeOddsText('operation-code')} ${SEND_LIMITS_TEXT}`,
    tag: 'payments',
    auth: true,
    body: BeneficiaryDraftSchema,
    response: BeneficiaryChallengeSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  beneficiaryAuthorizeResend: {
    method: 'POST',
    path: '/v1/payments/beneficiaries/authorizations/:challengeId/resend',
    summary: 'Sends a new code for the same beneficiary after the cooldown (the old one stops working)',
    tag: 'payments',
    auth: true,
    params: ChallengeParamsSchema,
    response: BeneficiaryChallengeSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CODE_EXPIRED',
      'RATE_LIMITED',
      'ATTEMPTS_EXHAUSTED',
    ],
  },
  beneficiaryAdd: {
    method: 'POST',
    path: '/v1/payments/beneficiaries',
    summary: 'Registers an authorised beneficiary',
    tag: 'payments',
    auth: true,
    body: BeneficiaryAddSchema,
    response: BeneficiarySchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CODE_INVALID',
      'CODE_EXPIRED',
      'ATTEMPTS_EXHAUSTED',
      'CONFLICT',
    ],
  },
  beneficiaryEdit: {
    method: 'PUT',
    path: '/v1/payments/beneficiaries/:beneficiaryId',
    summary: "Renames one of the member's beneficiaries (a new account needs a new beneficiary and code)",
    tag: 'payments',
    auth: true,
    params: BeneficiaryParamsSchema,
    body: BeneficiaryEditSchema,
    response: BeneficiarySchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  beneficiaryDelete: {
    method: 'DELETE',
    path: '/v1/payments/beneficiaries/:beneficiaryId',
    summary: "Deletes one of the member's beneficiaries",
    tag: 'payments',
    auth: true,
    params: BeneficiaryParamsSchema,
    response: BeneficiaryDeletedSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
