import type { KioskBridge } from '@shared/ipc/bridge'
import type { EventChannel, InvokeChannel } from '@shared/ipc/channels'
import type { IpcEventPayload, IpcInput, IpcOutput } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import { ipcError, isIpcError, type IpcError } from '@shared/ipc/errors'
import type { ServiceClient } from '@shared/ipc/service'
import type { KioskService } from '@shared/ipc/services'
import { createHttpBridge } from './http-transport'
import { IpcFailure } from './ipc-failure'

export { IpcFailure, toIpcError } from './ipc-failure'

/**
 * The renderer's only way to main. `window.kiosk` (Electron preload) when present, else HTTP (browser
 * shell). Tests swap the transport with `setBridge`.
 */
let bridge: KioskBridge | null = null

export function getBridge(): KioskBridge {
  bridge ??= window.kiosk ?? createHttpBridge()
  return bridge
}

/** Replaces the transport (tests, or a future shell); `null` goes back to auto-detection. */
export function setBridge(next: KioskBridge | null): void {
  bridge = next
}

type FailureListener = (error: IpcError, channel: InvokeChannel) => void
const failureListeners = new Set<FailureListener>()

/** Every failed call is reported here, so the app can end a session the API no longer knows about. */
export function onIpcFailure(listener: FailureListener): () => void {
  failureListeners.add(listener)
  return () => failureListeners.delete(listener)
}

/**
 * The envelope as main sent it. Main is the validating boundary (payloads, results and events are
 * checked against the declared schemas there), so the renderer carries types only, no zod: this just
 * keeps a garbled answer from a broken transport from being taken for data.
 */
function asEnvelope(raw: unknown): Envelope<unknown> {
  if (typeof raw === 'object' && raw !== null) {
    const answer = raw as { ok?: unknown; data?: unknown; error?: unknown }
    if (answer.ok === true && 'data' in answer) return { ok: true, data: answer.data }
    if (answer.ok === false && isIpcError(answer.error)) return { ok: false, error: answer.error }
  }
  return { ok: false, error: ipcError('INTERNAL') }
}

/** Calls a channel; resolves to its data or throws an IpcFailure. */
export async function call<C extends InvokeChannel>(channel: C, payload: IpcInput<C>): Promise<IpcOutput<C>> {
  let raw: unknown
  try {
    raw = await getBridge().invoke(channel, payload)
  } catch {
    raw = { ok: false, error: ipcError('API_UNREACHABLE') }
  }
  const envelope = asEnvelope(raw)
  if (envelope.ok) return envelope.data as IpcOutput<C>
  for (const listener of failureListeners) listener(envelope.error, channel)
  throw new IpcFailure(envelope.error)
}

/** Subscribes to an event from main (which validated its payload). Returns the unsubscribe. */
export function onEvent<E extends EventChannel>(
  event: E,
  listener: (payload: IpcEventPayload<E>) => void,
): () => void {
  return getBridge().on(event, listener)
}

type ServiceNamed<N extends KioskService['name']> = Extract<KioskService, { name: N }>

/**
 * A typed client of one declared service, e.g. `serviceClient('credentials').changeUsername({ username })`.
 * Built from the name alone (a Proxy), so the declarations stay types here and zod stays out of the
 * bundle; each method is `call('<service>.<method>', input)`, failures reported as for any call.
 */
export function serviceClient<N extends KioskService['name']>(name: N): ServiceClient<ServiceNamed<N>> {
  return new Proxy({} as ServiceClient<ServiceNamed<N>>, {
    get(_target, method) {
      // Not a thenable: awaiting the client must not turn into a call.
      if (typeof method !== 'string' || method === 'then') return undefined
      return (input: unknown) => call(`${name}.${method}` as InvokeChannel, input as never)
    },
  })
}
