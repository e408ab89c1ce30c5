import type { InvokeChannel } from '@shared/ipc/channels'
import type { IpcInput, IpcOutput } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import { ipcError, type ErrorCode, type ErrorDetails } from '@shared/ipc/errors'

/** A scripted answer of the fake bridge, typed from the channel's declaration. */
export type Answer<C extends InvokeChannel> = Envelope<IpcOutput<C>> | Promise<Envelope<IpcOutput<C>>>
/** Scripted answers by channel; a channel left out answers INTERNAL (see createFakeBridge). */
export type FakeHandlers = { [C in InvokeChannel]: (input: IpcInput<C>) => Answer<C> }

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data })
export const fail = (code: ErrorCode, details?: ErrorDetails): Envelope<never> => ({
  ok: false,
  error: ipcError(code, details),
})
