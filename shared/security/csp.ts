/**
 * The renderer's Content-Security-Policy, sent with every response by both shells (Electron's
 * `app://kiosk/` protocol and the browser shell's loopback server). Nothing inline, nothing remote:
 * the renderer only talks to main through the bridge, so it needs no network of its own.
 */
export const KIOSK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers that go with KIOSK_CSP on every response of the renderer's origin. */
export const KIOSK_SECURITY_HEADERS = {
  'Content-Security-Policy': KIOSK_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const
