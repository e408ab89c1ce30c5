import { realpathSync, statSync } from 'node:fs'
import { extname, join, sep } from 'node:path'

/** The file types a built renderer consists of; anything else is not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticFile {
  path: string
  type: string
  size: number
}

/**
 * Maps a request path to a regular file inside `root`, or null. Refuses anything that could step
 * outside: undecodable escapes, backslashes, NUL, `..` and dot-files (before and after decoding), and
 * symlinks that resolve elsewhere. `root` must already be a real path.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s.startsWith('.'))) return null
  const type = MIME_TYPES[extname(decoded).toLowerCase()]
  if (!type || segments.length === 0) return null
  try {
    const real = realpathSync(join(root, ...segments))
    if (!real.startsWith(root + sep)) return null
    const stat = statSync(real)
    return stat.isFile() ? { path: real, type, size: stat.size } : null
  } catch {
    return null
  }
}
