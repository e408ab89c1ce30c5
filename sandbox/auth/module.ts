import { credentialsModule } from '../credentials/module'
import type { SandboxModule } from '../modules/sandbox-module'
import { createAuthService } from './auth-service'
import { createAuthHandlers } from './handlers'
import { idDigest } from './id-digest'
import { createLoginGuard } from './login-guard'
import { AUTH_MIGRATIONS } from './migrations'

/** Lookup and login by ID number or username, logout, keepalive; its tables are the members module's step 1
 * plus each member's latest sign-in. */
export const authModule: SandboxModule<'lookup' | 'login' | 'logout' | 'keepAlive'> = {
  name: 'auth',
  migrations: AUTH_MIGRATIONS,
  seed: ({ db, secret, lockoutThreshold, now, data }) => {
    const guard = createLoginGuard(db, lockoutThreshold, now)
    return () => {
      for (const { demo } of data.members)
        if (demo.role === 'locked') guard.lockNow(idDigest(secret, demo.idNumber).toString('hex'))
    }
  },
  start: ({ secret, guard, sessions, now, use }) => {
    const auth = createAuthService({
      secret,
      guard,
      sessions,
      credentials: use(credentialsModule).signIn,
      now,
    })
    return { handlers: createAuthHandlers(auth, sessions), provides: undefined }
  },
}
