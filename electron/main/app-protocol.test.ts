import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { KIOSK_CSP } from '../../shared/security/csp'
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  registerAppProtocol,
  resolveAppRequest,
} from './app-protocol'
import { MAINTENANCE_URL } from './maintenance-page'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kiosk-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>kiosk</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'blob.bin'), 'x')
  // Siblings of the root that a traversal would try to reach.
  writeFileSync(join(base, 'secret.txt'), 'secret')
  mkdirSync(join(base, 'renderer-evil'))
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil')
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('resolveAppRequest', () => {
  it('maps app://kiosk/ paths to files under the root with their type', () => {
    expect(resolveAppRequest('app://kiosk/index.html', root)).toEqual({
      path: join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    })
    expect(resolveAppRequest('app://kiosk/assets/app.js?v=2#x', root)).toEqual({
      path: join(root, 'assets', 'app.js'),
      mime: 'text/javascript; charset=utf-8',
    })
    expect(resolveAppRequest('app://kiosk/', root)?.path).toBe(join(root, 'index.html'))
    expect(resolveAppRequest('app://kiosk/assets/blob.bin', root)?.mime).toBe('application/octet-stream')
  })

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/assets/../../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/%2E%2E/secret.txt',
    'app://kiosk/.%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk/assets%2f..%2f..%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/..\\secret.txt',
    'app://kiosk/../renderer-evil/x.js',
    'app://kiosk/index.html%00.js',
  ])('refuses the traversal %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull()
  })

  it.each([
    'app://evil/index.html',
    'app://kiosk.evil/index.html',
    'app://kiosk@evil/index.html',
    'https://kiosk/index.html',
    'file:///etc/passwd',
  ])('refuses the foreign URL %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull()
  })

  it('refuses missing files and directories', () => {
    expect(resolveAppRequest('app://kiosk/missing.html', root)).toBeNull()
    expect(resolveAppRequest('app://kiosk/assets', root)).toBeNull()
    expect(resolveAppRequest('app://kiosk/assets/', root)).toBeNull()
  })
})

describe('createAppRequestHandler', () => {
  const get = (url: string, method = 'GET') => createAppRequestHandler(root)(new Request(url, { method }))

  it('serves index.html with the strict CSP and nosniff', async () => {
    const res = await get('app://kiosk/index.html')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(KIOSK_CSP)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toBe('<!doctype html><title>kiosk</title>')
  })

  it('answers refused and missing paths with a 404 that still carries the CSP', async () => {
    for (const url of ['app://kiosk/%2e%2e/secret.txt', 'app://kiosk/nope.js', 'app://other/index.html']) {
      const res = await get(url)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-security-policy')).toBe(KIOSK_CSP)
      expect(await res.text()).not.toContain('secret')
    }
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405)
    const head = await get('app://kiosk/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('serves the built-in maintenance page without any script', async () => {
    const res = await get(MAINTENANCE_URL)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe(KIOSK_CSP)
    const html = await res.text()
    expect(html).toContain('fuera de servicio')
    expect(html).not.toMatch(/<script|style=/i)
  })
})

describe('registerAppProtocol', () => {
  it('handles the app scheme, registered as standard and secure but neither CSP-bypassing nor CORS-open', () => {
    const protocol = { handle: vi.fn() }
    registerAppProtocol(protocol, root)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('KIOSK_CSP', () => {
  it('is the agreed policy', () => {
    expect(KIOSK_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })
})
