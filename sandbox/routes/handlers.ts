import type {
  ApiBody,
  ApiParams,
  ApiQuery,
  ApiResponse,
  ApiRouteName,
  API_ROUTES,
} from '../../shared/api/routes'
import type { AuthService } from '../auth/auth-service'
import type { SessionStore } from '../auth/sessions'
import type { MemberSummaries } from '../members/summary'
import type { SandboxProducts } from '../products'
import type { CooperativeProfile } from '../profiles'
import type { CredentialsModule } from '../credentials/credentials-module'
import { createCredentialsHandlers } from './credentials-handlers'
import { createProductHandlers } from './products-handlers'
import type { StaffModule } from '../staff/staff-module'

/** What a handler receives once the route wrapper has checked the request. */
export interface RouteContext<N extends ApiRouteName> {
  /** The body, already parsed by the route's zod schema. */
  body: ApiBody<N>
  /** Path parameters and query, parsed by the route's schemas (undefined when it has none). */
  params: ApiParams<N>
  query: ApiQuery<N>
  /** The bearer token of routes with `auth: true` (present and well-formed, not yet looked up). */
  bearer: (typeof API_ROUTES)[N]['auth'] extends true ? string : undefined
  requestId: string
}

/** One handler per API route, keyed by route name: the compiler flags any route left unserved. */
export type RouteHandlers = {
  [N in ApiRouteName]: (ctx: RouteContext<N>) => ApiResponse<N> | Promise<ApiResponse<N>>
}

export interface HandlerDeps {
  profile: CooperativeProfile
  version: string
  now: () => Date
  auth: AuthService
  sessions: SessionStore
  members: MemberSummaries
  products: SandboxProducts
  credentials: CredentialsModule
  staff: StaffModule['handlers']
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
  staff,
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
    ...staff,
  }
}
