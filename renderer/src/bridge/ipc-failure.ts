import { ipcError, isIpcError, type ErrorCode, type IpcError } from '@shared/ipc/errors'

/** What `call()` throws: the IpcError of the contract, so screens pick `errors.<code>` and the retry button. */
export class IpcFailure extends Error {
  readonly error: IpcError
  constructor(error: IpcError) {
    super(error.code)
    this.name = 'IpcFailure'
    this.error = error
  }
  get code(): ErrorCode {
    return this.error.code
  }
}

/** Any thrown value as an IpcError; unknown failures become INTERNAL (never shown raw to a member). */
export function toIpcError(e: unknown): IpcError {
  if (e instanceof IpcFailure) return e.error
  return isIpcError(e) ? e : ipcError('INTERNAL')
}
