import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, get, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KioskError } from '../../../shared/ipc/errors'
import { assertSafeBaseUrl, pinnedAgent } from './transport-policy'

describe('plain http:// only to loopback', () => {
  it.each([
    'http://127.0.0.1:8787',
    'http://localhost:8787/',
    'http://[::1]:9000',
    'https://core.example.coop/api/',
  ])('allows %s', (url) => expect(assertSafeBaseUrl(url)).toBe(url.replace(/\/+$/, '')))
  it.each(['http://core.example.coop', 'http://192.168.1.20:8787', 'http://10.0.0.1', 'ftp://127.0.0.1'])(
    'refuses %s',
    (url) => {
      expect(() => assertSafeBaseUrl(url)).toThrow(KioskError)
      expect(() => assertSafeBaseUrl(url)).toThrow(/plain http:\/\/ is allowed only to loopback/)
    },
  )
})

describe('SPKI pins over real TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-tls-'))
  let server: Server
  let cert: string
  let port: number
  beforeAll(async () => {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
        ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
      ],
      { stdio: 'ignore' },
    )
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8')
    server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) => res.end('ok'))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const fetchWith = (pins: string[]) =>
    new Promise<string>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/', agent: pinnedAgent(pins, { ca: cert }) }, (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve(body))
      }).on('error', reject)
    })
  const pinOf = (pem: string) =>
    createHash('sha256')
      .update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64')

  it('accepts the server whose key is pinned', async () => {
    expect(await fetchWith([pinOf(cert)])).toBe('ok')
  })

  it('refuses a server whose key is not in the list, even with a valid certificate', async () => {
    await expect(fetchWith(['A'.repeat(43) + '='])).rejects.toMatchObject({ code: 'ERR_SPKI_PIN_MISMATCH' })
  })
})
