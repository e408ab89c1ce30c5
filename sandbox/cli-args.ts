import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  CREDENTIAL_PARSE_OPTIONS,
  CREDENTIAL_USAGE,
  credentialOptionsFromFlags,
  type CredentialOptions,
} from './credentials/options'
import { DEFAULT_HOST, DEFAULT_PORT } from './options'
import { PROFILE_IDS, type ProfileId } from './profiles'
import {
  STAFF_PARSE_OPTIONS,
  STAFF_USAGE,
  staffOptionsFromFlags,
  type StaffCliOptions,
} from './staff/cli-flags'

export const USAGE = `Usage: npm run sandbox -- [options]

  --port <n>            TCP port (default ${DEFAULT_PORT}; 0 = any free port)
  --host <addr>         interface to bind (default ${DEFAULT_HOST})
  --data <file>         SQLite data file (default .data/sandbox-<profile>.db)
  --reset               delete the data file and seed it again
  --profile co|pa       cooperative to seed: co = Colombia/COP, pa = Panamá/USD (default co)
  --lockout <n>         failed passwords before an ID locks (default 3)
  --session-ttl <sec>   session lifetime, sliding on keepalive (default 300)
  --secret <string>     HMAC key for decoys and lockout keys (default: generated at seed time)
  --quiet               log warnings and errors only
  --ach-clearing <sec>  run the ACH clearing every <sec> seconds (default 0: only on POST /sandbox/payments/ach/clearing)
  --dev-unsigned        accept API requests without a device signature (npm start only; says so in
                        its log; signed requests are still checked, a revoked kiosk stays refused)
${CREDENTIAL_USAGE}
${STAFF_USAGE}
  --help                show this help`

/** A bad command line: the CLI prints it with the usage and exits with code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

export interface CliOptions {
  help: boolean
  host: string
  port: number
  dataFile: string
  reset: boolean
  /** Undefined when not given: an existing data file keeps its own profile. */
  profile: ProfileId | undefined
  lockoutThreshold: number
  sessionTtlSeconds: number
  secret: string | undefined
  quiet: boolean
  /** ACH clearing run period; 0 runs it only when asked over HTTP. */
  achClearingSeconds: number
  devUnsigned: boolean
  /** Temporary keys, codes and rate limits. */
  credentials: CredentialOptions
  /** Staff sign-in: idle timeout, lockout, LDAP directory. */
  staff: StaffCliOptions
}

function intFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new CliUsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  return Number(raw)
}

/** Parses the sandbox command line strictly: unknown flags and bad values throw CliUsageError. */
export function parseCliArgs(argv: readonly string[], cwd = process.cwd()): CliOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        reset: { type: 'boolean' },
        profile: { type: 'string' },
        lockout: { type: 'string' },
        'session-ttl': { type: 'string' },
        secret: { type: 'string' },
        quiet: { type: 'boolean' },
        'ach-clearing': { type: 'string' },
        'dev-unsigned': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...CREDENTIAL_PARSE_OPTIONS,
        ...STAFF_PARSE_OPTIONS,
      },
    }))
  } catch (e) {
    throw new CliUsageError(e instanceof Error ? e.message : String(e))
  }
  const profile = values.profile
  if (profile !== undefined && !(PROFILE_IDS as readonly string[]).includes(profile))
    throw new CliUsageError(`--profile must be one of ${PROFILE_IDS.join(', ')}, got "${profile}"`)
  if (values.host !== undefined && !/^[A-Za-z0-9.:-]+$/.test(values.host))
    throw new CliUsageError(`--host must be a host name or IP address, got "${values.host}"`)
  if (values.data !== undefined && values.data.trim() === '')
    throw new CliUsageError('--data needs a file path')
  if (values.secret !== undefined && values.secret.length < 16)
    throw new CliUsageError('--secret must be at least 16 characters')
  return {
    help: values.help ?? false,
    host: values.host ?? DEFAULT_HOST,
    port: intFlag('port', values.port, DEFAULT_PORT, 0, 65_535),
    dataFile: resolve(cwd, values.data ?? `.data/sandbox-${profile ?? 'co'}.db`),
    reset: values.reset ?? false,
    profile: profile as ProfileId | undefined,
    lockoutThreshold: intFlag('lockout', values.lockout, 3, 1, 100),
    sessionTtlSeconds: intFlag('session-ttl', values['session-ttl'], 300, 10, 86_400),
    secret: values.secret,
    quiet: values.quiet ?? false,
    achClearingSeconds: intFlag('ach-clearing', values['ach-clearing'], 0, 0, 86_400),
    devUnsigned: values['dev-unsigned'] ?? false,
    credentials: credentialOptionsFromFlags(values, intFlag),
    staff: staffOptionsFromFlags(values, intFlag, (m) => new CliUsageError(m)),
  }
}
