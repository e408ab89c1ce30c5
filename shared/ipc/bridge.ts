import type { PublicConfig } from '../config/kiosk-config'
import type { EventChannel, InvokeChannel } from './channels'
import type { IpcEventPayload, IpcInput, IpcOutput } from './contract'
import type { Envelope } from './envelope'

/** The one object the preload exposes as `window.kiosk` (and the browser shell imitates over HTTP). */
export interface KioskBridge {
  invoke<C extends InvokeChannel>(channel: C, payload: IpcInput<C>): Promise<Envelope<IpcOutput<C>>>
  on<E extends EventChannel>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void
  /** The public configuration main handed over with the window (see boot-config.ts), when it did. */
  readonly bootConfig?: PublicConfig
}

export const BRIDGE_GLOBAL = 'kiosk'
