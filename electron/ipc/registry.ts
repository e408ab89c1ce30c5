import type { z } from 'zod'
import { isInvokeChannel, type EventChannel, type InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, IPC_EVENTS, type IpcEventPayload, type IpcOutput } from '../../shared/ipc/contract'
import type { Envelope } from '../../shared/ipc/envelope'
import { ipcError, KioskError } from '../../shared/ipc/errors'
import type { MethodDeclaration } from '../../shared/ipc/service'
import { refusal, type HeldPrincipals } from './audience'

type ParsedInput<C extends InvokeChannel> = z.output<(typeof IPC_CONTRACT)[C]['input']>

/** One async function per channel: what main services implement, whatever shell carries the call. */
export type IpcHandlers = { [C in InvokeChannel]: (input: ParsedInput<C>) => Promise<IpcOutput<C>> }

export interface IpcLogger {
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/** Where the registry learns who is signed in; main's AuthService in the app, a stub in tests. */
export interface PrincipalSource {
  held(): HeldPrincipals
  /** Whether the member proved a fresh one-time code for this channel (payments); none does yet. */
  hasFreshStepUp?(channel: InvokeChannel): boolean
}

export interface IpcRegistry {
  /** Checks channel, audience and payload, runs the handler, validates its result; never throws. */
  dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>>
}

const issuesOf = (e: z.ZodError) =>
  e.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }))

/** Maps IPC channels to handlers; used by the Electron shell (ipcMain) and the browser shell (HTTP) alike. */
export function createIpcRegistry(
  handlers: IpcHandlers,
  log: IpcLogger,
  principals: PrincipalSource,
): IpcRegistry {
  return {
    async dispatch(channel, payload) {
      if (!isInvokeChannel(channel)) {
        log.warn({ channel: String(channel).slice(0, 64) }, 'ipc: unknown channel refused')
        return { ok: false, error: ipcError('FORBIDDEN') }
      }
      const spec: MethodDeclaration = IPC_CONTRACT[channel]
      // Before the payload is even read: a caller outside the audience learns nothing of its shape.
      const refused = refusal(spec, principals.held())
      if (refused) {
        log.warn(
          { channel, audience: spec.audience, code: refused },
          'ipc: call outside its audience refused',
        )
        return { ok: false, error: ipcError(refused) }
      }
      if (spec.stepUp && !principals.hasFreshStepUp?.(channel)) {
        log.warn({ channel }, 'ipc: call without a fresh step-up refused')
        return { ok: false, error: ipcError('VERIFICATION_REQUIRED') }
      }
      const input = spec.input.safeParse(payload ?? {})
      if (!input.success) {
        // Values are not logged: a malformed payload may still carry a password.
        log.warn({ channel, issues: input.error.issues.length }, 'ipc: invalid payload refused')
        return { ok: false, error: ipcError('VALIDATION', { issues: issuesOf(input.error) }) }
      }
      try {
        const handler = handlers[channel] as (i: unknown) => Promise<unknown>
        const result = spec.output.safeParse(await handler(input.data))
        if (!result.success) {
          log.error(
            { channel, issues: issuesOf(result.error) },
            'ipc: handler returned data outside the contract',
          )
          return { ok: false, error: ipcError('INTERNAL') }
        }
        return { ok: true, data: result.data }
      } catch (e) {
        if (e instanceof KioskError) return { ok: false, error: e.toIpcError() }
        log.error({ channel, err: e instanceof Error ? e.message : String(e) }, 'ipc: handler failed')
        return { ok: false, error: ipcError('INTERNAL') }
      }
    },
  }
}

/** Where main-process services push events; each shell plugs in its own transport. */
export type EmitEvent = <E extends EventChannel>(event: E, payload: IpcEventPayload<E>) => void

/** Validates an outgoing event before any shell sends it. */
export function validatedEmitter(send: (event: EventChannel, payload: unknown) => void): EmitEvent {
  return (event, payload) => send(event, IPC_EVENTS[event].parse(payload))
}
