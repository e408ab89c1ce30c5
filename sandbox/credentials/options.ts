import { z } from 'zod'
import { SEND_LIMITS } from '../../shared/api/credential-limits'

/**
 * Sandbox options of the credentials lifecycle, each with its CLI flag. Defaults are the production-like
 * values (a temporary key lives 30 minutes, a code 5); tests shorten them instead of sleeping, and the
 * rate limits are generous enough for suites that sign in again and again.
 */
// prettier-ignore
export const CREDENTIAL_FLAGS = [
  { flag: 'temp-key-ttl', option: 'tempKeyTtlSeconds', fallback: 1800, min: 1, max: 86_400, help: 'temporary key lifetime in seconds (default 1800)' },
  { flag: 'otp-ttl', option: 'otpTtlSeconds', fallback: 300, min: 1, max: 3600, help: 'enrollment code lifetime in seconds (default 300)' },
  { flag: 'otp-cooldown', option: 'otpResendSeconds', fallback: 30, min: 0, max: 3600, help: 'wait before a code can be sent again, seconds (default 30)' },
  { flag: 'send-cooldown', option: 'sendCooldownSeconds', fallback: SEND_LIMITS.cooldownSeconds, min: 0, max: 86_400, help: `wait between two codes or keys sent to one member, seconds (default ${SEND_LIMITS.cooldownSeconds})` },
  { flag: 'sends-per-day', option: 'sendsPerDay', fallback: SEND_LIMITS.perDay, min: 1, max: 1000, help: `codes or keys sent to one member per kind and day (default ${SEND_LIMITS.perDay})` },
  { flag: 'question-block', option: 'questionBlockSeconds', fallback: 900, min: 1, max: 86_400, help: 'block after 3 wrong security answers, seconds (default 900)' },
  { flag: 'sign-in-question', option: 'signInQuestionMode', fallback: 2, min: 0, max: 2, help: 'security question at sign-in: 0 off, 1 on, 2 as the profile says (default 2)' },
  { flag: 'rate-id', option: 'rateLimitPerId', fallback: 30, min: 1, max: 100_000, help: 'requests per ID number and action per window (default 30)' },
  { flag: 'rate-address', option: 'rateLimitPerAddress', fallback: 300, min: 1, max: 100_000, help: 'requests per source address and action per window (default 300)' },
  { flag: 'rate-window', option: 'rateLimitWindowSeconds', fallback: 60, min: 1, max: 86_400, help: 'sliding window of the rate limits, seconds (default 60)' },
] as const

export type CredentialOptionName = (typeof CREDENTIAL_FLAGS)[number]['option']
export type CredentialOptions = Record<CredentialOptionName, number>

/** Spread into SandboxOptionsSchema's shape. */
export const CREDENTIAL_OPTIONS_SHAPE = Object.fromEntries(
  CREDENTIAL_FLAGS.map((f) => [f.option, z.number().int().min(f.min).max(f.max).default(f.fallback)]),
) as Record<CredentialOptionName, z.ZodDefault<z.ZodNumber>>

/** The flags for node:util parseArgs. */
export const CREDENTIAL_PARSE_OPTIONS = Object.fromEntries(
  CREDENTIAL_FLAGS.map((f) => [f.flag, { type: 'string' as const }]),
) as Record<(typeof CREDENTIAL_FLAGS)[number]['flag'], { type: 'string' }>

/** Usage lines, aligned like the rest of the sandbox's help. */
export const CREDENTIAL_USAGE = CREDENTIAL_FLAGS.map(
  (f) => `  --${`${f.flag} <n>`.padEnd(20)}  ${f.help}`,
).join('\n')

type IntFlag = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => number

/** Reads the credential flags from parseArgs values with the CLI's own strict integer parser. */
export function credentialOptionsFromFlags(
  values: Partial<Record<string, unknown>>,
  intFlag: IntFlag,
): CredentialOptions {
  return Object.fromEntries(
    CREDENTIAL_FLAGS.map((f) => {
      const raw = values[f.flag]
      return [f.option, intFlag(f.flag, typeof raw === 'string' ? raw : undefined, f.fallback, f.min, f.max)]
    }),
  ) as CredentialOptions
}
