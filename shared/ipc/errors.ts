import { ERROR_CODES, type ErrorCode } from './error-codes'
import type { ErrorDetails, IpcError } from './error-schemas'

// Plain data and classes only: the renderer imports this without pulling zod into its bundle.
export { ERROR_CODES, type ErrorCode } from './error-codes'
export type { ErrorDetails, IpcError } from './error-schemas'

export function ipcError(code: ErrorCode, details?: ErrorDetails): IpcError {
  return {
    code,
    messageKey: `errors.${code}`,
    retryable: ERROR_CODES[code].retryable,
    ...(details ? { details } : {}),
  }
}

/** Thrown by services; the IPC registry turns it into an IpcError envelope. */
export class KioskError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails | undefined
  constructor(code: ErrorCode, message?: string, details?: ErrorDetails) {
    super(message ?? code)
    this.name = 'KioskError'
    this.code = code
    this.details = details
  }
  toIpcError(): IpcError {
    return ipcError(this.code, this.details)
  }
}

/**
 * A structural check of an IpcError without zod, for the renderer: main has validated every envelope
 * against the contract already, this only keeps a garbled answer from being shown as an error.
 */
export function isIpcError(e: unknown): e is IpcError {
  if (typeof e !== 'object' || e === null) return false
  const { code, messageKey, retryable } = e as Record<string, unknown>
  return (
    typeof code === 'string' &&
    Object.hasOwn(ERROR_CODES, code) &&
    typeof messageKey === 'string' &&
    typeof retryable === 'boolean'
  )
}
