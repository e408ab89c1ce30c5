/** The renderer's own origin: a privileged standard scheme served by app-protocol.ts. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kiosk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * True when `url` belongs to `origin` (scheme + host, no credentials). Compared by parts because
 * Node's URL reports `origin === 'null'` for schemes it does not know, unlike Chromium.
 */
export function isInsideOrigin(url: string, origin: string = APP_ORIGIN): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (u.username !== '' || u.password !== '') return false
  return `${u.protocol}//${u.host}` === origin
}
