/**
 * The sandboxed preload: one CommonJS file that may only require `electron`, so it imports plain data
 * and types alone. Its allow-list is the declared channels, written in at build time
 * (electron.vite.config.ts) because the declarations themselves carry zod. It exposes exactly one
 * object, `window.kiosk`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { bootConfigFromArgv } from '../../shared/ipc/boot-config'
import { BRIDGE_GLOBAL, type KioskBridge } from '../../shared/ipc/bridge'
import { ipcError } from '../../shared/ipc/errors'
import { wireName } from '../../shared/ipc/wire'

const invokable = new Set(__KIOSK_ALLOW_LIST__.invoke)
const events = new Set(__KIOSK_ALLOW_LIST__.events)
// Main appends it to this renderer's argv (webPreferences.additionalArguments, see main/window.ts).
const bootConfig = bootConfigFromArgv(process.argv)

const bridge: KioskBridge = {
  invoke: (channel, payload) =>
    invokable.has(channel)
      ? ipcRenderer.invoke(wireName(channel), payload)
      : Promise.resolve({ ok: false, error: ipcError('FORBIDDEN') }),
  on(event, listener) {
    if (!events.has(event)) throw new Error(`kiosk: unknown event ${String(event)}`)
    // The IpcRendererEvent stays here: it exposes `sender`, i.e. ipcRenderer itself.
    const relay = (_e: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload)
    ipcRenderer.on(wireName(event), relay)
    return () => void ipcRenderer.removeListener(wireName(event), relay)
  },
  ...(bootConfig && { bootConfig }),
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge)
