import { EventEmitter } from 'node:events'
import type { BrowserWindow, Session, WebContents } from 'electron'
import { vi } from 'vitest'

/** A stand-in for Electron's Session that records the handlers it is given. */
export class FakeSession {
  permissionRequest?: Parameters<Session['setPermissionRequestHandler']>[0]
  permissionCheck?: Parameters<Session['setPermissionCheckHandler']>[0]
  devicePermission?: Parameters<Session['setDevicePermissionHandler']>[0]
  setPermissionRequestHandler = (h: FakeSession['permissionRequest']) => void (this.permissionRequest = h)
  setPermissionCheckHandler = (h: FakeSession['permissionCheck']) => void (this.permissionCheck = h)
  setDevicePermissionHandler = (h: FakeSession['devicePermission']) => void (this.devicePermission = h)
}

/** A stand-in for Electron's WebContents: a real EventEmitter plus the methods main calls. */
export class FakeWebContents extends EventEmitter {
  session = new FakeSession()
  url = 'app://kiosk/index.html'
  destroyed = false
  windowOpenHandler?: Parameters<WebContents['setWindowOpenHandler']>[0]
  mainFrame = { processId: 7, frameToken: 'main-token' }
  setWindowOpenHandler = (h: FakeWebContents['windowOpenHandler']) => void (this.windowOpenHandler = h)
  setVisualZoomLevelLimits = vi.fn(() => Promise.resolve())
  send = vi.fn()
  reload = vi.fn()
  loadURL = vi.fn((url: string) => {
    this.url = url
    return Promise.resolve()
  })
  getURL = () => this.url
  forcefullyCrashRenderer = vi.fn()
  isDestroyed = () => this.destroyed
  asElectron = () => this as unknown as WebContents
}

export class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents()
  destroyed = false
  isDestroyed = () => this.destroyed
  asElectron = () => this as unknown as BrowserWindow
}

/** The event object Electron passes to will-navigate / will-redirect listeners. */
export const navigationEvent = (url: string) => ({ url, preventDefault: vi.fn() })

export const silentLog = () => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() })
