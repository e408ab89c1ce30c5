import type { ApiRoute } from './route'
import { z } from 'zod'
import { OkSchema, PasswordInputSchema } from './auth'

/** What a staff member may do; the directory's groups map onto these (sandbox/staff/ldap-options.ts). */
export const StaffRoleSchema = z.enum(['teller', 'supervisor', 'it']).meta({ id: 'StaffRole' })
export type StaffRole = z.infer<typeof StaffRoleSchema>

/** Directory user names: `uid` in LDAP, `sAMAccountName` in Active Directory. */
export const StaffUsernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/i, 'Username: 2 to 40 letters, digits, dots, dashes or underscores')

export const StaffSignInRequestSchema = z
  .object({
    username: StaffUsernameSchema,
    password: PasswordInputSchema,
    /** The desk PC or kiosk the staff member signs in at (recorded with every action). */
    terminalId: z.string().min(1).max(64),
  })
  .strict()
  .meta({ id: 'StaffSignInRequest' })

export const StaffProfileSchema = z
  .object({
    username: StaffUsernameSchema,
    displayName: z.string().min(1),
    roles: z.array(StaffRoleSchema).min(1),
    terminalId: z.string(),
    /** Idle expiry: every staff request moves it to now + the staff session TTL. */
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'StaffProfile' })

export const StaffSignInResponseSchema = StaffProfileSchema.extend({ token: z.string().min(32) }).meta({
  id: 'StaffSignInResponse',
})

/** What branch IT does on a kiosk's maintenance screen; each one is posted to the audit below. */
export const MaintenanceAuditActionSchema = z
  .enum([
    'sign-in',
    'sign-out',
    'printer-status',
    'test-page',
    'connectivity',
    'queue-retry',
    'queue-clear',
    'journal-verify',
    'journal-export',
  ])
  .meta({ id: 'MaintenanceAuditAction' })
export type MaintenanceAuditAction = z.infer<typeof MaintenanceAuditActionSchema>

/** Only what was done and how it ended: who and where come from the staff token. */
export const MaintenanceAuditRequestSchema = z
  .object({
    action: MaintenanceAuditActionSchema,
    /** `ok`, a state (`attention`), a count (`2 retried, 0 left`) or an error code; never a secret. */
    result: z.string().min(1).max(120),
  })
  .strict()
  .meta({ id: 'MaintenanceAuditRequest' })

export const MaintenanceAuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    staffUsername: z.string(),
    terminalId: z.string(),
    action: MaintenanceAuditActionSchema,
    result: z.string(),
  })
  .meta({ id: 'MaintenanceAuditEntry' })

export const MaintenanceAuditSchema = z
  .object({ day: z.iso.date(), entries: z.array(MaintenanceAuditEntrySchema) })
  .meta({ id: 'MaintenanceAudit' })

export type MaintenanceAuditRequest = z.infer<typeof MaintenanceAuditRequestSchema>
export type MaintenanceAuditEntry = z.infer<typeof MaintenanceAuditEntrySchema>
export type MaintenanceAudit = z.infer<typeof MaintenanceAuditSchema>

export type StaffSignInRequest = z.infer<typeof StaffSignInRequestSchema>
export type StaffProfile = z.infer<typeof StaffProfileSchema>
export type StaffSignInResponse = z.infer<typeof StaffSignInResponseSchema>

const STAFF_SIGN_IN_TEXT =
  'The core checks the password against its staff directory (an LDAP bind where one is configured) and ' +
  'maps directory groups to roles. A wrong password and an unknown username get the same 401 ' +
  'INVALID_CREDENTIALS with attemptsLeft; the failure that reaches the limit locks the username for a while ' +
  '(423 ACCOUNT_LOCKED, unlockBy "time"). With the right password, an account disabled in the directory ' +
  'answers 423 ACCOUNT_LOCKED with unlockBy "administrator", and a directory user in no staff group 403 ' +
  'FORBIDDEN. Staff tokens are separate from member tokens: each is refused (403 FORBIDDEN) on the ' +
  "other's routes."

const MAINTENANCE_AUDIT_TEXT =
  'Staff tokens with the it role only (403 FORBIDDEN for member tokens, tellers and supervisors). The ' +
  "staff username and the terminal are the token's (those of its sign-in), never the body's: a body with " +
  'any field besides action and result is refused (400 VALIDATION). Rows are never changed or deleted.'

export const STAFF_ROUTES = {
  staffSignIn: {
    method: 'POST',
    path: '/v1/staff/sessions',
    summary: 'Staff sign-in (teller, supervisor, IT): returns a staff session token and the roles',
    description: STAFF_SIGN_IN_TEXT,
    tag: 'staff',
    auth: false,
    body: StaffSignInRequestSchema,
    response: StaffSignInResponseSchema,
    errors: ['VALIDATION', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'FORBIDDEN', 'RATE_LIMITED'],
  },
  staffSignOut: {
    method: 'POST',
    path: '/v1/staff/sessions/current/end',
    summary: 'Ends the staff session; idempotent',
    tag: 'staff',
    auth: true,
    response: OkSchema,
    errors: ['SESSION_EXPIRED', 'FORBIDDEN'],
  },
  staffMe: {
    method: 'GET',
    path: '/v1/staff/me',
    summary: 'The signed-in staff member: name, roles, terminal and when the session idles out',
    tag: 'staff',
    auth: true,
    response: StaffProfileSchema,
    errors: ['SESSION_EXPIRED', 'FORBIDDEN'],
  },
  staffMaintenanceAuditRecord: {
    method: 'POST',
    path: '/v1/staff/maintenance/audit',
    summary: "Records one of branch IT's actions on a kiosk's maintenance screen (append-only)",
    description: MAINTENANCE_AUDIT_TEXT,
    tag: 'staff',
    auth: true,
    body: MaintenanceAuditRequestSchema,
    response: MaintenanceAuditEntrySchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'FORBIDDEN'],
  },
  staffMaintenanceAudit: {
    method: 'GET',
    path: '/v1/staff/maintenance/audit',
    summary: "Today's maintenance actions (UTC day), every kiosk's, newest first",
    description: MAINTENANCE_AUDIT_TEXT,
    tag: 'staff',
    auth: true,
    response: MaintenanceAuditSchema,
    errors: ['SESSION_EXPIRED', 'FORBIDDEN'],
  },
} as const satisfies Record<string, ApiRoute>
