/**
 * Channel names, as plain data so the sandboxed preload can bundle its allow-list without zod.
 * `contract.ts` must give a schema for exactly these names (checked by the compiler).
 */
export const IPC_PREFIX = 'kiosk:'

/** Receipts, PDFs and the reprint queue (shared/ipc/printing-contract.ts). */
export const PRINTING_INVOKE_CHANNELS = [
  'print.capabilities',
  'print.receipt',
  'print.pdf',
  'print.queue.list',
  'print.queue.retry',
  'print.queue.clear',
] as const
export const PRINTING_EVENT_CHANNELS = ['print.status'] as const

/** Products, statements and certificates (shared/ipc/products-contract.ts). */
export const PRODUCTS_INVOKE_CHANNELS = [
  'products.position',
  'products.ofKind',
  'products.detail',
  'products.movements',
  'products.cardStatement',
  'certificates.options',
  'certificates.issue',
  'certificates.get',
] as const

/** Forgotten password, forced change, image, questions, username, contract, enrollment (credentials-contract.ts). */
export const CREDENTIALS_INVOKE_CHANNELS = [
  'credentials.recoveryOptions',
  'credentials.requestRecovery',
  'credentials.status',
  'credentials.changePassword',
  'credentials.setSecurityImage',
  'credentials.questions.set',
  'credentials.questions.challenge',
  'credentials.questions.answer',
  'credentials.changeUsername',
  'credentials.contract.get',
  'credentials.contract.accept',
  'credentials.emailServices.set',
  'credentials.enroll.start',
  'credentials.enroll.resend',
  'credentials.enroll.verify',
] as const

export const INVOKE_CHANNELS = [
  'config.get',
  'auth.lookup',
  'auth.login',
  'auth.logout',
  'session.keepAlive',
  'member.summary',
  ...CREDENTIALS_INVOKE_CHANNELS,
  ...PRINTING_INVOKE_CHANNELS,
  ...PRODUCTS_INVOKE_CHANNELS,
] as const
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]

export const EVENT_CHANNELS = ['session.ended', ...PRINTING_EVENT_CHANNELS] as const
export type EventChannel = (typeof EVENT_CHANNELS)[number]

export function isInvokeChannel(c: unknown): c is InvokeChannel {
  return typeof c === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(c)
}
export function isEventChannel(c: unknown): c is EventChannel {
  return typeof c === 'string' && (EVENT_CHANNELS as readonly string[]).includes(c)
}
/** The wire name used with ipcMain/ipcRenderer, e.g. `kiosk:auth.login`. */
export const wireName = (c: InvokeChannel | EventChannel): string => `${IPC_PREFIX}${c}`
