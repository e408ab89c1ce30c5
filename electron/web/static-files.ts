import { realpathSync, statSync } from 'node:fs'
import { extname, join, sep } from 'node:path'
import { MIME_TYPES } from '../common/mime-types'

export { MIME_TYPES } from '../common/mime-types'

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
