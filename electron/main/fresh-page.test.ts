import { EventEmitter } from 'node:events'
import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { endSessionOnNewDocument } from './fresh-page'

// Electron cannot run here; nothing of it but types may be reached.
vi.mock('electron', () => ({}))

/** A stand-in for the kiosk window's webContents: only its events matter here. */
function fakeContents() {
  const emitter = new EventEmitter()
  const contents = emitter as unknown as Pick<WebContents, 'on'>
  // Electron 45 passes one details object (plus deprecated positional copies of its fields).
  const navigate = (isMainFrame: boolean, isSameDocument: boolean, url = 'app://kiosk/index.html') =>
    emitter.emit(
      'did-start-navigation',
      { url, isMainFrame, isSameDocument },
      url,
      isSameDocument,
      isMainFrame,
    )
  return { contents, navigate }
}
const log = { info: vi.fn(), error: vi.fn() }

describe('endSessionOnNewDocument', () => {
  it('ends the session when the main frame starts a new document: load, reload, crash recovery', () => {
    const { contents, navigate } = fakeContents()
    const onRendererStarted = vi.fn(async () => {})
    endSessionOnNewDocument(contents, onRendererStarted, log)
    navigate(true, false)
    expect(onRendererStarted).toHaveBeenCalledTimes(1)
    // The reload after a crash (lifecycle.ts) or the maintenance page is one more new document.
    navigate(true, false, 'data:text/html,maintenance')
    expect(onRendererStarted).toHaveBeenCalledTimes(2)
  })

  it('keeps the session for same-document (router) and sub-frame navigations', () => {
    const { contents, navigate } = fakeContents()
    const onRendererStarted = vi.fn(async () => {})
    endSessionOnNewDocument(contents, onRendererStarted, log)
    navigate(true, true, 'app://kiosk/index.html#/home')
    navigate(false, false, 'app://kiosk/frame.html')
    navigate(false, true)
    expect(onRendererStarted).not.toHaveBeenCalled()
  })

  it('logs a failure to end the session instead of throwing into Electron', async () => {
    const { contents, navigate } = fakeContents()
    const error = vi.fn()
    endSessionOnNewDocument(contents, () => Promise.reject(new Error('api down')), { info: vi.fn(), error })
    navigate(true, false)
    await new Promise((settled) => setImmediate(settled))
    expect(error).toHaveBeenCalledWith({ err: 'api down' }, expect.any(String))
  })
})
