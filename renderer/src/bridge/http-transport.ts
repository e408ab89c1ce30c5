import type { EventChannel, InvokeChannel } from '@shared/ipc/channels'
import type { IpcEventPayload, IpcOutput } from '@shared/ipc/contract'
import { BOOT_CONFIG_ELEMENT_ID, bootConfigFromText } from '@shared/ipc/boot-config'
import type { KioskBridge } from '@shared/ipc/bridge'
import type { Envelope } from '@shared/ipc/envelope'
import { ipcError } from '@shared/ipc/errors'
import { HTTP_BRIDGE } from '@shared/ipc/http-bridge'

export interface HttpBridgeOptions {
  /** Origin of the shell; '' (the default) means the page's own origin. */
  baseUrl?: string
  /** Longer than main's own API timeout × retries, so main normally answers first with a precise code. */
  timeoutMs?: number
  fetch?: typeof fetch
  EventSource?: typeof EventSource
}

/**
 * The browser shell's stand-in for the Electron preload: the same KioskBridge over loopback HTTP
 * (protocol in shared/ipc/http-bridge.ts). Answers are Envelopes whatever the HTTP status; transport
 * failures become retryable IpcErrors.
 */
export function createHttpBridge(options: HttpBridgeOptions = {}): KioskBridge {
  const baseUrl = options.baseUrl ?? ''
  const timeoutMs = options.timeoutMs ?? 60_000
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource
  let events: EventSource | null = null

  async function invoke<C extends InvokeChannel>(
    channel: C,
    payload: unknown,
  ): Promise<Envelope<IpcOutput<C>>> {
    let res: Response
    try {
      res = await doFetch(`${baseUrl}${HTTP_BRIDGE.ipcPath(channel)}`, {
        method: 'POST',
        // The custom header makes this a non-simple request: another origin cannot forge it without CORS.
        headers: { 'content-type': 'application/json', [HTTP_BRIDGE.header]: HTTP_BRIDGE.headerValue },
        credentials: 'same-origin',
        cache: 'no-store',
        body: JSON.stringify(payload ?? {}),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (e) {
      const timedOut = e instanceof DOMException && e.name === 'TimeoutError'
      return { ok: false, error: ipcError(timedOut ? 'API_TIMEOUT' : 'API_UNREACHABLE') }
    }
    try {
      // Shape is checked by `call()` against the contract; here we only need JSON.
      return (await res.json()) as Envelope<IpcOutput<C>>
    } catch {
      return { ok: false, error: ipcError(res.status >= 500 ? 'SERVER_ERROR' : 'INTERNAL') }
    }
  }

  function on<E extends EventChannel>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void {
    // One stream for all events, opened on first use; EventSource reconnects by itself.
    events ??= new EventSourceImpl(`${baseUrl}${HTTP_BRIDGE.eventsPath}`)
    const handler = (e: MessageEvent<string>) => {
      let data: unknown
      try {
        data = JSON.parse(e.data)
      } catch {
        return
      }
      listener(data as IpcEventPayload<E>)
    }
    const source = events
    source.addEventListener(event, handler as EventListener)
    return () => source.removeEventListener(event, handler as EventListener)
  }

  // The browser shell writes the public configuration into the page it serves (server.ts).
  const bootConfig = bootConfigFromText(
    globalThis.document?.getElementById(BOOT_CONFIG_ELEMENT_ID)?.textContent,
  )
  return { invoke, on, ...(bootConfig && { bootConfig }) }
}
