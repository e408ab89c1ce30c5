import { KioskError } from '../../shared/ipc/errors'

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,128})$/

/** The token of an `Authorization: Bearer …` header; a missing or malformed one is a dead session. */
export function bearerToken(header: string | undefined): string {
  const m = header ? BEARER.exec(header.trim()) : null
  if (!m) throw new KioskError('SESSION_EXPIRED', 'Missing or malformed bearer token')
  return m[1]!
}
