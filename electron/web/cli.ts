import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { kioskConfigForProfile, PROFILES } from '../../shared/config/profiles'
import { createEventHub } from '../app/event-hub'
import { createKioskServices } from '../app/create-kiosk-services'
import {
  ConfigError,
  loadKioskConfig,
  withApiOverride,
  withModeOverride,
  withPrinterOverride,
} from '../services/config-service'
import { createJsonFileConfigStore } from '../services/json-file-config-store'
import { createLogger, type Logger } from '../services/logger'
import type { DeviceOptions } from '../app/device-options'
import { createDeviceCredentialStore } from '../services/device/device-credential-store'
import { fileKeyring } from '../services/device/file-keyring'
import { loadTrustedKeys } from '../services/device/provisioning-signature'
import { defaultUsbRoots } from '../services/device/usb-files'
import { napiKeyring } from '../services/napi-keyring'
import type { CliOptions } from './cli-args'
import { parseCliArgs, USAGE, UsageError } from './cli-args'
import { canOpenWindow, findBrowser } from './find-browser'
import { openBrowser, type OpenedBrowser } from './open-browser'
import { startWebShell } from './server'

/**
 * The browser shell: `tsx electron/web/cli.ts`. Serves the built renderer and the main-process services
 * on 127.0.0.1 and opens a system Chromium on them. Stdout carries exactly one JSON line
 * ({"event":"listening",...}) for scripts; everything else goes to stderr.
 */
async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2))
  const logger = createLogger({ level: args.logLevel, name: 'kiosk-web' })

  const initial = args.profile ? kioskConfigForProfile(PROFILES[args.profile]) : {}
  const configStore = createJsonFileConfigStore(args.config)
  const stored = loadKioskConfig(configStore, initial)
  const config = withModeOverride(
    usageOnError(() =>
      withPrinterOverride(withApiOverride(stored, args.api, '--api'), args.printer, '--printer'),
    ),
    args.mode,
  )
  const rendererDir = resolve(args.renderer)
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new UsageError(`No built renderer in ${rendererDir} (index.html missing): run npm run build`)
  }

  const hub = createEventHub()
  // The kiosk's own files (reprint queue, saved PDFs) live next to its configuration file.
  const services = createKioskServices({
    config,
    emit: hub.emit,
    logger,
    dataDir: dirname(resolve(args.config)),
    device: { ...(await deviceOptions(args, logger)), configStore },
  })
  await services.ready
  const shell = await startWebShell({
    registry: services.registry,
    onPageStarted: services.onRendererStarted,
    rendererDir,
    port: args.port,
    logger,
    subscribe: hub.subscribe,
  })
  let browser: OpenedBrowser | undefined
  let stopping = false
  const shutdown = async (why: string) => {
    if (stopping) return
    stopping = true
    logger.info({ why }, 'web: shutting down')
    await services.dispose()
    await shell.close()
    await browser?.close()
    process.exit(0)
  }
  // Before the listening line: whoever reads it may signal at once, and a signal that arrives before
  // its handler exists kills the process without a shutdown. `on`, not `once`: a second Ctrl+C during
  // the shutdown must not cut it short (dispose() ends the member's session at the API).
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.stdout.write(
    `${JSON.stringify({ event: 'listening', url: shell.url, launchUrl: shell.launchUrl })}\n`,
  )

  const executable =
    args.open && canOpenWindow({ platform: process.platform, env: process.env }) ? findBrowser() : null
  if (executable) {
    browser = openBrowser({ executable, launchUrl: shell.launchUrl, kiosk: args.kiosk, logger })
  } else {
    console.error(`\nAbra el quiosco en Chromium o Chrome con este enlace:\n\n  ${shell.launchUrl}\n`)
  }

  // Closing the kiosk window ends the run: nothing is left listening behind it.
  void browser?.exited.then(() => shutdown('browser closed'))
}

/** The device key: the OS keychain, or (tests) a file; under --dev-unsigned none unless a file is given. */
async function deviceOptions(args: CliOptions, logger: Logger): Promise<DeviceOptions> {
  const common = {
    devUnsigned: args.devUnsigned,
    trustedKeys: loadTrustedKeys(resolve(args.trustKeys)),
    usbRoots: args.usbRoots ?? defaultUsbRoots(),
  }
  if (args.credentialFile) {
    logger.warn(
      { file: args.credentialFile },
      'device: credential in a file, not the OS keychain (tests only)',
    )
    return {
      ...common,
      credentials: createDeviceCredentialStore({ keyring: fileKeyring(args.credentialFile) }),
    }
  }
  if (args.devUnsigned) return { ...common, credentials: null }
  return { ...common, credentials: createDeviceCredentialStore({ keyring: await napiKeyring() }) }
}

/** A bad flag value is the caller's mistake: exit 2 with the usage, like any other flag. */
function usageOnError<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    throw e instanceof ConfigError ? new UsageError(e.message) : e
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) console.error(`${e.message}\n\n${USAGE}`)
  else if (e instanceof ConfigError) console.error(e.message)
  else console.error(e instanceof Error ? (e.stack ?? e.message) : String(e))
  process.exit(e instanceof UsageError ? 2 : 1)
})
