import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { bindIpc, isTrustedSender, sendEvent } from '../../../electron/main/ipc-binding'
import type { IpcRegistry } from '../../../electron/ipc/registry'
import { INVOKE_CHANNELS, wireName } from '../../../shared/ipc/channels'
import { ipcError } from '../../../shared/ipc/errors'

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown

function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  }
}

const APP_ORIGIN = 'app://kiosk'

interface FrameSpec {
  url?: string
  parent?: object | null
  frameToken?: string
  destroyed?: boolean
}
/** An invoke event from a frame; by default the main frame of a page on app://kiosk/. */
function eventFrom({
  url = 'app://kiosk/index.html',
  parent = null,
  frameToken = 'main',
  destroyed = false,
}: FrameSpec = {}) {
  const frame = { url, parent, frameToken, processId: 3, isDestroyed: () => destroyed }
  return {
    sender: { mainFrame: { processId: 3, frameToken: 'main' } },
    senderFrame: frame,
  } as unknown as IpcMainInvokeEvent
}

function setup() {
  const ipcMain = fakeIpcMain()
  const dispatch = vi.fn(async (channel: unknown, payload: unknown) => ({
    ok: true as const,
    data: { channel, payload },
  }))
  const registry: IpcRegistry = { dispatch }
  const log = { warn: vi.fn() }
  const unbind = bindIpc(ipcMain, registry, { appOrigin: APP_ORIGIN, log })
  const call = (channel: string, event: IpcMainInvokeEvent, payload: unknown = {}) => {
    const listener = ipcMain.handlers.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener(event, payload)
  }
  return { ipcMain, dispatch, unbind, call, log }
}

describe('bindIpc', () => {
  it('registers exactly the contract channels under their wire names', () => {
    const { ipcMain } = setup()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(INVOKE_CHANNELS.map((c) => `kiosk:${c}`).sort())
  })

  it('dispatches a call from the app main frame to the registry', async () => {
    const { call, dispatch } = setup()
    const payload = { idNumber: '1234567' }
    await expect(call(wireName('auth.lookup'), eventFrom(), payload)).resolves.toEqual({
      ok: true,
      data: { channel: 'auth.lookup', payload },
    })
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('auth.lookup', payload)
  })

  it.each([
    ['a foreign-origin main frame', { url: 'https://evil.example/' }],
    ['a file:// page', { url: 'file:///tmp/evil.html' }],
    ['a look-alike host', { url: 'app://kiosk.evil/index.html' }],
    ['a sub-frame of the app', { parent: { url: 'app://kiosk/index.html' }, frameToken: 'child' }],
    ['a top frame that is not the main frame', { frameToken: 'other' }],
    ['a destroyed frame', { destroyed: true }],
  ])('refuses %s with FORBIDDEN without calling the registry', async (_name, frame) => {
    const { call, dispatch, log } = setup()
    await expect(call(wireName('member.summary'), eventFrom(frame))).resolves.toEqual({
      ok: false,
      error: ipcError('FORBIDDEN'),
    })
    expect(dispatch).not.toHaveBeenCalled()
    expect(log.warn).toHaveBeenCalledOnce()
  })

  it('refuses a call whose frame is already gone', async () => {
    const { call, dispatch } = setup()
    const event = { sender: { mainFrame: {} }, senderFrame: null } as unknown as IpcMainInvokeEvent
    await expect(call(wireName('config.get'), event)).resolves.toEqual({
      ok: false,
      error: ipcError('FORBIDDEN'),
    })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('unbinds every channel', () => {
    const { ipcMain, unbind } = setup()
    unbind()
    expect(ipcMain.handlers.size).toBe(0)
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(INVOKE_CHANNELS.length)
  })
})

describe('isTrustedSender', () => {
  it('treats a frame that throws on access as untrusted', () => {
    const frame = {
      isDestroyed: () => false,
      get parent(): null {
        throw new Error('Render frame was disposed')
      },
    }
    expect(
      isTrustedSender({ sender: {}, senderFrame: frame } as unknown as IpcMainInvokeEvent, APP_ORIGIN),
    ).toBe(false)
  })
})

describe('sendEvent', () => {
  it('validates the payload and sends it under the wire name to the current page', () => {
    const contents = { send: vi.fn(), isDestroyed: () => false }
    const emit = sendEvent(() => contents)
    emit('session.ended', { reason: 'expired' })
    expect(contents.send).toHaveBeenCalledExactlyOnceWith('kiosk:session.ended', { reason: 'expired' })
    expect(() => emit('session.ended', { reason: 'bogus' } as never)).toThrow()
    expect(contents.send).toHaveBeenCalledOnce()
  })

  it('drops events while there is no live page', () => {
    const gone = { send: vi.fn(), isDestroyed: () => true }
    sendEvent(() => gone)('session.ended', { reason: 'logout' })
    sendEvent(() => undefined)('session.ended', { reason: 'logout' })
    expect(gone.send).not.toHaveBeenCalled()
  })
})
