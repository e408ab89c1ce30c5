import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { INVOKE_CHANNELS, wireName, type EventChannel } from '../../shared/ipc/channels'
import { ipcError } from '../../shared/ipc/errors'
import { validatedEmitter, type EmitEvent, type IpcRegistry } from '../ipc/registry'
import { isInsideOrigin } from './app-origin'

export interface BindIpcOptions {
  /** e.g. `app://kiosk`: only the main frame of a page from this origin may call. */
  appOrigin: string
  log?: { warn(obj: object, msg: string): void }
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>

/**
 * The sender check: the calling frame still exists, is the top frame of its webContents (not an
 * iframe that slipped past the CSP) and shows a page of our own origin.
 */
export function isTrustedSender(event: SenderEvent, appOrigin: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  try {
    if (frame.isDestroyed() || frame.parent !== null) return false
    const main = event.sender.mainFrame
    if (frame.processId !== main.processId || frame.frameToken !== main.frameToken) return false
    return isInsideOrigin(frame.url, appOrigin)
  } catch {
    // A frame torn down mid-call throws on access: not a sender we can vouch for.
    return false
  }
}

/** One ipcMain.handle per contract channel; the registry validates payloads and results. */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  registry: IpcRegistry,
  { appOrigin, log }: BindIpcOptions,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(wireName(channel), async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event, appOrigin)) {
        log?.warn({ channel }, 'ipc: call from an untrusted frame refused')
        return { ok: false, error: ipcError('FORBIDDEN') }
      }
      return registry.dispatch(channel, payload)
    })
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(wireName(channel))
  }
}

/**
 * The Electron transport for main → renderer events. Takes a getter because the window can be
 * recreated after a renderer crash; events for a missing or destroyed page are dropped.
 */
export function sendEvent(target: () => Pick<WebContents, 'send' | 'isDestroyed'> | undefined): EmitEvent {
  return validatedEmitter((event: EventChannel, payload: unknown) => {
    const contents = target()
    if (contents && !contents.isDestroyed()) contents.send(wireName(event), payload)
  })
}
