import { parseArgs } from 'node:util'
import { ProfileIdSchema, type ProfileId } from '../../shared/config/profiles'
import type { LogLevel } from '../services/logger'

export interface CliOptions {
  config: string
  api: string | undefined
  /** Receipt printer (tcp://host:port) for this run only, e.g. the virtual one of `npm start`. */
  printer: string | undefined
  /** Demo cooperative whose settings seed a new configuration file. */
  profile: ProfileId | undefined
  port: number
  renderer: string
  open: boolean
  kiosk: boolean
  /** Teller mode for this run (else the configuration's mode). */
  mode: 'kiosk' | 'teller' | undefined
  logLevel: LogLevel
  /** API requests unsigned (a sandbox started with --dev-unsigned): development only. */
  devUnsigned: boolean
  /** Where the first-run screen looks for provisioning files (default: the OS's removable media). */
  usbRoots: string[] | undefined
  /** Tests: the device credential in this file instead of the OS keychain. */
  credentialFile: string | undefined
  /** The cooperative's provisioning public keys. */
  trustKeys: string
}

export const USAGE = `Usage: tsx electron/web/cli.ts [options]
  --config <file>     kiosk configuration (default .data/kiosk-config.json, created with defaults)
  --api <url>         API base URL for this run only (not written to the configuration)
  --printer <url>     receipt printer tcp://host:port for this run only (not written either)
  --profile <co|pa>   demo cooperative whose currency, locale and password policy seed a new
                      configuration file (an existing file is used as it is)
  --port <n>          port on 127.0.0.1 (default 0: any free port)
  --renderer <dir>    built renderer (default out/renderer)
  --no-open           do not start a browser; print the launch link instead
  --kiosk             open the browser full-screen in --kiosk mode instead of an app window
  --mode <kiosk|teller>  teller: the teller's desk screens for this run (default: the configuration's)
  --log-level <lvl>   fatal|error|warn|info|debug|trace|silent (default info)
  --dev-unsigned      send API requests without the device signature (npm start's sandbox only; logged)
  --usb-root <dir>    where the first-run screen looks for *.provisioning.json (repeatable; default /media,
                      /run/media, /mnt or the drive letters)
  --trust-keys <dir>  the cooperative's provisioning public keys (default build/provisioning-keys)
  --device-credential-file <file>  tests only: the device key in this file, not the OS keychain`

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export class UsageError extends Error {
  override name = 'UsageError'
}

export function parseCliArgs(argv: string[]): CliOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: 'string', default: '.data/kiosk-config.json' },
        api: { type: 'string' },
        printer: { type: 'string' },
        profile: { type: 'string' },
        port: { type: 'string', default: '0' },
        renderer: { type: 'string', default: 'out/renderer' },
        'no-open': { type: 'boolean', default: false },
        kiosk: { type: 'boolean', default: false },
        mode: { type: 'string' },
        'log-level': { type: 'string', default: 'info' },
        'dev-unsigned': { type: 'boolean', default: false },
        'usb-root': { type: 'string', multiple: true },
        'trust-keys': { type: 'string', default: 'build/provisioning-keys' },
        'device-credential-file': { type: 'string' },
      },
    }))
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65_535)
    throw new UsageError(`--port: not a port number: ${values.port}`)
  const logLevel = values['log-level'] as LogLevel
  if (!LEVELS.includes(logLevel)) throw new UsageError(`--log-level: one of ${LEVELS.join(', ')}`)
  const profile = ProfileIdSchema.optional().safeParse(values.profile)
  if (!profile.success) throw new UsageError(`--profile: one of ${ProfileIdSchema.options.join(', ')}`)
  if (values.mode !== undefined && values.mode !== 'kiosk' && values.mode !== 'teller')
    throw new UsageError('--mode: kiosk or teller')
  return {
    config: values.config,
    api: values.api,
    printer: values.printer,
    profile: profile.data,
    port,
    renderer: values.renderer,
    open: !values['no-open'],
    kiosk: values.kiosk,
    mode: values.mode,
    logLevel,
    devUnsigned: values['dev-unsigned'],
    usbRoots: values['usb-root'],
    credentialFile: values['device-credential-file'],
    trustKeys: values['trust-keys'],
  }
}
