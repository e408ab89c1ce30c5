import type { AddressInfo } from 'node:net'
import type { Database } from './db/database'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { buildOpenApi } from '../shared/api/openapi'
import { authModule } from './auth/module'
import { createLoginGuard } from './auth/login-guard'
import { createSessionStore } from './auth/sessions'
import { credentialsModule } from './credentials/module'
import { deferralsModule } from './deferrals/module'
import { documentMailModule } from './document-mail/module'
import { devicesModule } from './devices/module'
import { readMeta } from './db/meta'
import { migrate } from './db/migrate'
import { openDatabase } from './db/open'
import { healthModule } from './health/module'
import { installErrorHandling } from './http/api-errors'
import { installJsonBodyParser } from './http/json-body'
import { registerApiRoutes } from './http/register-routes'
import { requestIdOf } from './http/request-id'
import { createLogger } from './logger'
import { membersModule } from './members/module'
import type { ServedRoutes } from './modules/sandbox-module'
import { startModules } from './modules/start-modules'
import { createOutbox } from './outbox/outbox'
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  SandboxConfigError,
  SandboxOptionsSchema,
  type SandboxOptionsInput,
} from './options'
import { obligationsModule } from './obligations/module'
import { memberDataModule } from './member-data/module'
import { paymentsModule } from './payments/module'
import { billsModule } from './bills/module'
import { productsModule } from './products/module'
import { pseModule } from './pse/module'
import { achModule } from './ach/module'
import { PROFILES, type CooperativeProfile } from './profiles'
import { seedDatabase } from './seed/seed'
import { signInExtrasModule } from './sign-in-extras/module'
import { simulatorsModule } from './simulators/module'
import { staffModule } from './staff/module'
import { tellerModule } from './teller/module'
import { packageVersion } from './version'
import type { ApiRouteName } from '../shared/api/routes'

/**
 * The sandbox's features, each one folder with its `module.ts`. They migrate, seed and start in this
 * order, so a module may use the tables and services of those above it.
 */
export const SANDBOX_MODULES = [
  healthModule,
  // Before every other hook: an unsigned or revoked device is refused first.
  devicesModule,
  membersModule,
  // Before credentials: its principal check runs ahead of every other hook.
  staffModule,
  credentialsModule,
  authModule,
  productsModule,
  paymentsModule,
  pseModule,
  achModule,
  obligationsModule,
  billsModule,
  simulatorsModule,
  deferralsModule,
  signInExtrasModule,
  documentMailModule,
  tellerModule,
  memberDataModule,
] as const

// The compiler names any route of API_ROUTES that no module serves.
type Unserved = Exclude<ApiRouteName, ServedRoutes<typeof SANDBOX_MODULES>>
const everyRouteServed: [Unserved] extends [never] ? true : { unserved: Unserved } = true
void everyRouteServed

export interface Sandbox {
  app: FastifyInstance
  db: Database
  profile: CooperativeProfile
  dataFile: string
  /** True when this start created the demo data (new file or --reset). */
  seeded: boolean
}

/** Opens (seeding if new) the data file and builds the app, without listening. Closing the app closes the DB. */
export async function createSandbox(input: SandboxOptionsInput): Promise<Sandbox> {
  const parsed = SandboxOptionsSchema.safeParse(input)
  if (!parsed.success) throw new SandboxConfigError(`invalid sandbox options: ${parsed.error.message}`)
  const opts = parsed.data
  const now = input.now ?? (() => new Date())
  const { db } = openDatabase(opts.dataFile, { reset: opts.reset })
  try {
    migrate(db, SANDBOX_MODULES)
    let meta = readMeta(db)
    const seeded = meta === null
    if (!meta) {
      const profile = PROFILES[opts.profile ?? 'co']
      await seedDatabase(
        db,
        { profile, now, lockoutThreshold: opts.lockoutThreshold, secret: opts.secret },
        SANDBOX_MODULES,
      )
      meta = readMeta(db)!
    } else if (opts.profile && opts.profile !== meta.profile.id) {
      throw new SandboxConfigError(
        `${opts.dataFile} holds profile "${meta.profile.id}", not "${opts.profile}": pass --reset to re-seed it`,
      )
    }
    const { profile } = meta
    const secret = opts.secret ?? meta.secret
    const version = opts.version ?? packageVersion()

    const logger: FastifyBaseLogger = createLogger(opts.logLevel, input.logDestination)
    const app = Fastify({
      loggerInstance: logger,
      genReqId: requestIdOf,
      bodyLimit: 16 * 1024,
    })
    app.addHook('onRequest', async (request, reply) => {
      void reply.header('x-request-id', request.id)
    })
    app.addHook('onClose', async () => db.close())
    installJsonBodyParser(app)
    installErrorHandling(app)

    const modules = startModules(SANDBOX_MODULES, {
      db,
      profile,
      meta,
      secret,
      now,
      version,
      options: opts,
      sessions: createSessionStore(db, opts.sessionTtlSeconds, now),
      guard: createLoginGuard(db, opts.lockoutThreshold, now, profile.lockout),
      outbox: createOutbox(db, now),
    })
    // Before the routes: hooks (rate limits, setup gate) run ahead of every handler.
    modules.installHooks(app)
    registerApiRoutes(app, modules.handlers)
    modules.registerRoutes(app)

    // Not part of API_ROUTES: the contract document itself, built once from the same table.
    const openApi = buildOpenApi(version)
    app.get('/openapi.json', async () => openApi)

    await app.ready()
    return { app, db, profile, dataFile: opts.dataFile, seeded }
  } catch (e) {
    if (db.open) db.close()
    throw e
  }
}

export interface StartOptions extends SandboxOptionsInput {
  host?: string
  /** 0 picks a free port. */
  port?: number
}

export interface RunningSandbox {
  url: string
  profile: CooperativeProfile
  dataFile: string
  seeded: boolean
  app: FastifyInstance
  /** The open data file (tests inspect it; closed by `close`). */
  db: Database
  close(): Promise<void>
}

/** Creates the sandbox and listens; `url` has the real port (useful with port 0). */
export async function startSandbox(opts: StartOptions): Promise<RunningSandbox> {
  const { host = DEFAULT_HOST, port = DEFAULT_PORT, ...rest } = opts
  const sandbox = await createSandbox(rest)
  try {
    await sandbox.app.listen({ host, port })
  } catch (e) {
    await sandbox.app.close()
    throw e
  }
  const { port: actual } = sandbox.app.server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${actual}`,
    profile: sandbox.profile,
    dataFile: sandbox.dataFile,
    seeded: sandbox.seeded,
    app: sandbox.app,
    db: sandbox.db,
    close: () => sandbox.app.close(),
  }
}
