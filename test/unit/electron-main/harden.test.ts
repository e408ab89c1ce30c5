import type { Input } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hardenWebContents } from '../../../electron/main/harden'
import { FakeWebContents, navigationEvent, silentLog } from './fakes'

let contents: FakeWebContents
let log: ReturnType<typeof silentLog>

beforeEach(() => {
  contents = new FakeWebContents()
  log = silentLog()
  hardenWebContents(contents.asElectron(), log)
})

const keyDown = (key: string, mods: Partial<Input> = {}) => {
  const event = { preventDefault: vi.fn() }
  const input = { type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...mods }
  contents.emit('before-input-event', event, input)
  return event.preventDefault
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])(
    '%s: refuses other origins and stays inside app://kiosk/',
    (name) => {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html']) {
        const event = navigationEvent(url)
        contents.emit(name, event)
        expect(event.preventDefault, url).toHaveBeenCalledOnce()
      }
      for (const url of ['app://kiosk/index.html', 'app://kiosk/__kiosk/maintenance.html']) {
        const event = navigationEvent(url)
        contents.emit(name, event)
        expect(event.preventDefault, url).not.toHaveBeenCalled()
      }
    },
  )

  it('logs a refused navigation by origin only, never the full URL', () => {
    contents.emit('will-navigate', navigationEvent('https://evil.example/steal?token=abc'))
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain('token=abc')
    expect(JSON.stringify(log.warn.mock.calls)).toContain('https://evil.example')
  })

  it('denies every window.open', () => {
    const handler = contents.windowOpenHandler
    expect(handler).toBeDefined()
    for (const url of ['https://evil.example/', 'app://kiosk/index.html']) {
      expect(handler?.({ url } as Parameters<NonNullable<typeof handler>>[0])).toEqual({ action: 'deny' })
    }
  })

  it('refuses <webview>', () => {
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('answers every permission request and check with false', () => {
    const callback = vi.fn()
    const { permissionRequest, permissionCheck, devicePermission } = contents.session
    type ReqArgs = Parameters<NonNullable<typeof permissionRequest>>
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'] as const) {
      permissionRequest?.(contents.asElectron(), permission, callback, {} as ReqArgs[3])
    }
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]])
    type CheckArgs = Parameters<NonNullable<typeof permissionCheck>>
    expect(permissionCheck?.(null, 'media', 'app://kiosk', {} as CheckArgs[3])).toBe(false)
    type DeviceArgs = Parameters<NonNullable<typeof devicePermission>>
    expect(devicePermission?.({} as DeviceArgs[0])).toBe(false)
  })

  it('pins the visual zoom (pinch) at 1', () => {
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1)
  })

  it('prevents escape shortcuts', () => {
    expect(keyDown('F5')).toHaveBeenCalled()
    expect(keyDown('r', { control: true })).toHaveBeenCalled()
    expect(keyDown('I', { control: true, shift: true })).toHaveBeenCalled()
    expect(keyDown('F4', { alt: true })).toHaveBeenCalled()
    expect(keyDown('Alt', { alt: true })).toHaveBeenCalled()
    expect(keyDown('+', { control: true })).toHaveBeenCalled()
  })

  it('lets ordinary typing through', () => {
    for (const key of ['1', '0', '9', 'a', 'Z', 'Backspace', 'Enter', 'Tab']) {
      expect(keyDown(key), key).not.toHaveBeenCalled()
    }
  })
})
