/** The declared channel names, put in by the bundler (electron.vite.config.ts). */
declare const __KIOSK_ALLOW_LIST__: import('../../shared/ipc/wire').AllowList
