/**
 * How channel names travel, as plain data: the sandboxed preload bundles this without zod (its
 * allow-list of names is put in at build time from the service declarations, electron.vite.config.ts).
 */
export const IPC_PREFIX = 'kiosk:'

/** The wire name used with ipcMain/ipcRenderer, e.g. `kiosk:auth.login`. */
export const wireName = (channel: string): string => `${IPC_PREFIX}${channel}`

/** The channel names the preload lets through. */
export interface AllowList {
  invoke: readonly string[]
  events: readonly string[]
}
