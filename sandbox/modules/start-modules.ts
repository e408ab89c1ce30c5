import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiRouteName } from '../../shared/api/routes'
import type { RouteHandlers } from '../http/route-handlers'
import type { AnyModule, ModuleContext, SandboxModule, StartedModule } from './sandbox-module'

export interface StartedModules {
  /** Every route's handler, each from the one module that serves it. */
  handlers: RouteHandlers
  installHooks(app: FastifyInstance): void
  registerRoutes(app: FastifyInstance): void
}

/**
 * Starts the modules in list order, so each can `use` what earlier ones provide, and merges their
 * handlers: a route served twice or not at all stops the start-up.
 */
export function startModules(
  modules: readonly AnyModule[],
  base: Omit<ModuleContext, 'use'>,
): StartedModules {
  const started = new Map<AnyModule, StartedModule<never, unknown>>()
  const use = <P>(module: SandboxModule<never, P>): P => {
    const s = started.get(module as AnyModule)
    if (!s) throw new Error(`sandbox module "${module.name}" must be listed before the modules that use it`)
    return s.provides as P
  }
  const ctx: ModuleContext = { ...base, use }

  const handlers: Partial<Record<ApiRouteName, unknown>> = {}
  const servedBy = new Map<string, string>()
  for (const module of modules) {
    const s = module.start(ctx)
    started.set(module, s)
    for (const [name, handler] of Object.entries(s.handlers)) {
      const other = servedBy.get(name)
      if (other) throw new Error(`route "${name}" is served by both "${other}" and "${module.name}"`)
      servedBy.set(name, module.name)
      handlers[name as ApiRouteName] = handler
    }
  }
  const unserved = Object.keys(API_ROUTES).filter((name) => !servedBy.has(name))
  if (unserved.length > 0) throw new Error(`no sandbox module serves ${unserved.join(', ')}`)

  const all = [...started.values()]
  return {
    handlers: handlers as RouteHandlers,
    installHooks: (app) => all.forEach((s) => s.hooks?.(app)),
    registerRoutes: (app) => all.forEach((s) => s.routes?.(app)),
  }
}
