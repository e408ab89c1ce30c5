import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BRIDGE_GLOBAL, type KioskBridge } from '../../../shared/ipc/bridge'
import { KioskConfigSchema, toPublicConfig } from '../../../shared/config/kiosk-config'
import { bootConfigArg } from '../../../shared/ipc/boot-config'
import { ipcError } from '../../../shared/ipc/errors'

// The preload's whole world: contextBridge and ipcRenderer, as the sandbox gives them.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>()
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, data: { channel, payload } })),
      on: vi.fn((channel: string, fn: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set())
        listeners.get(channel)?.add(fn)
      }),
      removeListener: vi.fn((channel: string, fn: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(fn)
      }),
    },
  }
})
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }))

let kiosk: KioskBridge
beforeEach(async () => {
  vi.resetModules()
  electron.exposed.clear()
  electron.listeners.clear()
  vi.clearAllMocks()
  await import('../../../electron/preload/index')
  kiosk = electron.exposed.get(BRIDGE_GLOBAL) as KioskBridge
})

describe('preload', () => {
  it('exposes one object, window.kiosk, with invoke and on only', () => {
    expect([...electron.exposed.keys()]).toEqual(['kiosk'])
    expect(Object.keys(kiosk).sort()).toEqual(['invoke', 'on'])
  })

  it('adds the configuration main passed in argv as bootConfig, and only that', async () => {
    const config = toPublicConfig(KioskConfigSchema.parse({}))
    process.argv.push(bootConfigArg(config))
    try {
      vi.resetModules()
      await import('../../../electron/preload/index')
    } finally {
      process.argv.pop()
    }
    const withBoot = electron.exposed.get(BRIDGE_GLOBAL) as KioskBridge
    expect(Object.keys(withBoot).sort()).toEqual(['bootConfig', 'invoke', 'on'])
    expect(withBoot.bootConfig).toEqual(config)
  })

  it('invokes contract channels under their wire names', async () => {
    const result = await kiosk.invoke('auth.lookup', { idNumber: '1234567' })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('kiosk:auth.lookup', {
      idNumber: '1234567',
    })
    expect(result).toEqual({
      ok: true,
      data: { channel: 'kiosk:auth.lookup', payload: { idNumber: '1234567' } },
    })
  })

  it.each(['shell.openExternal', 'kiosk:auth.login', '', 'session.ended', '__proto__'])(
    'refuses the unknown channel %j with a FORBIDDEN envelope, without touching IPC',
    async (channel) => {
      const result = await (kiosk.invoke as (c: string, p: unknown) => Promise<unknown>)(channel, {})
      expect(result).toEqual({ ok: false, error: ipcError('FORBIDDEN') })
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
    },
  )

  it('passes only the payload to listeners, never the IpcRendererEvent, and unsubscribes', () => {
    const listener = vi.fn()
    const off = kiosk.on('session.ended', listener)
    const relays = electron.listeners.get('kiosk:session.ended')
    expect(relays?.size).toBe(1)
    const fakeEvent = { sender: electron.ipcRenderer, senderId: 0 }
    for (const relay of relays ?? []) relay(fakeEvent, { reason: 'expired' })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ reason: 'expired' })

    off()
    expect(electron.listeners.get('kiosk:session.ended')?.size).toBe(0)
  })

  it('refuses to subscribe to events outside the contract', () => {
    const on = kiosk.on as (e: string, l: () => void) => () => void
    expect(() => on('auth.login', () => {})).toThrow(/unknown event/)
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })
})
