import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels'
import { FakeWebContents } from './fakes'

/** Everything electron/main/index.ts touches in `electron`, recorded for the assertions below. */
const fake = vi.hoisted(() => ({
  calls: [] as string[],
  gotLock: true,
  logsDir: '',
  storedConfig: {} as Record<string, unknown>,
  errorBox: undefined as unknown as ReturnType<typeof vi.fn>,
  app: undefined as unknown as EventEmitter,
  windows: [] as { options: BrowserWindowConstructorOptions; loadURL: ReturnType<typeof vi.fn> }[],
  ipcHandlers: new Map<string, unknown>(),
  protocolHandlers: new Map<string, unknown>(),
}))

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  const { FakeWebContents } = await import('./fakes')
  let ready!: () => void
  const whenReady = new Promise<void>((r) => (ready = r))
  fake.app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => fake.gotLock,
    quit: vi.fn(() => fake.calls.push('app.quit')),
    exit: vi.fn(),
    enableSandbox: vi.fn(() => fake.calls.push('app.enableSandbox')),
    whenReady: vi.fn(() => {
      fake.calls.push('app.whenReady')
      setImmediate(ready)
      return whenReady
    }),
    getPath: (name: string) => (name === 'logs' ? fake.logsDir : `/nonexistent/${name}`),
    getVersion: () => '0.1.0-test',
  })
  class BrowserWindow extends EventEmitter {
    webContents = new FakeWebContents()
    loadURL = vi.fn(() => Promise.resolve())
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super()
      fake.windows.push(this)
    }
    isDestroyed = () => false
    show = vi.fn()
    focus = vi.fn()
  }
  return {
    app: fake.app,
    BrowserWindow,
    dialog: { showErrorBox: (fake.errorBox = vi.fn()) },
    Menu: { setApplicationMenu: vi.fn() },
    ipcMain: {
      handle: (channel: string, fn: unknown) => fake.ipcHandlers.set(channel, fn),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => fake.calls.push('protocol.registerSchemesAsPrivileged')),
      handle: (scheme: string, fn: unknown) => fake.protocolHandlers.set(scheme, fn),
    },
  }
})
vi.mock('electron-store', () => ({
  default: class {
    store = fake.storedConfig
    path = '/nonexistent/kiosk-config.json'
  },
}))

beforeEach(() => {
  vi.resetModules()
  fake.calls.length = 0
  fake.windows.length = 0
  fake.ipcHandlers.clear()
  fake.protocolHandlers.clear()
  fake.storedConfig = {}
  fake.logsDir = mkdtempSync(join(tmpdir(), 'kiosk-main-'))
  // No Secret Service reachable: the start must not need the keychain (no device secret before provisioning).
  vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', '')
})
afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(fake.logsDir, { recursive: true, force: true })
})

const importMain = () => import('../../../electron/main/index')

describe('electron/main/index.ts', () => {
  it('a second instance quits at once and starts nothing', async () => {
    fake.gotLock = false
    await importMain()
    expect(fake.calls).toEqual(['protocol.registerSchemesAsPrivileged', 'app.enableSandbox', 'app.quit'])
    expect(fake.windows).toHaveLength(0)
  })

  it('kiosk --provision runs the provisioning command and exits, without a window or the single-instance lock', async () => {
    fake.gotLock = true
    const argv = process.argv
    process.argv = [...argv, '--provision']
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      await importMain()
      // No FILE: the usage, exit code 2.
      await vi.waitFor(() =>
        expect((fake.app as unknown as { exit: () => void }).exit).toHaveBeenCalledWith(2),
      )
      expect(String(stderr.mock.calls[0]?.[0])).toContain('kiosk --provision ARCHIVO')
      expect(fake.windows).toHaveLength(0)
      expect(fake.calls).not.toContain('app.quit')
    } finally {
      process.argv = argv
      stderr.mockRestore()
    }
  })

  it('the first instance wires everything and opens app://kiosk/index.html', async () => {
    fake.gotLock = true
    await importMain()
    // Privileged scheme before ready, as Electron requires.
    expect(fake.calls.slice(0, 3)).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.whenReady',
    ])
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1))

    const [win] = fake.windows
    expect(win?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(win?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(win?.options.kiosk).toBe(true)
    expect(win?.loadURL).toHaveBeenCalledExactlyOnceWith('app://kiosk/index.html')
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(INVOKE_CHANNELS.map((c) => `kiosk:${c}`).sort())
    expect([...fake.protocolHandlers.keys()]).toEqual(['app'])
    expect(fake.app.listenerCount('web-contents-created')).toBe(1)
    expect(fake.app.listenerCount('second-instance')).toBe(1)

    // Every new webContents is hardened.
    const contents = new FakeWebContents()
    fake.app.emit('web-contents-created', {}, contents)
    const nav = { url: 'https://evil.example/', preventDefault: vi.fn() }
    contents.emit('will-navigate', nav)
    expect(nav.preventDefault).toHaveBeenCalled()

    const log = readFileSync(join(fake.logsDir, 'kiosk.log'), 'utf8')
    expect(log).toContain('kiosk starting')
    expect(log).not.toContain('device secret')

    // Quit: IPC unbound and services disposed before the real quit.
    const quitEvent = { preventDefault: vi.fn() }
    fake.app.emit('before-quit', quitEvent)
    expect(quitEvent.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(fake.calls).toContain('app.quit'))
    expect(fake.ipcHandlers.size).toBe(0)
  })

  it('an invalid configuration stops the start with a message for IT, and no window', async () => {
    fake.gotLock = true
    fake.storedConfig = { kioskId: 'has spaces', api: { baseUrl: 'ftp://x', timeoutMs: 1, retries: 0 } }
    await importMain()
    await vi.waitFor(() => expect(fake.errorBox).toHaveBeenCalled())
    const [title, message] = fake.errorBox.mock.calls.at(-1) as [string, string]
    expect(title).toBe('Cooperativa Kiosk')
    expect(message).toContain('/nonexistent/kiosk-config.json')
    expect(message).toContain('kioskId')
    expect(fake.windows).toHaveLength(0)
    expect(readFileSync(join(fake.logsDir, 'kiosk.log'), 'utf8')).toContain('kiosk failed to start')
  })
})
