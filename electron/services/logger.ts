import pino, { type DestinationStream, type Level, type Logger } from 'pino'

export type LogLevel = Level | 'silent'
export type { Logger }

/** What services need from a logger; pino's Logger satisfies it and tests may pass a silent one. */
export interface ServiceLogger {
  debug(obj: object, msg: string): void
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/**
 * Keys whose values never reach a log line, at the top level and one or two levels down
 * (e.g. `{ req: { headers: { authorization } } }`). Services should not log these at all; this is the net.
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'set-cookie',
  'otp',
  'secret',
  'launchToken',
  'slipKey',
]
// Bracket notation works for every key, including ones with dashes.
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [`["${k}"]`, `*["${k}"]`, `*.*["${k}"]`])

export interface LoggerOptions {
  level?: LogLevel
  name?: string
  /** Where lines go; stderr by default so that stdout stays free for machine-readable output. */
  destination?: DestinationStream
}

export function createLogger({ level = 'info', name = 'kiosk', destination }: LoggerOptions = {}): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  )
}
