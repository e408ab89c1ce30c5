import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')
const out = (p: string) => join(root, 'out', p)
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

// One real build for the whole file: these tests are about what electron-vite actually emits.
beforeAll(async () => {
  await run(npx, ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, maxBuffer: 16 * 1024 * 1024 })
}, 180_000)

describe('the built preload (out/preload/index.cjs)', () => {
  const code = () => readFileSync(out('preload/index.cjs'), 'utf8')

  it('is one CommonJS file: no import or export statements', () => {
    expect(code()).not.toMatch(/^\s*import[\s{*]/m)
    expect(code()).not.toMatch(/^\s*export\s/m)
    expect(code()).not.toMatch(/\bimport\s*\(/)
    expect(code()).toMatch(/require\(["']electron["']\)/)
  })

  it('requires nothing but electron (the only module a sandboxed preload may load)', () => {
    const requires = [...code().matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]?.trim())
    expect(requires.length).toBeGreaterThan(0)
    expect(new Set(requires)).toEqual(new Set(['"electron"']))
  })

  it('carries the channel allow-list but not zod', () => {
    expect(code()).toContain('"kiosk:"')
    expect(code()).toContain('"auth.login"')
    expect(code()).not.toMatch(/ZodError|safeParse|\$ZodType/)
  })
})

describe('the built main process', () => {
  it('exists as out/main/index.js and registers the app scheme at top level', () => {
    expect(existsSync(out('main/index.js'))).toBe(true)
    const code = readFileSync(out('main/index.js'), 'utf8')
    expect(code).toMatch(/^protocol\.registerSchemesAsPrivileged\(/m)
  })
})

describe('the packaged app (electron-builder with a stub Electron)', () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kiosk-pack-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('holds out/, package.json and runtime modules only; the keychain addon is unpacked', async () => {
    // electron-builder copies this folder instead of downloading Electron (which cannot happen here).
    const dist = join(work, 'electron-dist')
    mkdirSync(dist)
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\n')
    chmodSync(join(dist, 'electron'), 0o755)
    const output = join(work, 'release')
    await run(
      npx,
      ['electron-builder', '--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    )
    const resources = join(output, 'linux-unpacked', 'resources')
    const asar = createRequire(import.meta.url)('@electron/asar') as { listPackage(p: string): string[] }
    const entries = asar.listPackage(join(resources, 'app.asar')).map((e) => e.replaceAll('\\', '/'))

    const topLevel = new Set(entries.map((e) => e.split('/')[1]))
    expect(topLevel).toEqual(new Set(['out', 'package.json', 'node_modules']))
    expect(entries).toContain('/out/preload/index.cjs')
    expect(entries).toContain('/out/main/index.js')
    expect(entries).toContain('/out/renderer/index.html')
    const modules = new Set(entries.filter((e) => e.startsWith('/node_modules/')).map((e) => e.split('/')[2]))
    for (const needed of ['pino', 'axios', 'zod', 'electron-store', '@napi-rs'])
      expect(modules).toContain(needed)
    for (const devOnly of ['fastify', 'electron', 'vite', 'vue']) expect(modules).not.toContain(devOnly)
    expect(existsSync(join(resources, 'app.asar.unpacked', 'node_modules', '@napi-rs'))).toBe(true)
  }, 180_000)
})
