import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ConfigError } from './config-error'
import type { ConfigStore } from './config-store'

/** ConfigStore on one JSON file, for the browser shell (Electron uses electron-store). */
export function createJsonFileConfigStore(file: string): ConfigStore {
  const location = resolve(file)
  return {
    location,
    read() {
      let text: string
      try {
        text = readFileSync(location, 'utf8')
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw new ConfigError(location, `Cannot read the configuration file: ${(e as Error).message}`)
      }
      try {
        return JSON.parse(text) as unknown
      } catch (e) {
        throw new ConfigError(location, `The configuration file is not valid JSON (${(e as Error).message})`)
      }
    },
    write(value) {
      writeFileAtomic(location, `${JSON.stringify(value, null, 2)}\n`)
    },
  }
}

/**
 * Writes next to the target and renames over it, so a crash or power cut leaves either the old file or
 * the new one, never half of each. Owner-only permissions: the file names the API the kiosk trusts.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  const dir = dirname(file)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(tmp, 'wx', 0o600)
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(tmp, file)
  } catch (e) {
    if (fd !== undefined) closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
}
