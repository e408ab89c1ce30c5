/** The Electron entry point: wiring only. Each step lives in its own module next to this one. */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron'
import pino from 'pino'
import { toPublicConfig } from '../../shared/config/kiosk-config'
import { createKioskServices } from '../app/create-kiosk-services'
import {
  loadKioskConfig,
  withApiOverride,
  withModeOverride,
  withPrinterOverride,
} from '../services/config-service'
import { createLogger, type Logger } from '../services/logger'
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin'
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol'
import { createCrashLoopGuard } from './crash-loop-guard'
import { createElectronConfigStore } from './electron-config-store'
import { endSessionOnNewDocument } from './fresh-page'
import { hardenWebContents } from './harden'
import { launchOverrides } from './launch-overrides'
import { bindIpc, sendEvent } from './ipc-binding'
import { installGracefulQuit, superviseWindow } from './lifecycle'
import { claimSingleInstance, focusWindow } from './single-instance'
import { createKioskWindow } from './window'
import { runProvision } from '../provision/run-provision'
import { createDeviceCredentialStore } from '../services/device/device-credential-store'
import { loadTrustedKeys } from '../services/device/provisioning-signature'
import { defaultUsbRoots } from '../services/device/usb-files'
import { napiKeyring } from '../services/napi-keyring'

// Must happen before `ready`, hence at top level and before any await (this module is ESM).
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES)
app.enableSandbox()

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const PRELOAD = here('../preload/index.cjs')
const RENDERER_DIR = here('../renderer')

let win: BrowserWindow | undefined
let logger: Logger | undefined

async function start(): Promise<void> {
  // Packaged kiosks log to a file IT can collect; a developer run logs to stderr.
  const log = createLogger({
    destination: app.isPackaged
      ? pino.destination({ dest: join(app.getPath('logs'), 'kiosk.log'), mkdir: true, sync: true })
      : undefined,
  })
  logger = log
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log))

  // `npm start` names the demo profile and the sandbox it started; a deployed kiosk sets neither.
  const launch = launchOverrides(process.env)
  const store = createElectronConfigStore(launch.configName)
  const config = withModeOverride(
    withPrinterOverride(
      withApiOverride(loadKioskConfig(store, launch.initial), launch.apiUrl, 'KIOSK_API_URL'),
      launch.printerUrl,
      'KIOSK_PRINTER_URL',
    ),
    launch.mode,
  )
  log.info(
    { kioskId: config.kioskId, mode: config.mode, version: app.getVersion(), config: store.location },
    'kiosk starting',
  )

  const liveContents = () => (win && !win.isDestroyed() ? win.webContents : undefined)
  const services = createKioskServices({
    config,
    emit: sendEvent(liveContents),
    logger: log,
    dataDir: app.getPath('userData'), // reprint queue, saved PDFs
    device: {
      credentials: createDeviceCredentialStore({ keyring: await napiKeyring() }),
      // `npm start` against its own sandbox only; a packaged kiosk always signs.
      devUnsigned: !app.isPackaged && process.env.KIOSK_DEV_UNSIGNED === '1',
      trustedKeys: loadTrustedKeys(trustKeysDir()),
      configStore: store,
      usbRoots: defaultUsbRoots(),
      // Every setting of the new configuration (printer, branch, API) applies from a fresh start.
      onProvisioned: () => {
        app.relaunch()
        app.exit(0)
      },
    },
  })
  const unbindIpc = bindIpc(ipcMain, services.registry, { appOrigin: APP_ORIGIN, log })
  registerAppProtocol(protocol, RENDERER_DIR)
  installGracefulQuit(
    app,
    async () => {
      unbindIpc()
      await services.dispose() // ends the member's session at the API too
    },
    { log },
  )
  app.on('window-all-closed', () => app.quit())

  Menu.setApplicationMenu(null)
  const guard = createCrashLoopGuard()
  const open = (url: string) => {
    win = createKioskWindow(BrowserWindow, config, PRELOAD, toPublicConfig(config))
    // Hooked before loadURL, so even the first document starts without a session.
    endSessionOnNewDocument(win.webContents, services.onRendererStarted, log)
    // Through the services' logger: the lifecycle events reach the maintenance screen's journal too.
    superviseWindow(win, { log: services.logger, guard, recreate: open, quit: () => app.quit() })
    win.loadURL(url).catch((e: unknown) => log.error({ err: String(e) }, 'window: load failed'))
  }
  // Open journal entries are settled with the API before anyone is served.
  void services.ready.then(() => open(APP_ENTRY_URL))
}

/** The cooperative's provisioning public keys, baked into the build (extra resources when packaged). */
const trustKeysDir = () =>
  app.isPackaged && process.resourcesPath
    ? join(process.resourcesPath, 'provisioning-keys')
    : join(process.cwd(), 'build', 'provisioning-keys')

/** `kiosk --provision FILE`: applies the file (the same code as `npm run provision`) and exits. */
async function provisionAndExit(argv: string[]): Promise<void> {
  const launch = launchOverrides(process.env)
  const code = await runProvision(argv, {
    configStore: createElectronConfigStore(launch.configName),
    trustKeysDir: trustKeysDir(),
  })
  app.exit(code)
}

const provisionAt = process.argv.indexOf('--provision')
if (provisionAt >= 0) {
  void app.whenReady().then(() => provisionAndExit(process.argv.slice(provisionAt + 1)))
} else if (claimSingleInstance(app, () => focusWindow(win))) {
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      // Before the window exists, a dialog is the only way to tell the person at the kiosk (or IT).
      const message = e instanceof Error ? e.message : String(e)
      logger?.fatal({ err: message }, 'kiosk failed to start')
      console.error(message)
      dialog.showErrorBox('Cooperativa Kiosk', message)
      app.exit(1)
    })
}
