import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../json-file-config-store'
import type { KeyringFactory } from './keyring'

/**
 * A "keychain" in one owner-only JSON file. Tests and the browser shell's `--device-credential-file`
 * only: a kiosk keeps its key in the OS keychain (napi-keyring.ts).
 */
export function fileKeyring(file: string): KeyringFactory {
  const load = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {}
      throw e
    }
  }
  return (service, account) => {
    const key = `${service}/${account}`
    return {
      getPassword: () => load()[key] ?? null,
      setPassword: (p) => writeFileAtomic(file, JSON.stringify({ ...load(), [key]: p })),
      deletePassword: () => {
        const all = load()
        const had = key in all
        delete all[key]
        writeFileAtomic(file, JSON.stringify(all))
        return had
      },
    }
  }
}
