import type { ApiRoute } from './route'
import { z } from 'zod'
import { SetupStepSchema } from '../credentials/setup-steps'
import { SECURITY_IMAGE_IDS } from '../security/security-images'
import { ID_NUMBER_PATTERN } from './identifiers'
import { LOCKOUT_TEXT, REQUEST_LIMITS_TEXT, TEMPORARY_KEY_TEXT } from './credential-limits'

export const SecurityImageIdSchema = z.enum(SECURITY_IMAGE_IDS)

/** ID document numbers: digits (cédula) or alphanumeric (passport), no spaces. */
export const IdNumberSchema = z.string().regex(ID_NUMBER_PATTERN, 'ID number: 4 to 20 letters or digits')
/** Bounded to stop hashing huge inputs; the policy itself is checked where passwords are set. */
export const PasswordInputSchema = z.string().min(1).max(64)

/** Lookup and login take the ID number or, where the member chose one, the username (also 8–20 letters/digits). */
/**
 * Proof of a right security answer at sign-in (profiles that ask one, sign-in-extras.ts): bound to the ID
 * it was answered for, short-lived; lookup and login require it there.
 */
export const QuestionTicketSchema = z.string().regex(/^[0-9a-f]{64}$/, 'question ticket: 64 hex digits')

export const LookupRequestSchema = z
  .object({ idNumber: IdNumberSchema, questionTicket: QuestionTicketSchema.optional() })
  .strict()
  .meta({ id: 'LookupRequest' })
/** For unknown IDs the sandbox answers a deterministic decoy of the same shape, so lookup reveals no membership. */
export const LookupResponseSchema = z
  .object({
    maskedName: z.string(),
    securityImageId: SecurityImageIdSchema,
    securityPhrase: z.string(),
  })
  .meta({ id: 'LookupResponse' })

export const LoginRequestSchema = z
  .object({
    idNumber: IdNumberSchema,
    password: PasswordInputSchema,
    kioskId: z.string().min(1).max(64),
    questionTicket: QuestionTicketSchema.optional(),
  })
  .strict()
  .meta({ id: 'LoginRequest' })
/**
 * The member's sign-in before this one, told at sign-in as a security signal ("Última conexión"): when,
 * and through which channel (a kiosk names itself). Null the first time.
 */
export const PreviousSignInSchema = z
  .object({
    at: z.iso.datetime(),
    channel: z.enum(['kiosk', 'web', 'mobile']),
    kioskId: z.string().min(1).max(64).optional(),
  })
  .nullable()
  .meta({ id: 'PreviousSignIn' })

export const LoginResponseSchema = z
  .object({
    token: z.string().min(32),
    expiresAt: z.iso.datetime(),
    mustChangePassword: z.boolean(),
    /** Steps the member must finish before anything else (empty for most sign-ins). */
    pendingSetup: z.array(SetupStepSchema).default([]),
    member: z.object({ displayName: z.string() }),
    previousSignIn: PreviousSignInSchema,
  })
  .meta({ id: 'LoginResponse' })

export const SessionStatusSchema = z.object({ expiresAt: z.iso.datetime() }).meta({ id: 'SessionStatus' })
export const OkSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' })

export type LookupRequest = z.infer<typeof LookupRequestSchema>
export type LookupResponse = z.infer<typeof LookupResponseSchema>
export type LoginRequest = z.infer<typeof LoginRequestSchema>
export type LoginResponse = z.infer<typeof LoginResponseSchema>
export type PreviousSignIn = z.infer<typeof PreviousSignInSchema>
export type SessionStatus = z.infer<typeof SessionStatusSchema>

/** What the first step reveals, stated plainly (issue 15): the bound is the request limits. */
const DECOY_TEXT =
  'Unknown IDs get a decoy of the same shape (deterministic per ID). The decoy is drawn from word lists, ' +
  "not from the cooperative's real data, so someone who knows those lists can tell some real members " +
  '(a free-text phrase, a name or e-mail outside them) from strangers: the first step does not prove ' +
  'non-membership. The limits below bound how fast IDs can be tried.'

const QUESTION_FIRST_TEXT =
  'Where the cooperative asks a security question at sign-in (POST /v1/auth/question says so), this ' +
  'route needs the `questionTicket` a right answer returned for the same ID, else 403 VERIFICATION_REQUIRED.'

export const AUTH_ROUTES = {
  lookup: {
    method: 'POST',
    path: '/v1/auth/lookup',
    summary: 'Step 1 of login: masked name, security image and phrase for an ID number (decoy if unknown)',
    description: `${DECOY_TEXT} ${QUESTION_FIRST_TEXT} ${REQUEST_LIMITS_TEXT}`,
    tag: 'auth',
    auth: false,
    body: LookupRequestSchema,
    response: LookupResponseSchema,
    errors: ['VALIDATION', 'RATE_LIMITED', 'VERIFICATION_REQUIRED'],
  },
  login: {
    method: 'POST',
    path: '/v1/auth/login',
    summary: 'Step 2 of login: password; returns an opaque session token',
    description: `${LOCKOUT_TEXT} ${TEMPORARY_KEY_TEXT} ${QUESTION_FIRST_TEXT} ${REQUEST_LIMITS_TEXT}`,
    tag: 'auth',
    auth: false,
    body: LoginRequestSchema,
    response: LoginResponseSchema,
    errors: ['VALIDATION', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'RATE_LIMITED', 'VERIFICATION_REQUIRED'],
  },
  logout: {
    method: 'POST',
    path: '/v1/auth/logout',
    summary: 'Ends the session; idempotent',
    tag: 'auth',
    auth: true,
    response: OkSchema,
    errors: ['SESSION_EXPIRED'],
  },
  keepAlive: {
    method: 'POST',
    path: '/v1/session/keepalive',
    summary: 'Extends the session',
    tag: 'auth',
    auth: true,
    response: SessionStatusSchema,
    errors: ['SESSION_EXPIRED'],
  },
} as const satisfies Record<string, ApiRoute>
