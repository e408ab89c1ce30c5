import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from './base64'
import { contentDigest, digestMatches } from './content-digest'
import {
  generateDeviceKeyPair,
  importDevicePrivateKey,
  importDevicePublicKey,
  parseSignature,
  signatureBase,
  signatureParamsValue,
  signRequest,
  verifyRequest,
  type KeyLookup,
} from './message-signature'

const enc = new TextEncoder()

describe('RFC 9421 appendix B.2.6 (Ed25519, test-key-ed25519)', () => {
  // The RFC's own key (B.1.4) as JWK parts, and its published signature.
  const d = 'n4Ni-HpISpVObnQMW0wOhCKROaIKqKtW_2ZYb2p9KcU'
  const x = 'JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs'
  const components = ['date', '@method', '@path', '@authority', 'content-type', 'content-length']
  const fields: Record<string, string> = {
    date: 'Tue, 20 Apr 2021 02:07:55 GMT',
    'content-type': 'application/json',
    'content-length': '18',
  }
  const parts = { method: 'POST', path: '/foo', authority: 'example.com', field: (n: string) => fields[n] }
  const params = signatureParamsValue(components, { created: 1618884473, keyid: 'test-key-ed25519' })
  const expected = 'wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw=='

  it('builds the RFC signature base and reproduces its signature byte for byte', async () => {
    const base = signatureBase(components, parts, params)
    expect(base).toBe(
      [
        '"date": Tue, 20 Apr 2021 02:07:55 GMT',
        '"@method": POST',
        '"@path": /foo',
        '"@authority": example.com',
        '"content-type": application/json',
        '"content-length": 18',
        '"@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"',
      ].join('\n'),
    )
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d, x }, 'Ed25519', false, [
      'sign',
    ])
    const sig = new Uint8Array(await crypto.subtle.sign('Ed25519', key, enc.encode(base)))
    expect(toBase64(sig)).toBe(expected)
    const publicKey = await importDevicePublicKey(x)
    expect(await crypto.subtle.verify('Ed25519', publicKey, fromBase64(expected), enc.encode(base))).toBe(
      true,
    )
  })

  it('parses the RFC Signature-Input and Signature fields', () => {
    const parsed = parseSignature(`sig-b26=${params}`, `sig-b26=:${expected}:`)
    expect(parsed?.components).toEqual(components)
    expect(parsed?.params).toEqual({ created: 1618884473, keyid: 'test-key-ed25519', alg: undefined })
    expect(parsed?.paramsValue).toBe(params)
  })
})

describe('RFC 9530 Content-Digest', () => {
  it('matches the RFC example for {"hello": "world"}', async () => {
    const body = enc.encode('{"hello": "world"}')
    expect(await contentDigest(body)).toBe('sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:')
    expect(
      await digestMatches('sha-512=:abc=:, sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:', body),
    ).toBe(true)
    expect(
      await digestMatches('sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:', enc.encode('{}')),
    ).toBe(false)
  })
})

describe('device request signatures: sign, then verify', () => {
  const now = new Date('2026-03-15T12:00:00Z')
  async function setup(revoked = false) {
    const pair = await generateDeviceKeyPair()
    const key = { keyId: 'dev-test', privateKey: await importDevicePrivateKey(pair.privateKey) }
    const publicKey = await importDevicePublicKey(pair.publicKey)
    const lookup: KeyLookup = async (id) => (id === 'dev-test' ? { revoked, publicKey } : null)
    return { key, lookup }
  }
  const verify = (
    headers: Record<string, string>,
    over: Partial<Parameters<typeof verifyRequest>[0]> & { lookup: KeyLookup },
  ) =>
    verifyRequest({
      method: 'POST',
      path: '/v1/auth/login',
      field: (n) => headers[n],
      body: enc.encode('{"a":1}'),
      now,
      ...over,
    })

  it('accepts its own signature and names the key', async () => {
    const { key, lookup } = await setup()
    const headers = await signRequest({
      method: 'post',
      target: '/v1/auth/login?x=1',
      body: '{"a":1}',
      key,
      now,
    })
    expect(headers['signature-input']).toMatch(
      /^kiosk=\("@method" "@path" "date" "content-digest"\);created=\d+;keyid="dev-test";alg="ed25519"$/,
    )
    expect(await verify(headers, { lookup })).toEqual({ ok: true, keyId: 'dev-test' })
  })

  it('refuses an altered body, method or path, a stale date, an unknown or revoked key, no signature', async () => {
    const { key, lookup } = await setup()
    const headers = await signRequest({ method: 'POST', target: '/v1/auth/login', body: '{"a":1}', key, now })
    expect(await verify(headers, { lookup, body: enc.encode('{"a":2}') })).toEqual({
      ok: false,
      reason: 'digest',
    })
    expect(await verify(headers, { lookup, method: 'PUT' })).toEqual({ ok: false, reason: 'bad-signature' })
    expect(await verify(headers, { lookup, path: '/v1/auth/logout' })).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    // A new digest for the altered body does not help: the signature covers the digest.
    const forged = { ...headers, 'content-digest': await contentDigest(enc.encode('{"a":2}')) }
    expect(await verify(forged, { lookup, body: enc.encode('{"a":2}') })).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    const later = new Date(now.getTime() + 301_000)
    expect(await verify(headers, { lookup, now: later })).toEqual({ ok: false, reason: 'stale' })
    expect(await verify(headers, { lookup: async () => null })).toEqual({ ok: false, reason: 'unknown-key' })
    const revoked = await setup(true)
    const signedByRevoked = await signRequest({
      method: 'POST',
      target: '/v1/auth/login',
      body: '{"a":1}',
      key: revoked.key,
      now,
    })
    expect(await verify(signedByRevoked, { lookup: revoked.lookup })).toEqual({
      ok: false,
      reason: 'revoked',
    })
    expect(await verify({}, { lookup })).toEqual({ ok: false, reason: 'unsigned' })
  })

  it('refuses a signature that leaves out a required component or names another algorithm', async () => {
    const { key, lookup } = await setup()
    const headers = await signRequest({ method: 'POST', target: '/v1/auth/login', body: '{"a":1}', key, now })
    const fewer = {
      ...headers,
      'signature-input': headers['signature-input']!.replace(' "content-digest"', ''),
    }
    expect(await verify(fewer, { lookup })).toEqual({ ok: false, reason: 'components' })
    const otherAlg = {
      ...headers,
      'signature-input': headers['signature-input']!.replace('ed25519', 'hmac-sha256'),
    }
    expect(await verify(otherAlg, { lookup })).toEqual({ ok: false, reason: 'algorithm' })
    expect(await verify({ ...headers, signature: 'kiosk=:!!:' }, { lookup })).toEqual({
      ok: false,
      reason: 'malformed',
    })
  })
})
