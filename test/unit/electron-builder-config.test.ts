import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { describe, expect, it } from 'vitest'

// electron-builder's own loader and schema check: validates electron-builder.yml without downloading Electron.
const require = createRequire(import.meta.url)
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: Configuration | null,
  ): Promise<Configuration>
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled?: boolean) => unknown }

const projectDir = resolve(import.meta.dirname, '../..')
const load = () => getConfig(projectDir, null, null)

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('a misspelt option is caught by the same validation (the check has teeth)', async () => {
    const config = await load()
    const broken = { ...config, nsis: { ...config.nsis, perMachin: true } } as Configuration
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/nsis/)
  })

  it('packages only the build output, in an asar, with the kiosk identity', async () => {
    const c = await load()
    expect(c.appId).toBe('coop.kiosk')
    expect(c.productName).toBe('Cooperativa Kiosk')
    expect(c.asar).toBe(true)
    expect(c.directories?.buildResources).toBe('build')
    const files = (c.files as { filter: string[] }[]).flatMap((f) => f.filter)
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['out/**', 'package.json'])
  })

  it('targets AppImage+deb, a per-machine NSIS installer and a dmg, with the PNG icon', async () => {
    const c = await load()
    expect(c.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office', icon: 'build/icon.png' })
    expect(c.win).toMatchObject({ target: 'nsis', icon: 'build/icon.png' })
    expect(c.nsis).toMatchObject({ perMachine: true, oneClick: false })
    expect(c.mac).toMatchObject({ target: 'dmg', icon: 'build/icon.png' })
  })

  it('publishes to a generic (internal) update server', async () => {
    expect((await load()).publish).toMatchObject({
      provider: 'generic',
      url: expect.stringMatching(/^https:\/\//),
    })
  })
})
