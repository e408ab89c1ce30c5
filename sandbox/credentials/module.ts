import type { SignInCredentials } from '../auth/auth-service'
import type { SandboxModule } from '../modules/sandbox-module'
import { registerOutboxRoute } from '../outbox/outbox-route'
import { createCredentialsService } from './credentials-service'
import { createCredentialsHandlers } from './handlers'
import { CREDENTIALS_MIGRATIONS } from './migrations'
import { CREDENTIAL_FLAGS, type CredentialOptions } from './options'
import { prepareCredentialSeed } from './seed-credentials'
import type { SetupState } from './setup-state'
import type { TemporaryKeys } from './temporary-keys'

type CredentialRouteName = keyof ReturnType<typeof createCredentialsHandlers>

/**
 * The credentials lifecycle (recovery, temporary keys, setup, security questions, username, contract,
 * enrollment), its rate limits and setup gate, and the sandbox-only outbox door. Provides what sign-in
 * needs from it.
 */
/** For sign-in (auth) and the teller's desk (teller: its slip keys join the temporary keys). */
export interface CredentialsProvides {
  signIn: SignInCredentials
  temporaryKeys: TemporaryKeys
  setup: SetupState
}

export const credentialsModule: SandboxModule<CredentialRouteName, CredentialsProvides> = {
  name: 'credentials',
  migrations: CREDENTIALS_MIGRATIONS,
  seed: async ({ db, seededAt, data }) => {
    const seedMember = (await prepareCredentialSeed(seededAt))(db)
    return (memberIds) => data.members.forEach(({ demo }, i) => seedMember(memberIds[i]!, demo))
  },
  start: ({ db, secret, profile, now, options, sessions, guard, outbox }) => {
    const credentialOptions = Object.fromEntries(
      CREDENTIAL_FLAGS.map((f) => [f.option, options[f.option]]),
    ) as CredentialOptions
    const credentials = createCredentialsService({
      db,
      secret,
      profile,
      now,
      options: credentialOptions,
      sessions,
      guard,
      outbox,
    })
    return {
      handlers: createCredentialsHandlers(credentials),
      // Before the routes: rate limits and the setup gate run ahead of every handler.
      hooks: (app) => credentials.installHooks(app),
      // Sandbox only, outside the API contract: what was "sent" by SMS and e-mail.
      routes: (app) => registerOutboxRoute(app, outbox),
      provides: {
        signIn: credentials.signIn,
        temporaryKeys: credentials.temporaryKeys,
        setup: credentials.setup,
      },
    }
  },
}
