import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEventHub } from '../../electron/app/event-hub'
import { createIpcRegistry, type IpcHandlers, type PrincipalSource } from '../../electron/ipc/registry'
import { createLogger } from '../../electron/services/logger'
import { startWebShell, type WebShell } from '../../electron/web/server'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { INVOKE_CHANNELS } from '../../shared/ipc/channels'
import { IpcErrorSchema } from '../../shared/ipc/error-schemas'
import { KioskError } from '../../shared/ipc/errors'
import { KioskConfigSchema, toPublicConfig } from '../../shared/config/kiosk-config'
import { bootConfigFromText } from '../../shared/ipc/boot-config'
import { z } from 'zod'
import { rawRequest, type RawResponse } from './helpers/http'

const logger = createLogger({ level: 'silent' })
/** These tests are about the shell and the contract, not audiences: every principal is signed in. */
const SIGNED_IN: PrincipalSource = {
  held: () => ({ member: true, staff: ['teller', 'supervisor'], maintenance: true }),
}
const SECRET_MARKER = 'TOP-SECRET-OUTSIDE-RENDERER'

/** Channels this test does not call (later features' ones) answer NOT_FOUND. */
const unused = Object.fromEntries(
  INVOKE_CHANNELS.map((c) => [c, async () => Promise.reject(new KioskError('NOT_FOUND'))]),
) as unknown as IpcHandlers

/** Small handlers: the transport is under test here, not the services. */
const handlers: IpcHandlers = {
  ...unused,
  'config.get': async () => toPublicConfig(KioskConfigSchema.parse({})),
  'auth.lookup': async ({ idNumber }) => ({
    maskedName: `M*** ${idNumber.slice(-2)}`,
    securityImageId: 'apple',
    securityPhrase: 'frase',
  }),
  'auth.login': async () => ({
    displayName: 'Ana',
    mustChangePassword: false,
    pendingSetup: [],
    expiresAt: new Date().toISOString(),
    previousSignIn: null,
  }),
  'auth.logout': async () => ({ ok: true }),
  'session.keepAlive': async () => ({ expiresAt: new Date().toISOString() }),
  'member.summary': async () => {
    throw new Error('not used')
  },
}

const RefusalSchema = z.object({ ok: z.literal(false), error: IpcErrorSchema }).strict()

let dir: string
let shell: WebShell
let token: string
/** The answer to the launch link, asked once like the browser does. */
let launched: RawResponse
let sessionCookie: string
const hub = createEventHub()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-web-'))
  const renderer = join(dir, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(
    join(renderer, 'index.html'),
    '<!doctype html><html><head><title>Kiosk</title></head><body><div id="app"></div></body></html>',
  )
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(renderer, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(renderer, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(renderer, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  writeFileSync(join(renderer, 'assets', 'data.bin'), 'binary')
  writeFileSync(join(renderer, '.env'), SECRET_MARKER)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ secret: SECRET_MARKER }))
  symlinkSync(join(dir, 'package.json'), join(renderer, 'assets', 'leak.json'))
  shell = await startWebShell({
    registry: createIpcRegistry(handlers, logger, SIGNED_IN),
    rendererDir: renderer,
    logger,
    subscribe: hub.subscribe,
  })
  token = new URL(shell.launchUrl).searchParams.get('launch') ?? ''
  launched = await rawRequest(shell.url, { path: `/?launch=${encodeURIComponent(token)}` })
  sessionCookie = admittedCookie(launched)
})

/** The name=value part of the session cookie a launch answer set. */
function admittedCookie(res: RawResponse): string {
  const [setCookie] = [res.headers['set-cookie'] ?? []].flat()
  return setCookie?.split(';')[0] ?? ''
}

afterAll(async () => {
  await shell?.close()
  rmSync(dir, { recursive: true, force: true })
})

const cookie = () => sessionCookie
const bridgeHeaders = (extra: Record<string, string> = {}) => ({
  cookie: cookie(),
  origin: shell.url,
  'x-kiosk-bridge': '1',
  'content-type': 'application/json',
  ...extra,
})
const ipc = (channel: string, body: unknown, headers: Record<string, string> = bridgeHeaders()) =>
  rawRequest(shell.url, { method: 'POST', path: `/ipc/${channel}`, headers, body: JSON.stringify(body) })

function expectSecurityHeaders(h: Record<string, unknown>) {
  expect(h['content-security-policy']).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  )
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['referrer-policy']).toBe('no-referrer')
}

describe('browser shell: launch and pages', () => {
  it('listens on loopback and hands out a launch URL with a 32-byte token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
  })

  it('refuses the page without the cookie, in Spanish, with the security headers', async () => {
    for (const path of ['/', '/index.html', '/?launch=wrong', `/?launch=${token}x`]) {
      const res = await rawRequest(shell.url, { path })
      expect(res.status, path).toBe(401)
      expect(res.body).toContain('debe abrirse con su enlace de inicio')
      expect(res.headers['cache-control']).toBe('no-store')
      expectSecurityHeaders(res.headers)
    }
  })

  it('launch link sets an HttpOnly SameSite=Strict cookie with a fresh secret, not the token, and redirects to /', async () => {
    expect(launched.status).toBe(302)
    expect(launched.headers.location).toBe('/')
    expect(launched.headers['cache-control']).toBe('no-store')
    expect(launched.headers['set-cookie']).toEqual([
      expect.stringMatching(/^kiosk_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/),
    ])
    expect(launched.headers['set-cookie']![0]).not.toContain(token)
    const page = await rawRequest(shell.url, { path: '/', headers: { cookie: cookie() } })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toBe('no-store')
    expect(page.body).toContain('<div id="app">')
    expectSecurityHeaders(page.headers)
  })

  it('writes the public configuration into the page, as config.get answers it, before </head>', async () => {
    const page = await rawRequest(shell.url, { path: '/index.html', headers: { cookie: cookie() } })
    const block = /<script type="application\/json" id="kiosk-boot-config">(.*?)<\/script><\/head>/.exec(
      page.body,
    )
    expect(block).not.toBeNull()
    expect(bootConfigFromText(block![1])).toEqual(toPublicConfig(KioskConfigSchema.parse({})))
    expect(page.body).not.toContain('8787')
  })

  it('refuses the spent launch link with a 403 page, es then en, while the cookie keeps working', async () => {
    for (const headers of [{}, { cookie: cookie() }] as Record<string, string>[]) {
      const replay = await rawRequest(shell.url, { path: `/?launch=${encodeURIComponent(token)}`, headers })
      expect(replay.status).toBe(403)
      expect(replay.headers['set-cookie']).toBeUndefined()
      expect(replay.headers['cache-control']).toBe('no-store')
      expect(replay.body).toContain('Este enlace de inicio ya abrió el quiosco y no sirve otra vez')
      expect(replay.body).toContain('This start link has already opened the kiosk')
      expect(replay.body.indexOf('Este enlace')).toBeLessThan(replay.body.indexOf('This start link'))
      expect(replay.body).not.toContain('<div id="app">')
      expectSecurityHeaders(replay.headers)
    }
    const page = await rawRequest(shell.url, { path: '/', headers: { cookie: cookie() } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="app">')
    expect((await ipc('auth.lookup', { idNumber: '12345678' })).status).toBe(200)
  })

  it('does not take the launch token itself as a cookie', async () => {
    for (const c of [`kiosk_session=${token}`, `kiosk_launch=${token}`]) {
      expect((await rawRequest(shell.url, { path: '/', headers: { cookie: c } })).status, c).toBe(401)
      const res = await ipc('auth.lookup', { idNumber: '12345678' }, bridgeHeaders({ cookie: c }))
      expect(res.status, c).toBe(401)
    }
  })

  it('serves assets without the cookie, with their MIME types', async () => {
    const types: Record<string, string> = {
      '/assets/app.js': 'text/javascript; charset=utf-8',
      '/assets/app.css': 'text/css; charset=utf-8',
      '/assets/logo.svg': 'image/svg+xml',
      '/assets/font.woff2': 'font/woff2',
    }
    for (const [path, type] of Object.entries(types)) {
      const res = await rawRequest(shell.url, { path })
      expect(res.status, path).toBe(200)
      expect(res.headers['content-type']).toBe(type)
      expectSecurityHeaders(res.headers)
    }
  })

  it('answers 404 for unknown files, unknown types, directories and dot-files', async () => {
    for (const path of ['/assets/nope.js', '/assets/data.bin', '/assets', '/assets/', '/.env', '/%2eenv']) {
      const res = await rawRequest(shell.url, { path, headers: { cookie: cookie() } })
      expect(res.status, path).toBe(404)
      expect(res.body).not.toContain(SECRET_MARKER)
    }
  })

  it('refuses path traversal, plain and encoded, and symlinks out of the renderer', async () => {
    const attempts = [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/%252e%252e/package.json',
      '/assets/leak.json',
      '/assets/%00.js',
      '/%E0%A4%A',
    ]
    for (const path of attempts) {
      const res = await rawRequest(shell.url, { path, headers: { cookie: cookie() } })
      expect([400, 404], path).toContain(res.status)
      expect(res.body, path).not.toContain(SECRET_MARKER)
      expectSecurityHeaders(res.headers)
    }
  })

  it('refuses any request whose Host is not the shell (DNS rebinding)', async () => {
    const res = await rawRequest(shell.url, { path: '/assets/app.js', headers: { host: 'evil.example:80' } })
    expect(res.status).toBe(403)
  })
})

describe('browser shell: IPC over POST /ipc/:channel', () => {
  it('dispatches with cookie, Host, Origin and bridge header', async () => {
    const res = await ipc('auth.lookup', { idNumber: '12345678' })
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    expectSecurityHeaders(res.headers)
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      data: { maskedName: 'M*** 78', securityImageId: 'apple', securityPhrase: 'frase' },
    })
  })

  it('accepts an empty body for channels without input', async () => {
    const res = await rawRequest(shell.url, {
      method: 'POST',
      path: '/ipc/config.get',
      headers: bridgeHeaders(),
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { kioskId: 'KIOSK-001' } })
  })

  it('returns the registry envelope for bad payloads and unknown channels', async () => {
    const bad = envelopeSchema(z.unknown()).parse(
      JSON.parse((await ipc('auth.lookup', { idNumber: 7 })).body),
    )
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const unknown = JSON.parse((await ipc('fs.readFile', {})).body)
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN', retryable: false },
    })
  })

  const refusals: [string, Record<string, string>, number][] = [
    ['no cookie', { cookie: '' }, 401],
    ['a wrong cookie', { cookie: 'kiosk_session=forged' }, 401],
    ['a wrong Host', { host: 'evil.example' }, 403],
    ['a wrong Origin', { origin: 'http://evil.example' }, 403],
    ['no Origin', { origin: '' }, 403],
    ['no x-kiosk-bridge', { 'x-kiosk-bridge': '' }, 403],
  ]
  for (const [what, override, status] of refusals) {
    it(`refuses a call with ${what}`, async () => {
      const headers = Object.fromEntries(
        Object.entries(bridgeHeaders(override)).filter(([, v]) => v !== ''),
      ) as Record<string, string>
      const res = await ipc('auth.lookup', { idNumber: '12345678' }, headers)
      expect(res.status).toBe(status)
      const body = RefusalSchema.parse(JSON.parse(res.body))
      expect(body.error.code).toBe('FORBIDDEN')
      expectSecurityHeaders(res.headers)
    })
  }

  it('refuses a same-host call through another name for the same address', async () => {
    const res = await ipc(
      'auth.lookup',
      { idNumber: '12345678' },
      bridgeHeaders({ host: `localhost:${new URL(shell.url).port}` }),
    )
    expect(res.status).toBe(403)
  })

  it('refuses bodies over 16 KiB and malformed JSON as VALIDATION', async () => {
    const big = await ipc('auth.lookup', { idNumber: 'x'.repeat(20_000) })
    expect(big.status).toBe(413)
    expect(RefusalSchema.parse(JSON.parse(big.body)).error.code).toBe('VALIDATION')
    const malformed = await rawRequest(shell.url, {
      method: 'POST',
      path: '/ipc/auth.lookup',
      headers: bridgeHeaders(),
      body: '{"idNumber":',
    })
    expect(malformed.status).toBe(400)
    expect(RefusalSchema.parse(JSON.parse(malformed.body)).error.code).toBe('VALIDATION')
    const proto = await rawRequest(shell.url, {
      method: 'POST',
      path: '/ipc/auth.lookup',
      headers: bridgeHeaders(),
      body: '{"__proto__":{"x":1},"idNumber":"12345678"}',
    })
    expect(proto.status).toBe(400)
  })

  it('refuses non-JSON content types', async () => {
    const res = await rawRequest(shell.url, {
      method: 'POST',
      path: '/ipc/auth.lookup',
      headers: bridgeHeaders({ 'content-type': 'text/plain' }),
      body: '{"idNumber":"12345678"}',
    })
    expect(res.status).toBe(415)
    expect(RefusalSchema.parse(JSON.parse(res.body)).error.code).toBe('VALIDATION')
  })
})

/** Opens /events and collects what arrives. */
function openEvents(headers: Record<string, string>) {
  return new Promise<{ status: number; frames: () => string; ended: Promise<void>; close: () => void }>(
    (resolve, reject) => {
      const req = request(`${shell.url}/events`, { headers }, (res) => {
        let text = ''
        const ended = new Promise<void>((done) => res.on('end', () => done()))
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        resolve({ status: res.statusCode ?? 0, frames: () => text, ended, close: () => req.destroy() })
      })
      req.on('error', reject)
      req.end()
    },
  )
}
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(cond()).toBe(true)
}

describe('browser shell: events over SSE', () => {
  it('refuses the stream without the cookie', async () => {
    const s = await openEvents({})
    expect(s.status).toBe(401)
    s.close()
  })

  it('delivers emitted events, from the shell and from the services hub', async () => {
    const s = await openEvents({ cookie: cookie() })
    expect(s.status).toBe(200)
    await until(() => s.frames().includes(': connected'))
    shell.emit('session.ended', { reason: 'logout' })
    await until(() => s.frames().includes('event: session.ended\ndata: {"reason":"logout"}\n\n'))
    hub.emit('session.ended', { reason: 'expired' })
    await until(() => s.frames().includes('event: session.ended\ndata: {"reason":"expired"}\n\n'))
    s.close()
  })

  it('emit rejects a payload outside the contract and sends nothing', async () => {
    const s = await openEvents({ cookie: cookie() })
    await until(() => s.frames().includes(': connected'))
    expect(() => shell.emit('session.ended', { reason: 'hacked' } as never)).toThrow()
    expect(() => shell.emit('session.ended', { reason: 'logout', token: 'x' } as never)).toThrow()
    shell.emit('session.ended', { reason: 'revoked' })
    await until(() => s.frames().includes('revoked'))
    expect(s.frames()).not.toContain('hacked')
    s.close()
  })
})

describe('browser shell: close', () => {
  it('ends open event streams and stops listening', async () => {
    const renderer = join(dir, 'renderer')
    const other = await startWebShell({
      registry: createIpcRegistry(handlers, logger, SIGNED_IN),
      rendererDir: renderer,
      logger,
      heartbeatMs: 20,
    })
    const otherCookie = admittedCookie(
      await rawRequest(other.url, { path: `/${new URL(other.launchUrl).search}` }),
    )
    const s = await new Promise<{ text: () => string; ended: Promise<void> }>((resolve, reject) => {
      const req = request(`${other.url}/events`, { headers: { cookie: otherCookie } }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        resolve({ text: () => text, ended: new Promise((done) => res.on('end', () => done())) })
      })
      req.on('error', reject)
      req.end()
    })
    await until(() => s.text().includes(': heartbeat'))
    await other.close()
    await s.ended
    await expect(rawRequest(other.url, { path: '/' })).rejects.toThrow()
  })

  it('rejects when the port is taken', async () => {
    const port = Number(new URL(shell.url).port)
    await expect(
      startWebShell({
        registry: createIpcRegistry(handlers, logger, SIGNED_IN),
        rendererDir: join(dir, 'renderer'),
        logger,
        port,
      }),
    ).rejects.toThrow(/EADDRINUSE/)
  })

  it('refuses to start without a built renderer', async () => {
    await expect(
      startWebShell({
        registry: createIpcRegistry(handlers, logger, SIGNED_IN),
        rendererDir: join(dir, 'nope'),
        logger,
      }),
    ).rejects.toThrow(/npm run build/)
  })
})
