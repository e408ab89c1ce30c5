import { KIOSK_SECURITY_HEADERS } from '../../shared/security/csp'

/** Sent with every response of the browser shell: the same policy as Electron's app:// protocol. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = KIOSK_SECURITY_HEADERS
