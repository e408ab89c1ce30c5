import { describe, expect, it, vi } from 'vitest'

// electron-store cannot be imported here (it loads Electron); this stand-in keeps its `store`/`path` API.
const stores = vi.hoisted(() => [] as { options: { name?: string }; data: Record<string, unknown> }[])
vi.mock('electron-store', () => ({
  default: class FakeStore {
    data: Record<string, unknown> = {}
    constructor(readonly options: { name?: string }) {
      stores.push(this)
    }
    get store() {
      return { ...this.data }
    }
    set store(value: Record<string, unknown>) {
      this.data = { ...value }
    }
    get path() {
      return `/userData/${this.options.name ?? 'config'}.json`
    }
  },
}))
vi.mock('electron', () => ({}))

const { createElectronConfigStore } = await import('../../../electron/main/electron-config-store')

describe('createElectronConfigStore', () => {
  it('uses the kiosk-config file and reports its path', () => {
    const store = createElectronConfigStore()
    expect(stores.at(-1)?.options).toEqual({ name: 'kiosk-config' })
    expect(store.location).toBe('/userData/kiosk-config.json')
  })

  it('reads undefined while empty, and what was written afterwards', () => {
    const store = createElectronConfigStore()
    expect(store.read()).toBeUndefined()
    store.write({ kioskId: 'KIOSK-007', language: 'en' })
    expect(store.read()).toEqual({ kioskId: 'KIOSK-007', language: 'en' })
  })

  it('refuses to write something that is not a JSON object', () => {
    const store = createElectronConfigStore()
    for (const bad of [null, [], 'x', 3]) expect(() => store.write(bad)).toThrow(TypeError)
    expect(store.read()).toBeUndefined()
  })
})
