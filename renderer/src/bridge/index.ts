import { z } from 'zod'
import type { KioskBridge } from '@shared/ipc/bridge'
import type { EventChannel, InvokeChannel } from '@shared/ipc/channels'
import {
  IPC_CONTRACT,
  IPC_EVENTS,
  type IpcEventPayload,
  type IpcInput,
  type IpcOutput,
} from '@shared/ipc/contract'
import { envelopeSchema } from '@shared/ipc/envelope'
import { ipcError, type IpcError } from '@shared/ipc/errors'
import { createHttpBridge } from './http-transport'
import { IpcFailure } from './ipc-failure'

export { IpcFailure, toIpcError } from './ipc-failure'

// zod probes for `new Function` to compile fast parsers; the renderer's CSP forbids eval, so say no upfront.
z.config({ jitless: true })

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

const envelopeSchemas = new Map<InvokeChannel, ReturnType<typeof envelopeSchema>>()
function envelopeFor(channel: InvokeChannel) {
  let schema = envelopeSchemas.get(channel)
  if (!schema) {
    schema = envelopeSchema(IPC_CONTRACT[channel].output)
    envelopeSchemas.set(channel, schema)
  }
  return schema
}

/** Calls a channel; resolves to its data or throws an IpcFailure. The answer is checked against the contract. */
export async function call<C extends InvokeChannel>(channel: C, payload: IpcInput<C>): Promise<IpcOutput<C>> {
  let raw: unknown
  try {
    raw = await getBridge().invoke(channel, payload)
  } catch {
    raw = { ok: false, error: ipcError('API_UNREACHABLE') }
  }
  const parsed = envelopeFor(channel).safeParse(raw)
  const envelope = parsed.success ? parsed.data : { ok: false as const, error: ipcError('INTERNAL') }
  if (envelope.ok) return envelope.data as IpcOutput<C>
  for (const listener of failureListeners) listener(envelope.error, channel)
  throw new IpcFailure(envelope.error)
}

/** Subscribes to an event from main; payloads outside the contract are dropped. Returns the unsubscribe. */
export function onEvent<E extends EventChannel>(
  event: E,
  listener: (payload: IpcEventPayload<E>) => void,
): () => void {
  return getBridge().on(event, (payload: unknown) => {
    const parsed = IPC_EVENTS[event].safeParse(payload)
    if (parsed.success) listener(parsed.data as IpcEventPayload<E>)
  })
}
