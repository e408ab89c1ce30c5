import { randomBytes } from 'node:crypto'

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or retyped from paper stays right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 80 random bits as "XXXX-XXXX-XXXX-XXXX": guessing a valid code is hopeless, no rate limit needed. */
export function newCertificateCode(bytes: Uint8Array = randomBytes(10)): string {
  if (bytes.length !== 10) throw new RangeError('a certificate code takes 10 bytes')
  let bits = 0n
  for (const b of bytes) bits = (bits << 8n) | BigInt(b)
  let out = ''
  for (let i = 15; i >= 0; i--) out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)]
  return out.match(/.{4}/g)!.join('-')
}
