import { EventEmitter } from 'node:events'
import type { App } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createCrashLoopGuard } from '../../../electron/main/crash-loop-guard'
import { installGracefulQuit, superviseWindow } from '../../../electron/main/lifecycle'
import { MAINTENANCE_URL } from '../../../electron/main/maintenance-page'
import { claimSingleInstance, focusWindow } from '../../../electron/main/single-instance'
import { FakeWindow, silentLog } from './fakes'

function supervised() {
  let t = 0
  const win = new FakeWindow()
  const deps = {
    log: silentLog(),
    guard: createCrashLoopGuard({ now: () => t }),
    recreate: vi.fn(),
    quit: vi.fn(),
  }
  superviseWindow(win.asElectron(), deps)
  const crash = () => win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
  return { win, deps, crash, advance: (ms: number) => void (t += ms) }
}

describe('superviseWindow', () => {
  it('reloads the page when the renderer process is gone, and logs why', () => {
    const { win, deps, crash } = supervised()
    crash()
    expect(win.webContents.reload).toHaveBeenCalledOnce()
    expect(deps.log.error).toHaveBeenCalledWith({ reason: 'crashed', exitCode: 139 }, expect.any(String))
  })

  it('recreates the window when it was destroyed with the page', () => {
    const { win, deps, crash } = supervised()
    win.destroyed = true
    crash()
    expect(deps.recreate).toHaveBeenCalledExactlyOnceWith('app://kiosk/index.html')
  })

  it('shows the maintenance page on the fourth crash within a minute', () => {
    const { win, crash, advance } = supervised()
    for (let i = 0; i < 3; i++) {
      crash()
      advance(10_000)
    }
    expect(win.webContents.reload).toHaveBeenCalledTimes(3)
    crash()
    expect(win.webContents.reload).toHaveBeenCalledTimes(3)
    expect(win.webContents.loadURL).toHaveBeenCalledExactlyOnceWith(MAINTENANCE_URL)
  })

  it('keeps reloading when crashes are spread out', () => {
    const { win, crash, advance } = supervised()
    for (let i = 0; i < 6; i++) {
      crash()
      advance(30_000)
    }
    expect(win.webContents.reload).toHaveBeenCalledTimes(6)
    expect(win.webContents.loadURL).not.toHaveBeenCalled()
  })

  it('quits when the maintenance page itself keeps crashing', () => {
    const { win, deps, crash } = supervised()
    for (let i = 0; i < 4; i++) crash()
    expect(win.webContents.getURL()).toBe(MAINTENANCE_URL)
    crash()
    expect(deps.quit).toHaveBeenCalledOnce()
  })

  it('restarts a hung renderer in a fresh process, counting it once', () => {
    const { win, deps } = supervised()
    win.emit('unresponsive')
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce()
    expect(win.webContents.reload).toHaveBeenCalledOnce()
    // The kill raises render-process-gone; it must not reload a second time.
    win.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 })
    expect(win.webContents.reload).toHaveBeenCalledOnce()
    expect(deps.recreate).not.toHaveBeenCalled()
  })
})

describe('installGracefulQuit', () => {
  function fakeApp() {
    const app = Object.assign(new EventEmitter(), {
      quit: vi.fn(() => {
        const event = { preventDefault: vi.fn() }
        app.emit('before-quit', event)
        return event
      }),
    })
    return app
  }
  const asApp = (a: ReturnType<typeof fakeApp>) => a as unknown as Pick<App, 'on' | 'quit'>

  it('holds the first quit until cleanup is done, then quits for real', async () => {
    const app = fakeApp()
    let finish!: () => void
    const cleanup = vi.fn(() => new Promise<void>((r) => (finish = r)))
    installGracefulQuit(asApp(app), cleanup, { log: silentLog() })

    const first = { preventDefault: vi.fn() }
    app.emit('before-quit', first)
    expect(first.preventDefault).toHaveBeenCalled()
    const again = { preventDefault: vi.fn() }
    app.emit('before-quit', again)
    expect(again.preventDefault).toHaveBeenCalled()
    expect(cleanup).toHaveBeenCalledOnce()

    finish()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce())
    expect(app.quit.mock.results[0]?.value.preventDefault).not.toHaveBeenCalled()
  })

  it('quits even when cleanup fails or hangs', async () => {
    const failing = fakeApp()
    installGracefulQuit(asApp(failing), () => Promise.reject(new Error('api down')), { log: silentLog() })
    failing.emit('before-quit', { preventDefault: vi.fn() })
    await vi.waitFor(() => expect(failing.quit).toHaveBeenCalledOnce())

    const hanging = fakeApp()
    const log = silentLog()
    installGracefulQuit(asApp(hanging), () => new Promise<void>(() => {}), { log, timeoutMs: 20 })
    hanging.emit('before-quit', { preventDefault: vi.fn() })
    await vi.waitFor(() => expect(hanging.quit).toHaveBeenCalledOnce())
    expect(log.error).toHaveBeenCalledWith({ timeoutMs: 20 }, expect.stringContaining('timed out'))
  })
})

describe('claimSingleInstance', () => {
  function fakeApp(gotLock: boolean) {
    return Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => gotLock, quit: vi.fn() })
  }
  const asApp = (a: ReturnType<typeof fakeApp>) =>
    a as unknown as Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>

  it('quits the second instance at once', () => {
    const app = fakeApp(false)
    const focus = vi.fn()
    expect(claimSingleInstance(asApp(app), focus)).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.listenerCount('second-instance')).toBe(0)
  })

  it('lets the first instance focus its window when another one starts', () => {
    const app = fakeApp(true)
    const focus = vi.fn()
    expect(claimSingleInstance(asApp(app), focus)).toBe(true)
    expect(app.quit).not.toHaveBeenCalled()
    app.emit('second-instance', {}, ['kiosk'], '/')
    expect(focus).toHaveBeenCalledOnce()
  })

  it('focusWindow restores, shows and focuses a live window and ignores a missing one', () => {
    const win = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    }
    focusWindow(win)
    expect(win.restore).toHaveBeenCalledOnce()
    expect(win.focus).toHaveBeenCalledOnce()
    expect(() => focusWindow(undefined)).not.toThrow()
  })
})
