import type { RouteHandlers } from '../http/route-handlers'
import type { AuthService } from '../auth/auth-service'
import type { SessionStore } from '../auth/sessions'
import type { MemberSummaries } from '../members/summary'
import type { SandboxProducts } from '../products'
import type { CooperativeProfile } from '../profiles'
import type { CredentialsModule } from '../credentials/credentials-module'
import { createCredentialsHandlers } from './credentials-handlers'
import { createProductHandlers } from './products-handlers'

export interface HandlerDeps {
  profile: CooperativeProfile
  version: string
  now: () => Date
  auth: AuthService
  sessions: SessionStore
  members: MemberSummaries
  products: SandboxProducts
  credentials: CredentialsModule
}

export function createHandlers({
  profile,
  version,
  now,
  auth,
  sessions,
  members,
  products,
  credentials,
}: HandlerDeps): RouteHandlers {
  return {
    health: () => ({
      status: 'ok',
      version,
      cooperative: { name: profile.name, currency: profile.currency, locale: profile.locale },
      time: now().toISOString(),
    }),
    lookup: ({ body }) => auth.lookup(body.idNumber),
    login: ({ body }) => auth.login(body),
    logout: ({ bearer }) => {
      sessions.revoke(bearer)
      return { ok: true }
    },
    keepAlive: ({ bearer }) => ({ expiresAt: sessions.keepAlive(bearer).toISOString() }),
    memberSummary: ({ bearer }) => members.summary(sessions.require(bearer).memberId),
    ...createProductHandlers(sessions, products),
    ...createCredentialsHandlers(credentials),
  }
}
