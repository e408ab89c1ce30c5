import type { KioskBridge } from '@shared/ipc/bridge'

declare global {
  interface Window {
    /** Exposed by the Electron preload (BRIDGE_GLOBAL); absent in the browser shell. */
    kiosk?: KioskBridge
  }
}

export {}
