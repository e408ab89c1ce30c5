import { fromBase64, toBase64 } from './base64'

/** RFC 9530 Content-Digest with sha-256: `sha-256=:<base64>:` over the exact body bytes (empty for none). */
export async function contentDigest(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', body))
  return `sha-256=:${toBase64(hash)}:`
}

/** True when `header` carries a sha-256 member equal to the body's digest (other algorithms are ignored). */
export async function digestMatches(header: string, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const expected = fromBase64((await contentDigest(body)).slice('sha-256=:'.length, -1))
  for (const member of header.split(',')) {
    const m = /^\s*sha-256=:([A-Za-z0-9+/]+={0,2}):\s*$/.exec(member)
    if (!m) continue
    const given = fromBase64(m[1]!)
    return given.length === expected.length && given.every((b, i) => b === expected[i])
  }
  return false
}
