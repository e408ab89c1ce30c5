import { fromBase64, toBase64, toBase64Url } from './base64'
import { contentDigest, digestMatches } from './content-digest'

/**
 * HTTP Message Signatures (RFC 9421), the part the kiosk needs: one Ed25519 signature per request over
 * the method, the path, the Date field and the Content-Digest (RFC 9530), with `created`, `keyid` and
 * `alg` as signature parameters. WebCrypto only, so the kiosk and the API share this one implementation.
 */
export const SIGNATURE_LABEL = 'kiosk'
export const COVERED_COMPONENTS = ['@method', '@path', 'date', 'content-digest'] as const
/** How far `created` and Date may be from the verifier's clock (either way). */
export const MAX_SKEW_SECONDS = 300
export const SIGNATURE_ALG = 'ed25519'

/** WebCrypto's key type, named the same way under the DOM and the Node typings. */
export type DeviceCryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>

/** What a component's value is read from. */
export interface MessageParts {
  method: string
  /** The target's path, without the query. */
  path: string
  authority?: string
  /** A header field's value by lower-case name. */
  field(name: string): string | undefined
}

export interface SignatureParams {
  created: number
  keyid: string
  alg?: string
}

/** The `@signature-params` value, also the Signature-Input member's value. */
export function signatureParamsValue(components: readonly string[], p: SignatureParams): string {
  const list = `(${components.map((c) => `"${c}"`).join(' ')})`
  return `${list};created=${p.created};keyid="${p.keyid}"${p.alg ? `;alg="${p.alg}"` : ''}`
}

function componentValue(name: string, parts: MessageParts): string {
  if (name === '@method') return parts.method.toUpperCase()
  if (name === '@path') return parts.path || '/'
  if (name === '@authority') {
    if (parts.authority === undefined) throw new Error('no @authority')
    return parts.authority.toLowerCase()
  }
  if (name.startsWith('@')) throw new Error(`unsupported derived component ${name}`)
  const value = parts.field(name)
  if (value === undefined) throw new Error(`missing field ${name}`)
  return value.trim()
}

/** The signature base of RFC 9421 section 2.5: one line per component, then `@signature-params`. */
export function signatureBase(
  components: readonly string[],
  parts: MessageParts,
  paramsValue: string,
): string {
  const lines = components.map((c) => `"${c}": ${componentValue(c, parts)}`)
  lines.push(`"@signature-params": ${paramsValue}`)
  return lines.join('\n')
}

const encoder = new TextEncoder()
export const bodyBytes = (body: string | Uint8Array<ArrayBuffer> | undefined): Uint8Array<ArrayBuffer> =>
  body === undefined ? new Uint8Array(0) : typeof body === 'string' ? encoder.encode(body) : body

export interface DeviceSigningKey {
  keyId: string
  privateKey: DeviceCryptoKey
}

/** The headers that sign one request: Date, Content-Digest, Signature-Input, Signature. */
export async function signRequest(input: {
  method: string
  /** Path, optionally with a query (not covered). */
  target: string
  body: string | Uint8Array<ArrayBuffer> | undefined
  key: DeviceSigningKey
  now: Date
}): Promise<Record<string, string>> {
  const date = input.now.toUTCString()
  const digest = await contentDigest(bodyBytes(input.body))
  const fields: Record<string, string> = { date, 'content-digest': digest }
  const params = signatureParamsValue(COVERED_COMPONENTS, {
    created: Math.floor(input.now.getTime() / 1000),
    keyid: input.key.keyId,
    alg: SIGNATURE_ALG,
  })
  const parts: MessageParts = {
    method: input.method,
    path: input.target.split('?')[0]!,
    field: (name) => fields[name],
  }
  const base = encoder.encode(signatureBase(COVERED_COMPONENTS, parts, params))
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', input.key.privateKey, base))
  return {
    ...fields,
    'signature-input': `${SIGNATURE_LABEL}=${params}`,
    signature: `${SIGNATURE_LABEL}=:${toBase64(signature)}:`,
  }
}

export interface ParsedSignature {
  label: string
  components: string[]
  params: SignatureParams
  /** The exact `@signature-params` value as sent. */
  paramsValue: string
  signature: Uint8Array<ArrayBuffer>
}

const INPUT =
  /^([a-z*][a-z0-9_.*-]*)=(\(((?:"[a-z0-9@_.-]+"(?: "[a-z0-9@_.-]+")*)?)\)((?:;[a-z*][a-z0-9_.*-]*=(?:\d+|"[^"\\]*"))*))$/
const SIGNATURE = /^([a-z*][a-z0-9_.*-]*)=:([A-Za-z0-9+/]+={0,2}):$/

/** Parses one Signature-Input member and its Signature (the strict subset this kiosk sends). */
export function parseSignature(input: string, signature: string): ParsedSignature | null {
  const i = INPUT.exec(input.trim())
  const s = SIGNATURE.exec(signature.trim())
  if (!i || !s || i[1] !== s[1]) return null
  const components = i[3] ? i[3].split(' ').map((c) => c.slice(1, -1)) : []
  const params: Record<string, string> = {}
  for (const p of i[4]!.split(';').slice(1)) {
    const eq = p.indexOf('=')
    const key = p.slice(0, eq)
    if (Object.hasOwn(params, key)) return null
    params[key] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1')
  }
  if (!params.created || !/^\d+$/.test(params.created) || !params.keyid) return null
  return {
    label: i[1]!,
    components,
    params: { created: Number(params.created), keyid: params.keyid, alg: params.alg },
    paramsValue: i[2]!,
    signature: fromBase64(s[2]!),
  }
}

/** Why a request's signature was refused; `revoked` is told apart so the kiosk can say it is out of service. */
export type SignatureRefusal =
  | 'unsigned'
  | 'malformed'
  | 'components'
  | 'algorithm'
  | 'stale'
  | 'digest'
  | 'unknown-key'
  | 'revoked'
  | 'bad-signature'

export type KeyLookup = (keyId: string) => Promise<{ revoked: boolean; publicKey: DeviceCryptoKey } | null>

export type VerifyResult = { ok: true; keyId: string } | { ok: false; reason: SignatureRefusal }

/** Verifies a request signed by signRequest: every covered component, freshness, digest, key status, signature. */
export async function verifyRequest(input: {
  method: string
  path: string
  field(name: string): string | undefined
  body: Uint8Array<ArrayBuffer>
  now: Date
  lookup: KeyLookup
  maxSkewSeconds?: number
}): Promise<VerifyResult> {
  const refuse = (reason: SignatureRefusal): VerifyResult => ({ ok: false, reason })
  const sigInput = input.field('signature-input')
  const sig = input.field('signature')
  if (sigInput === undefined && sig === undefined) return refuse('unsigned')
  const parsed = sigInput !== undefined && sig !== undefined ? parseSignature(sigInput, sig) : null
  if (!parsed || parsed.label !== SIGNATURE_LABEL) return refuse('malformed')
  const covered = new Set(parsed.components)
  if (
    covered.size !== parsed.components.length ||
    COVERED_COMPONENTS.some((c) => !covered.has(c)) ||
    parsed.components.some((c) => c.startsWith('@') && c !== '@method' && c !== '@path')
  )
    return refuse('components')
  if (parsed.params.alg !== undefined && parsed.params.alg !== SIGNATURE_ALG) return refuse('algorithm')
  const skew = (input.maxSkewSeconds ?? MAX_SKEW_SECONDS) * 1000
  const now = input.now.getTime()
  const date = Date.parse(input.field('date') ?? '')
  if (
    Number.isNaN(date) ||
    Math.abs(now - date) > skew ||
    Math.abs(now - parsed.params.created * 1000) > skew
  )
    return refuse('stale')
  if (!(await digestMatches(input.field('content-digest') ?? '', input.body))) return refuse('digest')
  const key = await input.lookup(parsed.params.keyid)
  if (!key) return refuse('unknown-key')
  if (key.revoked) return refuse('revoked')
  let base: string
  try {
    base = signatureBase(
      parsed.components,
      { method: input.method, path: input.path, field: input.field },
      parsed.paramsValue,
    )
  } catch {
    return refuse('components')
  }
  const valid = await crypto.subtle.verify('Ed25519', key.publicKey, parsed.signature, encoder.encode(base))
  return valid ? { ok: true, keyId: parsed.params.keyid } : refuse('bad-signature')
}

/** An Ed25519 key pair for a device: the public key raw (base64url), the private one PKCS#8 (base64url). */
export async function generateDeviceKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as {
    publicKey: DeviceCryptoKey
    privateKey: DeviceCryptoKey
  }
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey))
  return { publicKey: toBase64Url(raw), privateKey: toBase64Url(pkcs8) }
}

export const importDevicePublicKey = (raw: string): Promise<DeviceCryptoKey> =>
  crypto.subtle.importKey('raw', fromBase64(raw), 'Ed25519', false, ['verify'])

export const importDevicePrivateKey = (pkcs8: string): Promise<DeviceCryptoKey> =>
  crypto.subtle.importKey('pkcs8', fromBase64(pkcs8), 'Ed25519', false, ['sign'])

/** A key's id: `dev-` and the first 22 characters of its raw public key's sha-256 (base64url). */
export async function deviceKeyId(publicKey: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(publicKey)))
  return `dev-${toBase64Url(hash).slice(0, 22)}`
}
