import type { RouteHandlers } from '../http/route-handlers'
import type { AuthService } from './auth-service'
import type { SessionStore } from './sessions'

type AuthRouteName = 'lookup' | 'login' | 'logout' | 'keepAlive'

/** Sign-in, sign-out and keepalive. */
export function createAuthHandlers(
  auth: AuthService,
  sessions: SessionStore,
): Pick<RouteHandlers, AuthRouteName> {
  return {
    lookup: ({ body }) => auth.lookup(body.idNumber, body.questionTicket),
    login: ({ body }) => auth.login(body),
    logout: ({ bearer }) => {
      sessions.revoke(bearer)
      return { ok: true }
    },
    keepAlive: ({ bearer }) => ({ expiresAt: sessions.keepAlive(bearer).toISOString() }),
  }
}
