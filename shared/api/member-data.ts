import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { codeOddsText, SEND_LIMITS_TEXT } from './credential-limits'
import { DeliveryChannelSchema } from './credentials'
import { IdempotencyKeySchema, OperationCodeSchema, ReceiptNumberSchema } from './payments'
import type { ApiRoute } from './route'

/**
 * The member's own data (issue 16): "Mis datos personales" with the contact changes a member may make,
 * "Solicitud de retiro de aportes", and "Mi actividad". Seeds 000 and 004.
 */

// ——— Mis datos personales ———

/** What a member may change at the kiosk; the rest is changed at the office. */
export const CONTACT_FIELDS = ['mobile', 'email', 'address'] as const
export const ContactFieldSchema = z.enum(CONTACT_FIELDS)
export type ContactField = z.infer<typeof ContactFieldSchema>

export const MOBILE_PATTERN = /^\+?[0-9]{10,15}$/
export const ADDRESS_MIN = 8
export const ADDRESS_MAX = 80

/** A change applies at once, or waits for a teller's review (per cooperative). */
export const ContactChangeModeSchema = z.enum(['immediate', 'review'])

export const ContactPolicySchema = z
  .object({
    mode: ContactChangeModeSchema,
    /** Where the confirming code may go when the phone itself changes: always the current phone, maybe e-mail. */
    mobileConfirmVia: z.array(DeliveryChannelSchema).min(1),
  })
  .meta({ id: 'ContactPolicy' })

export const ContactChangeStatusSchema = z.enum([
  'awaiting_codes',
  'pending_review',
  'applied',
  'rejected',
  'expired',
])
export type ContactChangeStatus = z.infer<typeof ContactChangeStatusSchema>

export const ContactChangeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,40}$/, 'change id')

export const ContactChangeSchema = z
  .object({
    changeId: ContactChangeIdSchema,
    field: ContactFieldSchema,
    status: ContactChangeStatusSchema,
    /** The new value as the member may see it again (phone and e-mail masked). */
    newValue: z.string(),
    requestedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ContactChange' })
export type ContactChange = z.infer<typeof ContactChangeSchema>

export const MemberProfileSchema = z
  .object({
    fullName: z.string(),
    maskedIdNumber: z.string(),
    memberNumber: z.string(),
    mobile: z.string(),
    email: z.string(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    payrollEntity: z.string().nullable(),
    policy: ContactPolicySchema,
    /** Changes waiting for the codes or for review, newest first. */
    pending: z.array(ContactChangeSchema),
  })
  .meta({ id: 'MemberProfile' })
export type MemberProfile = z.infer<typeof MemberProfileSchema>

const mobileValue = z.string().regex(MOBILE_PATTERN, 'mobile phone')
const emailValue = z.email().max(120)
const addressValue = z.string().trim().min(ADDRESS_MIN).max(ADDRESS_MAX)

export const ContactChangeRequestSchema = z
  .discriminatedUnion('field', [
    z.object({ field: z.literal('mobile'), value: mobileValue, confirmVia: DeliveryChannelSchema }).strict(),
    z.object({ field: z.literal('email'), value: emailValue }).strict(),
    z.object({ field: z.literal('address'), value: addressValue }).strict(),
  ])
  .meta({ id: 'ContactChangeRequest' })
export type ContactChangeRequest = z.infer<typeof ContactChangeRequestSchema>

const DestinationSchema = z.object({ channel: DeliveryChannelSchema, maskedDestination: z.string() })

/** Two codes: one to the current destination confirms the change, one to the new one proves it. */
export const ContactChangeChallengeSchema = z
  .object({
    changeId: ContactChangeIdSchema,
    field: ContactFieldSchema,
    confirm: DestinationSchema,
    /** Null for the address: there is nothing new to prove. */
    prove: DestinationSchema.nullable(),
    expiresInSeconds: z.number().int().min(1),
    attemptsLeft: z.number().int().min(0),
    attemptsLeftToday: z.number().int().min(0),
  })
  .meta({ id: 'ContactChangeChallenge' })
export type ContactChangeChallenge = z.infer<typeof ContactChangeChallengeSchema>

export const ContactChangeConfirmSchema = z
  .object({ confirmCode: OperationCodeSchema, proveCode: OperationCodeSchema.optional() })
  .strict()
  .meta({ id: 'ContactChangeConfirm' })
export type ContactChangeConfirm = z.infer<typeof ContactChangeConfirmSchema>

export const ContactChangeParamsSchema = z.object({ changeId: ContactChangeIdSchema }).strict()

export const ContactChangeResultSchema = z
  .object({ change: ContactChangeSchema, profile: MemberProfileSchema })
  .meta({ id: 'ContactChangeResult' })
export type ContactChangeResult = z.infer<typeof ContactChangeResultSchema>

/** A change waiting for a teller's review, as the teller screen lists it. */
export const ContactReviewItemSchema = ContactChangeSchema.extend({
  idNumber: z.string(),
  fullName: z.string(),
  /** The value it replaces (phone and e-mail masked, as the new one). */
  oldValue: z.string(),
}).meta({ id: 'ContactReviewItem' })
export type ContactReviewItem = z.infer<typeof ContactReviewItemSchema>

export const ContactReviewListSchema = z
  .object({ changes: z.array(ContactReviewItemSchema) })
  .meta({ id: 'ContactReviewList' })
export type ContactReviewList = z.infer<typeof ContactReviewListSchema>

export const ContactReviewDecisionSchema = z
  .object({ decision: z.enum(['approve', 'reject']) })
  .strict()
  .meta({ id: 'ContactReviewDecision' })
export type ContactReviewDecision = z.infer<typeof ContactReviewDecisionSchema>

// ——— Solicitud de retiro de aportes ———

/** Why the cooperative's rules refuse a withdrawal from one contribution. */
export const WITHDRAWAL_REFUSALS = [
  'retirement_only',
  'overdue_obligation',
  'request_pending',
  'no_balance',
] as const
export const WithdrawalRefusalSchema = z.enum(WITHDRAWAL_REFUSALS)
export type WithdrawalRefusal = z.infer<typeof WithdrawalRefusalSchema>

export const WithdrawalOptionSchema = z
  .object({
    productId: z.string(),
    name: z.string(),
    maskedNumber: z.string(),
    balance: MoneySchema,
    /** Null when refused; otherwise the most the rules allow now. */
    maximum: MoneySchema.nullable(),
    refusal: WithdrawalRefusalSchema.nullable(),
  })
  .meta({ id: 'WithdrawalOption' })
export type WithdrawalOption = z.infer<typeof WithdrawalOptionSchema>

export const WithdrawalNumberSchema = z.string().regex(/^RA[0-9]{10,20}$/, 'withdrawal request number')
export const WithdrawalStatusSchema = z.enum(['pending', 'cancelled', 'approved', 'paid'])

export const WithdrawalRequestSchema = z
  .object({
    requestNumber: WithdrawalNumberSchema,
    productId: z.string(),
    productName: z.string(),
    maskedNumber: z.string(),
    amount: MoneySchema,
    status: WithdrawalStatusSchema,
    requestedAt: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WithdrawalRequest' })
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>

export const WithdrawalsSchema = z
  .object({ options: z.array(WithdrawalOptionSchema), requests: z.array(WithdrawalRequestSchema) })
  .meta({ id: 'Withdrawals' })
export type Withdrawals = z.infer<typeof WithdrawalsSchema>

export const WithdrawalDraftSchema = z
  .object({
    productId: z.string().min(1).max(64),
    amount: MoneySchema.refine((m) => m.amountMinor > 0, 'amount must be positive'),
  })
  .strict()
  .meta({ id: 'WithdrawalDraft' })
export type WithdrawalDraft = z.infer<typeof WithdrawalDraftSchema>

export const WithdrawalParamsSchema = z.object({ requestNumber: WithdrawalNumberSchema }).strict()

// ——— Mi actividad ———

/** Each kind is one source the API registers; a new operation kind is one more source. */
export const ACTIVITY_KINDS = [
  'sign-in',
  'credential',
  'contact-change',
  'withdrawal',
  'transfer',
  'beneficiary',
] as const
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS)
export type ActivityKind = z.infer<typeof ActivityKindSchema>

export const ActivityReceiptSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('transfer'), receiptNumber: ReceiptNumberSchema }).strict(),
  z.object({ kind: z.literal('withdrawal'), requestNumber: WithdrawalNumberSchema }).strict(),
])
export type ActivityReceipt = z.infer<typeof ActivityReceiptSchema>

export const ActivityItemSchema = z
  .object({
    kind: ActivityKindSchema,
    /** What happened, a code per kind (e.g. "password-changed", "mobile"); the kiosk words it. */
    action: z.string().regex(/^[a-z_-]{1,40}$/),
    at: z.iso.datetime(),
    /** e.g. "applied", "pending", "cancelled"; null when the kind has none. */
    status: z
      .string()
      .regex(/^[a-z_-]{1,40}$/)
      .nullable(),
    /** Kiosk of a sign-in, a masked account, a request number. */
    reference: z.string().nullable(),
    amount: MoneySchema.nullable(),
    receipt: ActivityReceiptSchema.nullable(),
  })
  .meta({ id: 'ActivityItem' })
export type ActivityItem = z.infer<typeof ActivityItemSchema>

export const ActivitySchema = z.object({ items: z.array(ActivityItemSchema) }).meta({ id: 'Activity' })
export type Activity = z.infer<typeof ActivitySchema>

export const MEMBER_DATA_ROUTES = {
  memberProfile: {
    method: 'GET',
    path: '/v1/members/me/profile',
    summary: "The member's personal data, the cooperative's contact-change policy and pending changes",
    tag: 'members',
    auth: true,
    response: MemberProfileSchema,
    errors: ['SESSION_EXPIRED', 'SETUP_REQUIRED'],
  },
  contactChangeStart: {
    method: 'POST',
    path: '/v1/members/me/contact-changes',
    summary:
      'Starts a change of mobile, e-mail or address: a code to the current destination, one to the new',
    description:
      'The confirming code goes to the current mobile (or, for a mobile change where the policy allows it, ' +
      'the current e-mail); a new mobile or e-mail gets its own code. Both last 5 minutes and 3 tries in all. ' +
      `${codeOddsText('operation-code')} ${SEND_LIMITS_TEXT} A new change replaces one still awaiting codes.`,
    tag: 'members',
    auth: true,
    body: ContactChangeRequestSchema,
    response: ContactChangeChallengeSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'CONFLICT', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  contactChangeConfirm: {
    method: 'POST',
    path: '/v1/members/me/contact-changes/:changeId/confirm',
    summary:
      'Confirms a change with both codes: it applies (old and new destinations told) or waits for review',
    description:
      'A wrong code answers 401 CODE_INVALID with attemptsLeft and spends the operation-code budget. ' +
      'After both codes the change applies at once or, where the policy says review, waits for a teller.',
    tag: 'members',
    auth: true,
    params: ContactChangeParamsSchema,
    body: ContactChangeConfirmSchema,
    response: ContactChangeResultSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CODE_INVALID',
      'CODE_EXPIRED',
      'ATTEMPTS_EXHAUSTED',
    ],
  },
  withdrawalList: {
    method: 'GET',
    path: '/v1/members/me/contribution-withdrawals',
    summary:
      "What the cooperative's rules let the member withdraw from each contribution, and their requests",
    tag: 'members',
    auth: true,
    response: WithdrawalsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  withdrawalRequest: {
    method: 'POST',
    path: '/v1/members/me/contribution-withdrawals',
    summary: 'Asks to withdraw an amount of a contribution (refused with the reason the rules give)',
    description:
      'The same Idempotency-Key answers the same request again; with another body 422 IDEMPOTENCY_MISMATCH. ' +
      "A product the rules refuse (see the list's refusal) answers 409 CONFLICT; over the maximum, 422 LIMIT_EXCEEDED.",
    tag: 'members',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: WithdrawalDraftSchema,
    response: WithdrawalRequestSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CONFLICT',
      'LIMIT_EXCEEDED',
      'IDEMPOTENCY_MISMATCH',
    ],
  },
  withdrawalGet: {
    method: 'GET',
    path: '/v1/members/me/contribution-withdrawals/:requestNumber',
    summary: "One of the member's withdrawal requests (to print or reprint its receipt)",
    tag: 'members',
    auth: true,
    params: WithdrawalParamsSchema,
    response: WithdrawalRequestSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  withdrawalCancel: {
    method: 'POST',
    path: '/v1/members/me/contribution-withdrawals/:requestNumber/cancel',
    summary: 'Cancels a withdrawal request while it is pending (409 CONFLICT once it is not)',
    tag: 'members',
    auth: true,
    params: WithdrawalParamsSchema,
    response: WithdrawalRequestSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT'],
  },
  memberActivity: {
    method: 'GET',
    path: '/v1/members/me/activity',
    summary: "The member's recent activity: sign-ins, credential and data changes, requests and operations",
    tag: 'members',
    auth: true,
    response: ActivitySchema,
    errors: ['SESSION_EXPIRED'],
  },
  contactReviewList: {
    method: 'GET',
    path: '/v1/teller/contact-changes',
    summary: "Contact changes waiting for a teller's review (cooperatives whose policy says review)",
    tag: 'teller',
    auth: true,
    principal: 'staff',
    response: ContactReviewListSchema,
    errors: ['SESSION_EXPIRED', 'FORBIDDEN'],
  },
  contactReviewDecide: {
    method: 'POST',
    path: '/v1/teller/contact-changes/:changeId/decision',
    summary: 'Approves (applied, old and new destinations told) or rejects a change waiting for review',
    description: 'Tellers and supervisors; the decision and who made it are kept in the audit.',
    tag: 'teller',
    auth: true,
    principal: 'staff',
    params: ContactChangeParamsSchema,
    body: ContactReviewDecisionSchema,
    response: ContactChangeSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'FORBIDDEN', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
