import type { BrowserWindowConstructorOptions } from 'electron'
import type { KioskConfig } from '../../shared/config/kiosk-config'

/** Shown behind the page until the first paint, so a slow start is not a white flash. */
export const KIOSK_BACKGROUND = '#ffffff'

/**
 * The one window's options. Every security-relevant webPreference is spelled out even where it is
 * Electron's default, so a future Electron default change cannot loosen it silently.
 */
export function kioskWindowOptions(
  config: Pick<KioskConfig, 'kiosk'>,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  const { fullscreen, devTools } = config.kiosk
  return {
    title: 'Cooperativa Kiosk',
    // `kiosk` is only fullscreen on Windows/Linux: the OS session does the lockdown (build/KIOSK-LOCKDOWN.md).
    kiosk: fullscreen,
    fullscreen,
    width: 1280,
    height: 800,
    frame: false,
    autoHideMenuBar: true,
    resizable: !fullscreen,
    minimizable: false,
    maximizable: false,
    closable: !fullscreen,
    show: false,
    backgroundColor: KIOSK_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
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
  config: Pick<KioskConfig, 'kiosk'>,
  preloadPath: string,
): W {
  const win = new BrowserWindow(kioskWindowOptions(config, preloadPath))
  win.once('ready-to-show', () => {
    win.show()
    win.focus()
  })
  return win
}
