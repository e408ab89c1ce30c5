import type { Session, WebContents } from 'electron'
import { APP_ORIGIN, isInsideOrigin } from './app-origin'
import { isBlockedShortcut } from './shortcuts'

export interface HardenLogger {
  warn(obj: object, msg: string): void
}

/** Only scheme and host are logged: a foreign URL may carry anything in its path or query. */
function originOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}`
  } catch {
    return 'unparseable'
  }
}

/** Every permission (camera, geolocation, notifications, HID, ...) is refused: the kiosk needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/**
 * Locks one webContents to the app's origin: no navigation or redirect elsewhere, no new windows, no
 * <webview>, no pinch zoom, no escape shortcuts. Main applies it to every webContents at creation.
 */
export function hardenWebContents(
  contents: WebContents,
  log: HardenLogger,
  origin: string = APP_ORIGIN,
): void {
  const keepInside = (event: { preventDefault(): void; url: string }, kind: string) => {
    if (isInsideOrigin(event.url, origin)) return
    event.preventDefault()
    log.warn({ kind, target: originOf(event.url) }, 'harden: navigation outside the app refused')
  }
  contents.on('will-navigate', (event) => keepInside(event, 'navigate'))
  contents.on('will-redirect', (event) => keepInside(event, 'redirect'))

  contents.setWindowOpenHandler(({ url }) => {
    log.warn({ target: originOf(url) }, 'harden: window.open refused')
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log.warn({}, 'harden: <webview> refused')
  })

  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault()
  })
  contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined)

  hardenSession(contents.session)
}
