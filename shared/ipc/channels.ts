import { IPC_CONTRACT, IPC_EVENTS, type EventChannel, type InvokeChannel } from './contract'
import type { AllowList } from './wire'

export { IPC_PREFIX, wireName } from './wire'
export type { EventChannel, InvokeChannel } from './contract'

/** Channel names, derived from the service declarations (shared/ipc/services). */
export const INVOKE_CHANNELS = Object.keys(IPC_CONTRACT) as readonly InvokeChannel[]
export const EVENT_CHANNELS = Object.keys(IPC_EVENTS) as readonly EventChannel[]

export function isInvokeChannel(c: unknown): c is InvokeChannel {
  return typeof c === 'string' && Object.hasOwn(IPC_CONTRACT, c)
}
export function isEventChannel(c: unknown): c is EventChannel {
  return typeof c === 'string' && Object.hasOwn(IPC_EVENTS, c)
}

/** What the preload lets through: exactly the declared channels. */
export const PRELOAD_ALLOW_LIST: AllowList = { invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS }
