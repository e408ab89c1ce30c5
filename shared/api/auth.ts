import { z } from 'zod'
import { SecurityImageIdSchema } from '../security/security-images'

/** ID document numbers: digits (cédula) or alphanumeric (passport), no spaces. */
export const IdNumberSchema = z.string().regex(/^[0-9A-Za-z]{4,20}$/, 'ID number: 4 to 20 letters or digits')
/** Bounded to stop hashing huge inputs; the policy itself is checked where passwords are set. */
export const PasswordInputSchema = z.string().min(1).max(64)

export const LookupRequestSchema = z
  .object({ idNumber: IdNumberSchema })
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
  .object({ idNumber: IdNumberSchema, password: PasswordInputSchema, kioskId: z.string().min(1).max(64) })
  .strict()
  .meta({ id: 'LoginRequest' })
export const LoginResponseSchema = z
  .object({
    token: z.string().min(32),
    expiresAt: z.iso.datetime(),
    mustChangePassword: z.boolean(),
    member: z.object({ displayName: z.string() }),
  })
  .meta({ id: 'LoginResponse' })

export const SessionStatusSchema = z.object({ expiresAt: z.iso.datetime() }).meta({ id: 'SessionStatus' })
export const OkSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' })

export type LookupRequest = z.infer<typeof LookupRequestSchema>
export type LookupResponse = z.infer<typeof LookupResponseSchema>
export type LoginRequest = z.infer<typeof LoginRequestSchema>
export type LoginResponse = z.infer<typeof LoginResponseSchema>
export type SessionStatus = z.infer<typeof SessionStatusSchema>
