import type { ApiRoute } from './route'
import { z } from 'zod'
import { ErrorCodeSchema } from '../ipc/error-schemas'
import { SetupStepSchema } from '../credentials/setup-steps'
import { IdNumberSchema, PasswordInputSchema } from './auth'
import { StaffUsernameSchema } from './staff'
import {
  ACCESS_STATUSES,
  KEY_DELIVERIES,
  MEMBER_EVENT_KINDS,
  TELLER_ACTIONS,
  TELLER_REASONS,
} from './teller-choices'

export const TellerActionNameSchema = z.enum(TELLER_ACTIONS).meta({ id: 'TellerActionName' })
export const KeyDeliverySchema = z.enum(KEY_DELIVERIES).meta({ id: 'KeyDelivery' })

/** Each item confirmed by the teller, recorded with the action; an unticked one is a 400 VALIDATION. */
export const IdentityChecklistSchema = z
  .object({
    idDocumentSeen: z.literal(true),
    photoMatches: z.literal(true),
    signatureMatches: z.literal(true),
  })
  .strict()
  .meta({ id: 'IdentityChecklist' })

/** A supervisor's credentials, typed on the teller's screen and checked by the core with the action. */
export const SupervisorApprovalSchema = z
  .object({ username: StaffUsernameSchema, password: PasswordInputSchema })
  .strict()
  .meta({ id: 'SupervisorApproval' })

export const TellerLookupRequestSchema = z
  .object({ idNumber: IdNumberSchema })
  .strict()
  .meta({ id: 'TellerLookupRequest' })

const iso = z.iso.datetime()

export const TellerMemberSchema = z
  .object({
    idNumber: z.string(),
    fullName: z.string(),
    memberNumber: z.string(),
    access: z.object({
      status: z.enum(ACCESS_STATUSES),
      /** The sign-in lock in force: since when, until when (null: until a teller), after how many tries. */
      lock: z
        .object({
          since: iso,
          until: iso.nullable(),
          reason: z.enum(['wrong-passwords', 'core']),
          failedAttempts: z.number().int().min(0),
          locksInARow: z.number().int().min(0),
        })
        .nullable(),
      questionsBlockedUntil: iso.nullable(),
      temporaryKey: z.object({ delivery: KeyDeliverySchema, issuedAt: iso, expiresAt: iso }).nullable(),
      pendingSetup: z.array(SetupStepSchema),
    }),
    /** Where an SMS or e-mail would go, masked like the kiosk's recovery screen. */
    destinations: z.object({ sms: z.string(), email: z.string() }),
    lastSignIns: z.array(z.object({ at: iso, kioskId: z.string() })),
    events: z.array(z.object({ at: iso, kind: z.enum(MEMBER_EVENT_KINDS), detail: z.string().nullable() })),
    /** Four eyes, known in advance: an unlock now needs a supervisor (unlocked in the last 24 h). */
    unlockNeedsApproval: z.boolean(),
  })
  .meta({ id: 'TellerMember' })

const actionBase = {
  idNumber: IdNumberSchema,
  checklist: IdentityChecklistSchema,
  approval: SupervisorApprovalSchema.optional(),
}
const reasonOf = <A extends keyof typeof TELLER_REASONS>(a: A) => z.enum(TELLER_REASONS[a])

export const TellerActionRequestSchema = z
  .discriminatedUnion('action', [
    z
      .object({
        ...actionBase,
        action: z.literal('activate'),
        reason: reasonOf('activate'),
        delivery: KeyDeliverySchema,
      })
      .strict(),
    z.object({ ...actionBase, action: z.literal('unlock'), reason: reasonOf('unlock') }).strict(),
    z
      .object({ ...actionBase, action: z.literal('resetQuestions'), reason: reasonOf('resetQuestions') })
      .strict(),
    z.object({ ...actionBase, action: z.literal('resetImage'), reason: reasonOf('resetImage') }).strict(),
    z
      .object({ ...actionBase, action: z.literal('resendContract'), reason: reasonOf('resendContract') })
      .strict(),
  ])
  .meta({ id: 'TellerActionRequest' })

export const TellerActionResultSchema = z
  .object({
    auditId: z.number().int(),
    action: TellerActionNameSchema,
    approvedBy: z.string().nullable(),
    /** SMS / e-mail: where the key or contract went (masked). */
    sentTo: z.object({ channel: z.enum(['sms', 'email']), maskedDestination: z.string() }).nullable(),
    /**
     * Slip delivery only: the temporary key, answered once to the teller's desk client for printing. The
     * core keeps only its keyed hash; the client prints it and never shows or logs it.
     */
    slipKey: z.string().optional(),
    member: TellerMemberSchema,
  })
  .meta({ id: 'TellerActionResult' })

const AuditResultSchema = z.union([z.literal('ok'), ErrorCodeSchema])

export const TellerAuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: iso,
    staffUsername: z.string(),
    terminalId: z.string(),
    idNumber: z.string(),
    action: TellerActionNameSchema,
    reason: z.string(),
    checklist: z.object({
      idDocumentSeen: z.boolean(),
      photoMatches: z.boolean(),
      signatureMatches: z.boolean(),
    }),
    delivery: KeyDeliverySchema.nullable(),
    approvedBy: z.string().nullable(),
    /** 'ok', or the error code the action was refused with. */
    result: AuditResultSchema,
  })
  .meta({ id: 'TellerAuditEntry' })

export const TellerAuditQuerySchema = z.object({ scope: z.enum(['own', 'branch']).default('own') }).strict()
export const TellerAuditSchema = z
  .object({ day: z.iso.date(), scope: z.enum(['own', 'branch']), entries: z.array(TellerAuditEntrySchema) })
  .meta({ id: 'TellerAudit' })

export type TellerMember = z.infer<typeof TellerMemberSchema>
export type TellerActionRequest = z.infer<typeof TellerActionRequestSchema>
export type TellerActionResult = z.infer<typeof TellerActionResultSchema>
export type TellerAuditEntry = z.infer<typeof TellerAuditEntrySchema>
export type TellerAudit = z.infer<typeof TellerAuditSchema>
export type IdentityChecklist = z.infer<typeof IdentityChecklistSchema>

const FOUR_EYES_TEXT =
  'Staff tokens of tellers and supervisors only (403 FORBIDDEN for member tokens and other roles). ' +
  'Every action needs the identity checklist confirmed and a reason from its list, and is recorded in the ' +
  'append-only audit with its result. Four eyes: an activation delivered on a printed slip, and an unlock of ' +
  "a member unlocked in the last 24 hours, need `approval` (a supervisor's username and password, checked " +
  'like a staff sign-in): without it 403 FORBIDDEN (issue path "approval"); the acting staff member cannot ' +
  'approve their own action, nor can a user without the supervisor role (403 FORBIDDEN).'

export const TELLER_ROUTES = {
  tellerLookup: {
    method: 'POST',
    path: '/v1/teller/members/lookup',
    summary:
      'A member by ID number: name, member number, online-access status, last sign-ins and credential events',
    tag: 'teller',
    auth: true,
    principal: 'staff',
    body: TellerLookupRequestSchema,
    response: TellerMemberSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  tellerAction: {
    method: 'POST',
    path: '/v1/teller/actions',
    summary:
      'A teller action on a member: activate online access, unlock, reset questions or image, resend the contract',
    description: FOUR_EYES_TEXT,
    tag: 'teller',
    auth: true,
    principal: 'staff',
    body: TellerActionRequestSchema,
    response: TellerActionResultSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ],
  },
  tellerAudit: {
    method: 'GET',
    path: '/v1/teller/audit',
    summary:
      "Today's teller actions (the branch's local day): the caller's own, or the branch's for a supervisor",
    tag: 'teller',
    auth: true,
    principal: 'staff',
    query: TellerAuditQuerySchema,
    response: TellerAuditSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'FORBIDDEN'],
  },
} as const satisfies Record<string, ApiRoute>
