import type { FastifyInstance } from 'fastify'
import type { ApiRouteName } from '../../shared/api/routes'
import type { LoginGuard } from '../auth/login-guard'
import type { SessionStore } from '../auth/sessions'
import type { Database } from '../db/database'
import type { SandboxMeta } from '../db/meta'
import type { Migration } from '../db/migration'
import type { RouteHandlers } from '../http/route-handlers'
import type { SandboxOptions } from '../options'
import type { Outbox } from '../outbox/outbox'
import type { CooperativeProfile } from '../profiles'
import type { SeedData } from '../seed/generate'

/** What every module starts with: the data file, its identity, the options and the services features share. */
export interface ModuleContext {
  db: Database
  profile: CooperativeProfile
  meta: SandboxMeta
  /** HMAC key of decoys and ID digests (the stored one unless --secret overrides it). */
  secret: string
  now: () => Date
  /** Reported by /health and the OpenAPI document. */
  version: string
  options: SandboxOptions
  /** Bearer sessions, wrong-password counting and the SMS/e-mail outbox: used by several features. */
  sessions: SessionStore
  guard: LoginGuard
  outbox: Outbox
  /** What a module listed earlier provides (modules start in list order). */
  use<P>(module: SandboxModule<never, P>): P
}

/** A started module: its API handlers, and what it adds to the app around them. */
export interface StartedModule<K extends ApiRouteName, P> {
  handlers: Pick<RouteHandlers, K>
  /** Fastify hooks (rate limits, gates); every module's hooks are installed before any route. */
  hooks?(app: FastifyInstance): void
  /** Sandbox-only routes outside API_ROUTES (neither the contract nor the kiosk knows them). */
  routes?(app: FastifyInstance): void
  /** Services for modules listed later (`ctx.use`). */
  provides: P
}

/** What seeding tells each module: the new file, the generated demo data and the moment of seeding. */
export interface SeedContext {
  db: Database
  profile: CooperativeProfile
  secret: string
  lockoutThreshold: number
  /** The seed's clock; `seededAt` is its reading when seeding began. */
  now: () => Date
  seededAt: Date
  data: SeedData
}

/** Row ids of the seeded members, in the order of `data.members`. */
export type SeedWriter = (memberIds: readonly number[]) => void

/**
 * One feature of the sandbox: its schema steps, its demo data and its routes and hooks. `seed` may do
 * slow work (hashing) first; the writer it returns runs inside the one seeding transaction.
 */
export interface SandboxModule<K extends ApiRouteName, P = undefined> {
  /** Recorded with each migration step: never rename a module that has shipped steps. */
  name: string
  migrations: readonly Migration[]
  seed?(ctx: SeedContext): SeedWriter | Promise<SeedWriter>
  start(ctx: ModuleContext): StartedModule<K, P>
}

/** Any module, as the module list holds them. */
export type AnyModule = SandboxModule<never, unknown>

/** The API routes a list of modules serves. */
export type ServedRoutes<M extends readonly AnyModule[]> = M[number] extends infer E
  ? E extends SandboxModule<infer K, unknown>
    ? K
    : never
  : never
