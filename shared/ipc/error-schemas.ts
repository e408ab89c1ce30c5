import { z } from 'zod'
import { ERROR_CODES, type ErrorCode } from './error-codes'

export const ErrorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]])

/** Extra facts a screen may show, e.g. "2 intentos restantes". Never personal data. */
export const ErrorDetailsSchema = z
  .object({
    attemptsLeft: z.number().int().min(0).optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    /** When a lock or an exhausted budget ends (absent when only a teller can end it). */
    lockedUntil: z.iso.datetime().optional(),
    /** Who ends an ACCOUNT_LOCKED: time alone, a teller at a branch, or the directory's administrator (staff). */
    unlockBy: z.enum(['time', 'teller', 'administrator']).optional(),
    /** An ACCOUNT_LOCKED that a temporary key from "Olvidé mi clave" lifts (the screen then offers it). */
    recoveryUnlocks: z.boolean().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .strict()

/** The one error shape of the IPC contract. */
export const IpcErrorSchema = z
  .object({
    code: ErrorCodeSchema,
    messageKey: z.string(),
    retryable: z.boolean(),
    details: ErrorDetailsSchema.optional(),
  })
  .meta({ id: 'IpcError' })
export type IpcError = z.infer<typeof IpcErrorSchema>
export type ErrorDetails = z.infer<typeof ErrorDetailsSchema>
