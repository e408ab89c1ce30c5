/**
 * Channel names, as plain data so the sandboxed preload can bundle its allow-list without zod.
 * `contract.ts` must give a schema for exactly these names (checked by the compiler).
 */
export const IPC_PREFIX = 'kiosk:'

export const INVOKE_CHANNELS = [
  'config.get',
  'auth.lookup',
  'auth.login',
  'auth.logout',
  'session.keepAlive',
  'member.summary',
] as const
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]

export const EVENT_CHANNELS = ['session.ended'] as const
export type EventChannel = (typeof EVENT_CHANNELS)[number]

export function isInvokeChannel(c: unknown): c is InvokeChannel {
  return typeof c === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(c)
}
export function isEventChannel(c: unknown): c is EventChannel {
  return typeof c === 'string' && (EVENT_CHANNELS as readonly string[]).includes(c)
}
/** The wire name used with ipcMain/ipcRenderer, e.g. `kiosk:auth.login`. */
export const wireName = (c: InvokeChannel | EventChannel): string => `${IPC_PREFIX}${c}`
