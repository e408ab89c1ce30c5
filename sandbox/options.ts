import type { DestinationStream } from 'pino'
import { z } from 'zod'
import { CREDENTIAL_OPTIONS_SHAPE } from './credentials/options'
import { LOG_LEVELS } from './logger'
import { ProfileIdSchema } from './profiles'
import { STAFF_OPTIONS_SHAPE } from './staff/options'

/** Options of createSandbox: CLI flags map onto these one to one. */
export const SandboxOptionsSchema = z.object({
  /** SQLite file; created (with its folders) and seeded when missing. */
  dataFile: z.string().min(1),
  /** Profile to seed; for an existing file it must match the stored one (undefined: take the stored one). */
  profile: ProfileIdSchema.optional(),
  /** Delete the data file and seed again. */
  reset: z.boolean().default(false),
  /** Failed passwords that lock an ID. */
  lockoutThreshold: z.number().int().min(1).max(100).default(3),
  sessionTtlSeconds: z.number().int().min(1).max(86_400).default(300),
  /** HMAC key for decoys and lockout keys; by default the one generated at seed time. */
  secret: z.string().min(16).optional(),
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** ACH clearing run every so many seconds (0: only on POST /sandbox/payments/ach/clearing). */
  achClearingSeconds: z.number().int().min(0).max(86_400).default(0),
  /** Reported by /health and the OpenAPI document; default: package.json's. */
  version: z.string().min(1).optional(),
  /** Accept unsigned API requests (`npm start`'s --dev-unsigned): development only; signed ones are still checked. */
  devUnsigned: z.boolean().default(false),
  /** Temporary keys, codes, security-answer block and rate limits (sandbox/credentials/options.ts). */
  ...CREDENTIAL_OPTIONS_SHAPE,
  /** Staff sign-in: idle timeout, lockout, LDAP directory (sandbox/staff/options.ts). */
  ...STAFF_OPTIONS_SHAPE,
})
/** The options once parsed, defaults filled in. */
export type SandboxOptions = z.output<typeof SandboxOptionsSchema>
export type SandboxOptionsInput = z.input<typeof SandboxOptionsSchema> & {
  /** Injected clock: tests move time instead of sleeping. */
  now?: () => Date
  /** Where logs go (default stderr); tests capture them to prove secrets are redacted. */
  logDestination?: DestinationStream
}

/** A problem with how the sandbox was asked to start (bad option, profile mismatch): exit code 2. */
export class SandboxConfigError extends Error {
  override readonly name = 'SandboxConfigError'
}

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_PORT = 8787
