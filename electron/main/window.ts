import type { BrowserWindowConstructorOptions } from 'electron'
import type { KioskConfig, PublicConfig } from '../../shared/config/kiosk-config'
import { bootConfigArg } from '../../shared/ipc/boot-config'

/** What the window follows: the kiosk's screen settings and the mode (absent: kiosk). */
export type WindowConfig = Pick<KioskConfig, 'kiosk'> & Partial<Pick<KioskConfig, 'mode'>>

/** Shown behind the page until the first paint, so a slow start is not a white flash. */
export const KIOSK_BACKGROUND = '#ffffff'

/**
 * The one window's options. Every security-relevant webPreference is spelled out even where it is
 * Electron's default, so a future Electron default change cannot loosen it silently.
 */
export function kioskWindowOptions(
  config: WindowConfig,
  preloadPath: string,
  /** What the first screen needs at once (shared/ipc/boot-config.ts), given to the preload as an argument. */
  boot?: PublicConfig,
): BrowserWindowConstructorOptions {
  const { fullscreen, devTools } = config.kiosk
  // Teller mode: an ordinary window on the teller's desk PC (framed, resizable, closable); the renderer
  // stays exactly as sandboxed as in kiosk mode.
  const frame =
    config.mode === 'teller'
      ? {
          kiosk: false,
          fullscreen: false,
          frame: true,
          resizable: true,
          minimizable: true,
          maximizable: true,
          closable: true,
        }
      : {
          // `kiosk` is only fullscreen on Windows/Linux: the OS session does the lockdown (build/KIOSK-LOCKDOWN.md).
          kiosk: fullscreen,
          fullscreen,
          frame: false,
          resizable: !fullscreen,
          minimizable: false,
          maximizable: false,
          closable: !fullscreen,
        }
  return {
    title: config.mode === 'teller' ? 'Cooperativa Kiosk - Caja' : 'Cooperativa Kiosk',
    ...frame,
    width: 1280,
    height: 800,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: KIOSK_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      ...(boot && { additionalArguments: [bootConfigArg(boot)] }),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
    },
  }
}

export interface KioskWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown
  show(): void
  focus(): void
}

/** Creates the window hidden and shows it once it has painted. */
export function createKioskWindow<W extends KioskWindowLike>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  config: WindowConfig,
  preloadPath: string,
  boot?: PublicConfig,
): W {
  const win = new BrowserWindow(kioskWindowOptions(config, preloadPath, boot))
  win.once('ready-to-show', () => {
    win.show()
    win.focus()
  })
  return win
}
