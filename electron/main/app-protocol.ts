import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { CustomScheme, Protocol } from 'electron'
import { KIOSK_SECURITY_HEADERS } from '../../shared/security/csp'
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-origin'
import { MAINTENANCE_CSS, MAINTENANCE_CSS_PATH, MAINTENANCE_HTML, MAINTENANCE_PATH } from './maintenance-page'
import { MIME_TYPES } from '../common/mime-types'

/**
 * `app://` is standard (relative URLs, a real origin for storage) and secure (a secure context, like
 * https). Deliberately not `bypassCSP` and not `corsEnabled` (which would make it readable cross-origin).
 * Must be registered before `ready`: main/index.ts does so at top level.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]

export interface ResolvedAsset {
  path: string
  mime: string
}

/** `.` or `..`, also when spelled with percent escapes. */
const isDotSegment = (segment: string) => /^(\.|%2e){1,2}$/i.test(segment)

/**
 * Maps `app://kiosk/<path>` to a file under rootDir, or null. Anything that tries to climb out
 * (dot segments, encoded slashes or backslashes, NUL) is refused outright rather than normalised:
 * a page of ours never asks for such a URL, so one that does is hostile.
 */
export function resolveAppRequest(rawUrl: string, rootDir: string): ResolvedAsset | null {
  const prefix = `${APP_ORIGIN}/`
  if (!rawUrl.startsWith(prefix)) return null
  const rawPath = rawUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? ''
  if (/%2f|%5c|%00|\\/i.test(rawPath) || rawPath.split('/').some(isDotSegment)) return null

  let url: URL
  let path: string
  try {
    url = new URL(rawUrl)
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  if (path === '/' || path === '') path = '/index.html'

  const root = resolve(rootDir)
  const file = resolve(root, `.${path}`)
  if (!file.startsWith(root + sep)) return null
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return null
  return { path: file, mime: MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }
}

function respond(
  status: number,
  body: string | Uint8Array | null,
  mime = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, { status, headers: { 'Content-Type': mime, ...KIOSK_SECURITY_HEADERS } })
}

/** The `protocol.handle` handler: static files from rootDir, each with the strict CSP. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method Not Allowed')
    const url = new URL(request.url)
    if (url.host === APP_HOST && url.pathname === MAINTENANCE_PATH)
      return respond(200, MAINTENANCE_HTML, MIME_TYPES['.html'])
    if (url.host === APP_HOST && url.pathname === MAINTENANCE_CSS_PATH)
      return respond(200, MAINTENANCE_CSS, MIME_TYPES['.css'])

    const asset = resolveAppRequest(request.url, rootDir)
    if (!asset) return respond(404, 'Not Found')
    const body = await readFile(asset.path)
    return respond(200, request.method === 'HEAD' ? null : body, asset.mime)
  }
}

/** Serves the built renderer (out/renderer) at app://kiosk/. Call after `ready`. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir))
}
