import type { InvokeChannel } from './channels'

/**
 * How the browser shell carries the IPC contract over loopback HTTP, for the renderer's HTTP bridge
 * (used when no preload exposed `window.kiosk`):
 * - invoke: `POST ipcPath(channel)` with the JSON payload, header `BRIDGE_HEADER: '1'`, same-origin
 *   credentials; the response body is the Envelope (200), or an IpcError envelope on refusal (401/403).
 * - events: `new EventSource(EVENTS_PATH)`; each message is named after the event channel and its data
 *   is the JSON payload.
 */
export const HTTP_BRIDGE = {
  header: 'x-kiosk-bridge',
  headerValue: '1',
  eventsPath: '/events',
  ipcPrefix: '/ipc/',
  ipcPath: (channel: InvokeChannel): string => `/ipc/${channel}`,
} as const
