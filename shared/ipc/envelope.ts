import { z } from 'zod'
import { IpcErrorSchema, type IpcError } from './error-schemas'

/** What every IPC call resolves to: errors travel as data, because Electron's IPC drops custom error fields. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: IpcError }

export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: IpcErrorSchema }),
  ])
}
