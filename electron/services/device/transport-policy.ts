import { createHash, X509Certificate } from 'node:crypto'
import { Agent, type AgentOptions } from 'node:https'
import { checkServerIdentity, type PeerCertificate } from 'node:tls'
import { KioskError } from '../../../shared/ipc/errors'

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/**
 * The API base URL without trailing slashes, if the kiosk may use it: https anywhere, plain http only to
 * loopback (the bundled sandbox, a local adapter). A branch network is not trusted with bearer tokens.
 */
export function assertSafeBaseUrl(baseUrl: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new KioskError('VALIDATION', `API base URL is not a URL: ${baseUrl}`)
  }
  if (url.protocol === 'https:') return baseUrl.replace(/\/+$/, '')
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return baseUrl.replace(/\/+$/, '')
  throw new KioskError(
    'VALIDATION',
    `API base URL ${url.origin} refused: plain http:// is allowed only to loopback (127.0.0.1, ::1, localhost); use https://`,
  )
}

/** The HPKP-style pin of a certificate: sha-256 of its SubjectPublicKeyInfo, base64. */
export const spkiPinOf = (cert: Pick<PeerCertificate, 'raw'>): string | undefined =>
  // Not cert.pubkey: for EC keys that is the bare point, not the SubjectPublicKeyInfo pins are made of.
  cert.raw &&
  createHash('sha256')
    .update(new X509Certificate(cert.raw).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64')

/** An https agent that, after the usual checks, accepts only servers whose key is in `pins`. */
export function pinnedAgent(pins: readonly string[], options: AgentOptions = {}): Agent {
  const allowed = new Set(pins)
  return new Agent({
    keepAlive: true,
    ...options,
    checkServerIdentity(host, cert) {
      const usual = checkServerIdentity(host, cert)
      if (usual) return usual
      const pin = spkiPinOf(cert)
      if (!pin || !allowed.has(pin)) {
        const e = new Error(`server key of ${host} is not in the SPKI pin list`) as Error & { code: string }
        e.code = 'ERR_SPKI_PIN_MISMATCH'
        return e
      }
      return undefined
    },
  })
}
