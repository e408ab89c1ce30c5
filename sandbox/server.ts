import type { AddressInfo } from 'node:net'
import type { Database } from './db/database'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { buildOpenApi } from '../shared/api/openapi'
import { createAuthService } from './auth/auth-service'
import { createLoginGuard } from './auth/login-guard'
import { createSessionStore } from './auth/sessions'
import { createCredentialsModule } from './credentials/credentials-module'
import { CREDENTIAL_FLAGS, type CredentialOptions } from './credentials/options'
import { readMeta } from './db/meta'
import { openDatabase } from './db/open'
import { installErrorHandling } from './http/api-errors'
import { installJsonBodyParser } from './http/json-body'
import { registerApiRoutes } from './http/register-routes'
import { requestIdOf } from './http/request-id'
import { createLogger } from './logger'
import { createMemberSummaries } from './members/summary'
import { createOutbox } from './outbox/outbox'
import { registerOutboxRoute } from './outbox/outbox-route'
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  SandboxConfigError,
  SandboxOptionsSchema,
  type SandboxOptionsInput,
} from './options'
import { createSandboxProducts } from './products'
import { backfillProductExtras } from './products/backfill'
import { PROFILES, type CooperativeProfile } from './profiles'
import { createHandlers } from './routes/handlers'
import { seedDatabase } from './seed/seed'
import { createStaffModule } from './staff/staff-module'
import { packageVersion } from './version'

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
    let meta = readMeta(db)
    const seeded = meta === null
    if (!meta) {
      const profile = PROFILES[opts.profile ?? 'co']
      await seedDatabase(db, { profile, now, lockoutThreshold: opts.lockoutThreshold, secret: opts.secret })
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

    const sessions = createSessionStore(db, opts.sessionTtlSeconds, now)
    const guard = createLoginGuard(db, opts.lockoutThreshold, now, profile.lockout)
    const outbox = createOutbox(db, now)
    const credentialOptions = Object.fromEntries(
      CREDENTIAL_FLAGS.map((f) => [f.option, opts[f.option]]),
    ) as CredentialOptions
    const credentials = createCredentialsModule({
      db,
      secret,
      profile,
      now,
      options: credentialOptions,
      sessions,
      guard,
      outbox,
    })
    const auth = createAuthService({ secret, guard, sessions, credentials: credentials.signIn, now })
    const members = createMemberSummaries(db, profile.currency, now)
    backfillProductExtras(db, profile, new Date(meta.seededAt))
    const products = createSandboxProducts(db, profile, now)
    const staff = await createStaffModule({ db, secret, now, memberSessions: sessions, ...opts })
    // Before the routes: the principal check, rate limits and the setup gate run ahead of every handler.
    staff.installHooks(app)
    credentials.installHooks(app)
    registerApiRoutes(
      app,
      createHandlers({
        profile,
        version,
        now,
        auth,
        sessions,
        members,
        products,
        credentials,
        staff: staff.handlers,
      }),
    )
    // Sandbox only, outside the API contract: what was "sent" by SMS and e-mail.
    registerOutboxRoute(app, outbox)

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
