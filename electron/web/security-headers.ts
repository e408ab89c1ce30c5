import { KIOSK_CSP, KIOSK_SECURITY_HEADERS } from '../../shared/security/csp'

/** The browser shell sends the same policy as Electron's app:// protocol: one definition, in shared/. */
export const CONTENT_SECURITY_POLICY = KIOSK_CSP

/** Sent with every response of the browser shell. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = KIOSK_SECURITY_HEADERS
