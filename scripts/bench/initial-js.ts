// What a built index.html loads before first paint: its module scripts and modulepreloads, raw and gzip.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export function initialJs(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const refs = new Set(
    [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
      (m) => m[1]!,
    ),
  )
  let raw = 0
  let gz = 0
  for (const ref of refs) {
    const buf = readFileSync(join(dir, ref.replace(/^\.?\//, '')))
    raw += buf.length
    gz += gzipSync(buf, { level: 9 }).length
  }
  return { files: refs.size, raw, gz }
}
