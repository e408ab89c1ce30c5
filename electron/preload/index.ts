/**
 * The sandboxed preload: one CommonJS file that may only require `electron`, so it imports plain data
 * (channel lists) and types alone. It exposes exactly one object, `window.kiosk`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { BRIDGE_GLOBAL, type KioskBridge } from '../../shared/ipc/bridge'
import { isEventChannel, isInvokeChannel, wireName } from '../../shared/ipc/channels'
import type { IpcError } from '../../shared/ipc/errors'

// Mirrors ipcError('FORBIDDEN'), which cannot be imported here: errors.ts pulls in zod.
const FORBIDDEN: IpcError = { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN', retryable: false }

const bridge: KioskBridge = {
  invoke: (channel, payload) =>
    isInvokeChannel(channel)
      ? ipcRenderer.invoke(wireName(channel), payload)
      : Promise.resolve({ ok: false, error: FORBIDDEN }),
  on(event, listener) {
    if (!isEventChannel(event)) throw new Error(`kiosk: unknown event ${String(event)}`)
    // The IpcRendererEvent stays here: it exposes `sender`, i.e. ipcRenderer itself.
    const relay = (_e: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload)
    ipcRenderer.on(wireName(event), relay)
    return () => void ipcRenderer.removeListener(wireName(event), relay)
  },
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge)
