import { z } from 'zod'
import { PasswordInputSchema } from '../../api/auth'
import { StaffUsernameSchema } from '../../api/staff'
import { LanguageSchema } from '../../config/kiosk-config'
import { PrintFailureReasonSchema } from '../printing-contract'
import { defineService } from '../service'
import { NoInput } from './no-input'

/** Branch IT signed in at the kiosk (a staff member with the `it` role); the token stays in main. */
export const MaintenanceProfileSchema = z
  .object({ username: StaffUsernameSchema, displayName: z.string().min(1), expiresAt: z.iso.datetime() })
  .strict()
export type MaintenanceProfile = z.infer<typeof MaintenanceProfileSchema>

/**
 * The receipt printer as it reports itself over ESC/POS `DLE EOT`. `state`: `ok` (online, cover closed,
 * paper in), `attention` (online with paper near its end), `offline` (cover open, paper out, error),
 * `unreachable` / `no_answer` (no connection / connected but no status bytes in time), `unsupported`
 * (an OS printer: its status goes through the print system, not this screen), `not_configured`.
 */
export const PrinterStatusSchema = z
  .object({
    kind: z.enum(['none', 'tcp', 'system']),
    /** `tcp://host:port` or the OS printer name: where IT looks. */
    target: z.string().nullable(),
    state: z.enum([
      'ok',
      'attention',
      'offline',
      'unreachable',
      'no_answer',
      'unsupported',
      'not_configured',
    ]),
    online: z.boolean().nullable(),
    coverOpen: z.boolean().nullable(),
    paper: z.enum(['ok', 'near_end', 'out']).nullable(),
    error: z.boolean().nullable(),
    checkedAt: z.iso.datetime(),
  })
  .strict()
export type PrinterStatus = z.infer<typeof PrinterStatusSchema>

export const TestPageResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }).strict(),
  z.object({ status: z.literal('failed'), reason: PrintFailureReasonSchema }).strict(),
])
export type TestPageResult = z.infer<typeof TestPageResultSchema>

/** The API as the kiosk sees it: reachable, how fast, and how far its clock is from the kiosk's. */
export const ConnectivitySchema = z
  .object({
    /** The API's origin (no path, no credentials). */
    api: z.string(),
    reachable: z.boolean(),
    latencyMs: z.number().int().min(0).nullable(),
    /** API clock minus kiosk clock, from /health's `time` at the round trip's midpoint. */
    clockOffsetMs: z.number().int().nullable(),
    apiVersion: z.string().nullable(),
    /** The error code when unreachable (API_UNREACHABLE, API_TIMEOUT, SERVER_ERROR…). */
    failure: z.string().nullable(),
    checkedAt: z.iso.datetime(),
  })
  .strict()
export type Connectivity = z.infer<typeof ConnectivitySchema>

/** A lifecycle event main keeps (data folder, across restarts): starts, quits, renderer crashes. */
export const KioskEventSchema = z
  .object({
    at: z.iso.datetime(),
    kind: z.enum(['started', 'quit', 'renderer_gone', 'unresponsive', 'crash_loop', 'unclean_exit']),
    detail: z.string().max(200).nullable(),
  })
  .strict()
export type KioskEvent = z.infer<typeof KioskEventSchema>

/** A recent log line: level, message and a few whitelisted fields, never a payload. */
export const LogLineSchema = z
  .object({
    at: z.iso.datetime(),
    level: z.enum(['debug', 'info', 'warn', 'error']),
    msg: z.string().max(200),
    fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  })
  .strict()
export type LogLine = z.infer<typeof LogLineSchema>

export const AboutSchema = z
  .object({
    version: z.string(),
    runtime: z.object({ node: z.string(), electron: z.string().nullable(), platform: z.string() }).strict(),
    startedAt: z.iso.datetime(),
    /** Whitelisted configuration fields only: a field that is not on the list is never shown. */
    config: z.array(z.object({ key: z.string(), value: z.string() }).strict()),
    events: z.array(KioskEventSchema),
    log: z.array(LogLineSchema),
  })
  .strict()
export type About = z.infer<typeof AboutSchema>

/** Why a journal line breaks the chain (electron/services/payments/journal.ts verifies it). */
export const JournalBreakSchema = z.enum(['not_an_entry', 'sequence', 'previous_hash', 'hash'])

/** The electronic journal's hash chain as checked just now, from the file on disk. */
export const JournalCheckSchema = z
  .object({
    /** Entries that verify (all of them when intact; those before the broken line otherwise). */
    entries: z.number().int().min(0),
    intact: z.boolean(),
    /** The first line that does not verify, and why; null when intact. */
    broken: z
      .object({ line: z.number().int().min(1), reason: JournalBreakSchema })
      .strict()
      .nullable(),
    /** The last verified entry's hash (64 hex digits); null for an empty journal. */
    headHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    /** Operations with no final outcome yet (an intent alone, or `unknown`): reconciliation's work. */
    pending: z.number().int().min(0),
    checkedAt: z.iso.datetime(),
  })
  .strict()
export type JournalCheck = z.infer<typeof JournalCheckSchema>

/** The journal written as CSV into the kiosk's export folder (a new file every time). */
export const JournalExportSchema = z
  .object({
    path: z.string(),
    /** Rows written: every entry, or only those before a broken line (`intact` false). */
    entries: z.number().int().min(0),
    intact: z.boolean(),
  })
  .strict()
export type JournalExport = z.infer<typeof JournalExportSchema>

/**
 * The maintenance screen at a kiosk (branch IT). Sign-in is a staff sign-in that must carry the `it`
 * role; it ends the member's session first, idles out like any staff session, and opens the
 * `maintenance` audience (this service and the reprint queue, print.queue.*) and nothing else.
 */
export const MAINTENANCE_SERVICE = defineService({
  name: 'maintenance',
  methods: {
    signIn: {
      audience: 'public',
      input: z.object({ username: StaffUsernameSchema, password: PasswordInputSchema }).strict(),
      output: MaintenanceProfileSchema,
    },
    signOut: { audience: 'maintenance', input: NoInput, output: z.object({ ok: z.literal(true) }).strict() },
    /** Who is signed in; also keeps the session alive (here and at the API). */
    me: { audience: 'maintenance', input: NoInput, output: MaintenanceProfileSchema },
    printerStatus: { audience: 'maintenance', input: NoInput, output: PrinterStatusSchema },
    testPage: {
      audience: 'maintenance',
      input: z.object({ language: LanguageSchema }).strict(),
      output: TestPageResultSchema,
    },
    connectivity: { audience: 'maintenance', input: NoInput, output: ConnectivitySchema },
    about: { audience: 'maintenance', input: NoInput, output: AboutSchema },
    journalVerify: { audience: 'maintenance', input: NoInput, output: JournalCheckSchema },
    journalExport: { audience: 'maintenance', input: NoInput, output: JournalExportSchema },
  },
  events: {
    /** The maintenance session ended in main (idle expiry, a fresh page): the screen leaves. */
    ended: z.object({ reason: z.enum(['logout', 'expired']) }).strict(),
  },
})
