import type { ChannelOf, ServiceImplementation } from '../../shared/ipc/service'
import type { KioskService } from '../../shared/ipc/services'
import type { InvokeChannel } from '../../shared/ipc/contract'
import type { IpcHandlers } from './registry'

/**
 * Binds a service's implementation to its declared channels, in the spirit of VS Code's ProxyChannel:
 * one generic registration instead of per-method glue. The compiler demands every declared method with
 * its schema's types; only declared methods are reachable, whatever else the implementation has.
 */
export function registerService<S extends KioskService>(
  declaration: S,
  implementation: ServiceImplementation<S>,
): Pick<IpcHandlers, Extract<ChannelOf<S>, InvokeChannel>> {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {}
  const methods = implementation as Record<string, unknown>
  for (const key of Object.keys(declaration.methods)) {
    const method = methods[key]
    if (typeof method !== 'function') throw new Error(`${declaration.name}.${key} is not implemented`)
    handlers[`${declaration.name}.${key}`] = (input) => method.call(implementation, input)
  }
  return handlers as Pick<IpcHandlers, Extract<ChannelOf<S>, InvokeChannel>>
}
