import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import { kioskConfigForProfile, PROFILES } from '../../shared/config/profiles'
import { ConfigError, loadKioskConfig, withPrinterOverride } from './config-service'
import type { ConfigStore } from './config-store'
import { createJsonFileConfigStore, writeFileAtomic } from './json-file-config-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const caught = (fn: () => unknown): ConfigError => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return e as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('loadKioskConfig with the JSON file store', () => {
  it('writes the defaults when the file is missing, in a folder it creates, owner-only', () => {
    const file = join(dir, 'nested', 'kiosk-config.json')
    const config = loadKioskConfig(createJsonFileConfigStore(file))
    expect(config).toEqual(KioskConfigSchema.parse({}))
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(config)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('seeds a missing file from `initial` (a cooperative profile), but never overrides an existing one', () => {
    const file = join(dir, 'kiosk-config.json')
    const initial = kioskConfigForProfile(PROFILES.pa)
    const config = loadKioskConfig(createJsonFileConfigStore(file), initial)
    expect(config).toMatchObject({
      currency: 'USD',
      locale: 'es-PA',
      passwordPolicy: PROFILES.pa.passwordPolicy,
    })
    expect(JSON.parse(readFileSync(file, 'utf8')).currency).toBe('USD')
    writeFileSync(file, JSON.stringify({ ...config, currency: 'PEN' }))
    expect(loadKioskConfig(createJsonFileConfigStore(file), initial).currency).toBe('PEN')
  })

  it('keeps a valid file as it is and returns it', () => {
    const file = join(dir, 'kiosk-config.json')
    const full = { ...KioskConfigSchema.parse({}), kioskId: 'KIOSK-042' }
    const text = `${JSON.stringify(full)}\n`
    writeFileSync(file, text)
    expect(loadKioskConfig(createJsonFileConfigStore(file)).kioskId).toBe('KIOSK-042')
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('completes missing sections with defaults, keeping what IT wrote', () => {
    const file = join(dir, 'kiosk-config.json')
    writeFileSync(
      file,
      JSON.stringify({
        kioskId: 'KIOSK-007',
        api: { baseUrl: 'https://core.coop.example', timeoutMs: 5000, retries: 1 },
      }),
    )
    const config = loadKioskConfig(createJsonFileConfigStore(file))
    expect(config.kioskId).toBe('KIOSK-007')
    expect(config.api.baseUrl).toBe('https://core.coop.example')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(config)
  })

  it('reports an invalid file with its path and every bad field, and leaves its bytes alone', () => {
    const file = join(dir, 'kiosk-config.json')
    const original = Buffer.from(
      JSON.stringify({
        kioskId: 'bad id!',
        api: { baseUrl: 'ftp://x', timeoutMs: 5, retries: 1 },
        comment: 'unknown key',
      }),
    )
    writeFileSync(file, original)
    const e = caught(() => loadKioskConfig(createJsonFileConfigStore(file)))
    expect(e.location).toBe(file)
    expect(e.message).toContain(file)
    const paths = e.issues.map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['kioskId', 'api.baseUrl', 'api.timeoutMs']))
    expect(e.message).toMatch(/api\.timeoutMs: .+/)
    expect(e.message).toMatch(/comment/)
    expect(readFileSync(file).equals(original)).toBe(true)
    expect(readdirSync(dir)).toEqual(['kiosk-config.json'])
  })

  it('reports a nested refinement (warning not shorter than idle) by path', () => {
    const file = join(dir, 'kiosk-config.json')
    writeFileSync(file, JSON.stringify({ session: { idleSeconds: 30, warningSeconds: 60 } }))
    const e = caught(() => loadKioskConfig(createJsonFileConfigStore(file)))
    expect(e.message).toContain('session')
    expect(e.message).toContain('warningSeconds must be shorter than idleSeconds')
  })

  it('refuses a file that is JSON but not an object (null, array)', () => {
    for (const text of ['null', '[]', '"x"']) {
      const file = join(dir, 'kiosk-config.json')
      writeFileSync(file, text)
      caught(() => loadKioskConfig(createJsonFileConfigStore(file)))
      expect(readFileSync(file, 'utf8')).toBe(text)
    }
  })

  it('reports unparseable JSON clearly and leaves the file alone', () => {
    const file = join(dir, 'kiosk-config.json')
    for (const text of ['{ "kioskId": "K1", }', '', '\u0000\u0001']) {
      writeFileSync(file, text)
      const e = caught(() => loadKioskConfig(createJsonFileConfigStore(file)))
      expect(e.message).toContain('not valid JSON')
      expect(e.message).toContain(file)
      expect(readFileSync(file, 'utf8')).toBe(text)
    }
  })

  it('works with any ConfigStore (as electron-store in the Electron shell)', () => {
    const writes: unknown[] = []
    const store: ConfigStore = {
      location: 'memory',
      read: () => undefined,
      write: (v) => void writes.push(v),
    }
    expect(loadKioskConfig(store).language).toBe('es')
    expect(writes).toHaveLength(1)
  })
})

describe('writeFileAtomic', () => {
  it('replaces the whole file, leaves no temp files, and keeps 0600', () => {
    const file = join(dir, 'a.json')
    writeFileSync(file, 'old', { mode: 0o644 })
    writeFileAtomic(file, 'new contents\n')
    expect(readFileSync(file, 'utf8')).toBe('new contents\n')
    expect(readdirSync(dir)).toEqual(['a.json'])
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('writes a new file and renames it over the old one (new inode), never in place', () => {
    const file = join(dir, 'a.json')
    writeFileSync(file, 'old')
    const before = statSync(file).ino
    writeFileAtomic(file, 'new')
    expect(statSync(file).ino).not.toBe(before)
  })

  it('cleans up its temp file when the rename fails', () => {
    // A non-empty directory where the file should be: the rename fails after the temp file was written.
    const target = join(dir, 'sub')
    mkdirSync(join(target, 'x'), { recursive: true })
    expect(() => writeFileAtomic(target, 'data')).toThrow()
    expect(readdirSync(dir)).toEqual(['sub'])
  })
})

describe("withPrinterOverride (the web shell's --printer)", () => {
  const base = KioskConfigSchema.parse({})
  it('puts a TCP printer in for the run, keeping the paper settings of one configured', () => {
    expect(withPrinterOverride(base, undefined, '--printer')).toBe(base)
    expect(withPrinterOverride(base, 'tcp://127.0.0.1:9100', '--printer').printer).toEqual({
      kind: 'tcp',
      url: 'tcp://127.0.0.1:9100',
      columns: 42,
      codePage: 'PC850',
      timeoutMs: 5000,
    })
    const system = KioskConfigSchema.parse({ printer: { kind: 'system', name: 'TM-T20', columns: 48 } })
    expect(withPrinterOverride(system, 'tcp://127.0.0.1:9100', '--printer').printer).toMatchObject({
      kind: 'tcp',
      columns: 48,
    })
  })

  it('refuses what is not tcp://host:port, naming the flag', () => {
    const e = caught(() => withPrinterOverride(base, 'http://127.0.0.1:9100', '--printer'))
    expect(e.message).toContain('--printer')
    expect(e.message).toContain('tcp://host:port')
  })
})
