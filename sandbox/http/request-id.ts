import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Accepted incoming ids: short and free of anything that could forge log lines or headers. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/

/** The caller's `x-request-id` when well-formed (so the kiosk can correlate), else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id']
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
}
