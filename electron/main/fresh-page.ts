import type { WebContents } from 'electron'

export interface FreshPageLogger {
  info(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

type NavigatingContents = Pick<WebContents, 'on'>

/** The part of did-start-navigation's details this module reads (Electron 45's details object). */
export interface NavigationStart {
  isMainFrame: boolean
  isSameDocument: boolean
}

/**
 * A fresh page never inherits a session: whenever the main frame starts a new document (first load,
 * reload, crash recovery, any other navigation) the kiosk services end the member's session. It runs
 * when the navigation starts, before the new document exists, and the services drop their local state
 * synchronously, so the new page has nothing to ask for. In-page navigations (the router's pushState)
 * and sub-frames keep the session. A navigation harden.ts then refuses still ends it: on a kiosk that is
 * an anomaly, and leaving the member signed out is the safe side.
 */
export function endSessionOnNewDocument(
  contents: NavigatingContents,
  onRendererStarted: () => Promise<void>,
  log: FreshPageLogger,
): void {
  contents.on('did-start-navigation', (details: NavigationStart) => {
    if (!details.isMainFrame || details.isSameDocument) return
    log.info({}, 'fresh-page: new document in the kiosk window, ending any session')
    onRendererStarted().catch((e: unknown) =>
      log.error({ err: e instanceof Error ? e.message : String(e) }, 'fresh-page: ending the session failed'),
    )
  })
}
