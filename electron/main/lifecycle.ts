import type { App, BrowserWindow } from 'electron'
import type { CrashLoopGuard } from './crash-loop-guard'
import { APP_ENTRY_URL } from './app-origin'
import { MAINTENANCE_URL } from './maintenance-page'

export interface LifecycleLogger {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export interface SuperviseDeps {
  log: LifecycleLogger
  guard: CrashLoopGuard
  /** Opens a fresh (supervised) window at `url` when the old one is gone. */
  recreate(url: string): void
  /** Last resort when even the static maintenance page keeps failing. */
  quit(): void
}

type SupervisedWindow = Pick<BrowserWindow, 'on' | 'isDestroyed' | 'webContents'>

/**
 * Keeps the kiosk page alive: a crashed or hung renderer is reloaded; more than the guard allows in
 * a minute shows the static maintenance page instead; if that page fails too, the app quits and the
 * OS session's supervisor restarts it (build/KIOSK-LOCKDOWN.md).
 */
export function superviseWindow(win: SupervisedWindow, { log, guard, recreate, quit }: SuperviseDeps): void {
  // forcefullyCrashRenderer() below raises render-process-gone too; that one is already handled.
  let killedByUs = false

  const recover = () => {
    const tripped = guard.record()
    if (win.isDestroyed()) {
      // The page went down with its window: start over in a new one.
      recreate(tripped ? MAINTENANCE_URL : APP_ENTRY_URL)
      return
    }
    const contents = win.webContents
    if (!tripped) {
      contents.reload()
    } else if (contents.getURL() === MAINTENANCE_URL) {
      log.error({}, 'lifecycle: even the maintenance page keeps failing, quitting')
      quit()
    } else {
      log.error({}, 'lifecycle: renderer crash loop, showing the maintenance page')
      contents.loadURL(MAINTENANCE_URL).catch(() => undefined)
    }
  }

  win.webContents.on('render-process-gone', (_event, details) => {
    log.error({ reason: details.reason, exitCode: details.exitCode }, 'lifecycle: renderer process gone')
    if (killedByUs) {
      killedByUs = false
      return
    }
    recover()
  })

  win.on('unresponsive', () => {
    log.warn({}, 'lifecycle: renderer unresponsive, restarting it')
    if (!win.isDestroyed()) {
      // Electron's documented recovery from a hang: kill the process, then load in a fresh one.
      killedByUs = true
      win.webContents.forcefullyCrashRenderer()
    }
    recover()
  })
}

export interface GracefulQuitOptions {
  log: Pick<LifecycleLogger, 'info' | 'error'>
  /** Cleanup gets this long before the app quits anyway: a kiosk must never hang on exit. */
  timeoutMs?: number
}

/**
 * Holds the first quit until `cleanup` (log out, dispose services) settles or times out, then quits
 * for real. Further quit requests during cleanup are absorbed.
 */
export function installGracefulQuit(
  app: Pick<App, 'on' | 'quit'>,
  cleanup: () => Promise<void>,
  { log, timeoutMs = 3000 }: GracefulQuitOptions,
): void {
  let state: 'running' | 'cleaning' | 'done' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'done') return
    event.preventDefault()
    if (state === 'cleaning') return
    state = 'cleaning'
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.error({ timeoutMs }, 'lifecycle: cleanup timed out, quitting anyway')
        resolve()
      }, timeoutMs)
    })
    Promise.race([cleanup(), timeout])
      .catch((e: unknown) =>
        log.error({ err: e instanceof Error ? e.message : String(e) }, 'lifecycle: cleanup failed'),
      )
      .finally(() => {
        clearTimeout(timer)
        state = 'done'
        log.info({}, 'lifecycle: quitting')
        app.quit()
      })
  })
}
