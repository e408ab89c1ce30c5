import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { KioskConfigSchema, toPublicConfig } from '../../shared/config/kiosk-config'
import { bootConfigFromArgv } from '../../shared/ipc/boot-config'
import { createKioskWindow, kioskWindowOptions } from './window'

const kioskMode = { kiosk: { fullscreen: true, devTools: false } }
const devMode = { kiosk: { fullscreen: false, devTools: true } }

describe('kioskWindowOptions', () => {
  it('keeps the renderer sandboxed and isolated, with the preload path given', () => {
    const web = kioskWindowOptions(kioskMode, '/app/out/preload/index.cjs').webPreferences
    expect(web).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    })
  })

  it('is fullscreen kiosk, frameless and without devtools in kiosk mode', () => {
    const o = kioskWindowOptions(kioskMode, '/p.cjs')
    expect(o).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      show: false,
    })
    expect(o.webPreferences?.devTools).toBe(false)
    expect(o.closable).toBe(false)
  })

  it('follows the config in a windowed developer setup, still frameless and sandboxed', () => {
    const o = kioskWindowOptions(devMode, '/p.cjs')
    expect(o).toMatchObject({ kiosk: false, fullscreen: false, frame: false })
    expect(o.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true })
  })
})

describe('kioskWindowOptions with the boot configuration', () => {
  it('hands the public configuration to the preload as one extra argument, and nothing without it', () => {
    const boot = toPublicConfig(KioskConfigSchema.parse({}))
    const args = kioskWindowOptions(kioskMode, '/p.cjs', boot).webPreferences?.additionalArguments ?? []
    expect(args).toHaveLength(1)
    expect(bootConfigFromArgv(args)).toEqual(boot)
    expect(kioskWindowOptions(kioskMode, '/p.cjs').webPreferences).not.toHaveProperty('additionalArguments')
  })
})

describe('kioskWindowOptions in teller mode', () => {
  it('is a normal framed window that can be resized, minimised and closed, whatever kiosk.fullscreen says', () => {
    const o = kioskWindowOptions({ ...kioskMode, mode: 'teller' }, '/p.cjs')
    expect(o).toMatchObject({
      kiosk: false,
      fullscreen: false,
      frame: true,
      resizable: true,
      minimizable: true,
      maximizable: true,
      closable: true,
    })
  })

  it('keeps the renderer exactly as sandboxed as in kiosk mode', () => {
    const teller = kioskWindowOptions({ ...kioskMode, mode: 'teller' }, '/p.cjs').webPreferences
    expect(teller).toEqual(kioskWindowOptions(kioskMode, '/p.cjs').webPreferences)
  })
})

describe('createKioskWindow', () => {
  it('creates the window hidden and shows it once it is ready to show', () => {
    const made: { options: BrowserWindowConstructorOptions; listeners: Map<string, () => void> }[] = []
    const show = vi.fn()
    const focus = vi.fn()
    class FakeBrowserWindow {
      listeners = new Map<string, () => void>()
      constructor(readonly options: BrowserWindowConstructorOptions) {
        made.push(this)
      }
      once(event: 'ready-to-show', listener: () => void) {
        this.listeners.set(event, listener)
        return this
      }
      show = show
      focus = focus
    }
    createKioskWindow(FakeBrowserWindow, kioskMode, '/p.cjs')
    createKioskWindow(FakeBrowserWindow, { ...kioskMode, mode: 'teller' }, '/p.cjs')
    expect(made[1]?.options).toMatchObject({ frame: true, kiosk: false, show: false })
    made.pop()
    expect(made).toHaveLength(1)
    expect(made[0]?.options.show).toBe(false)
    expect(show).not.toHaveBeenCalled()
    made[0]?.listeners.get('ready-to-show')?.()
    expect(show).toHaveBeenCalledOnce()
    expect(focus).toHaveBeenCalledOnce()
  })
})
