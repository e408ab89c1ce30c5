import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const PROVISIONING_FILE = /\.provisioning\.json$/i
const MAX_FILES = 50

/** Where removable media appear: /media/<user>/<label> and friends on Linux, drive letters on Windows. */
export function defaultUsbRoots(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') return [...'DEFGHIJKLMNOPQRSTUVWXYZ'].map((d) => `${d}:\\`)
  return ['/media', '/run/media', '/mnt']
}

const entries = (dir: string): string[] => {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** `*.provisioning.json` files in each root and up to two folders below it (user, then volume label). */
export function findProvisioningFiles(roots: readonly string[]): { name: string; path: string }[] {
  const found: { name: string; path: string }[] = []
  const scan = (dir: string, depth: number) => {
    for (const name of entries(dir).sort()) {
      if (found.length >= MAX_FILES) return
      const path = join(dir, name)
      if (PROVISIONING_FILE.test(name)) found.push({ name, path })
      else if (depth < 2 && isDir(path)) scan(path, depth + 1)
    }
  }
  for (const root of roots) scan(root, 0)
  return found
}
