import type { ServerResponse } from 'node:http'
import type { EventChannel } from '../../shared/ipc/channels'
import { SECURITY_HEADERS } from './security-headers'

/** The open Server-Sent Events streams of the browser shell. */
export interface EventStreams {
  open(res: ServerResponse, onClose: (listener: () => void) => void): void
  send(event: EventChannel, payload: unknown): void
  readonly size: number
  closeAll(): void
}

export function createEventStreams(heartbeatMs: number): EventStreams {
  const streams = new Set<ServerResponse>()
  // Comment lines keep idle connections from being dropped by anything in between.
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs)
  heartbeat.unref()

  function write(frame: string) {
    for (const res of streams) if (!res.writableEnded) res.write(frame)
  }

  return {
    open(res, onClose) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
      res.write(': connected\nretry: 2000\n\n')
      streams.add(res)
      onClose(() => streams.delete(res))
    },
    send(event, payload) {
      write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
    },
    get size() {
      return streams.size
    },
    closeAll() {
      clearInterval(heartbeat)
      for (const res of streams) res.end()
      streams.clear()
    },
  }
}
