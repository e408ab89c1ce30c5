import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/database'
import { STAFF_ROUTES } from '../../shared/api/staff'
import { API_ROUTES, type ApiRouteName } from '../../shared/api/routes'
import { KioskError } from '../../shared/ipc/errors'
import { createLoginGuard } from '../auth/login-guard'
import type { SessionStore } from '../auth/sessions'
import { bearerToken } from '../http/bearer'
import { apiRouteOf } from '../http/api-route-of'
import type { RouteHandlers } from '../http/route-handlers'
import type { StaffDirectory } from './directory'
import { createMaintenanceAudit } from './maintenance-audit'
import { createLdapDirectory } from './ldap-directory'
import type { LdapOptions } from './ldap-options'
import { STAFF_LOCK_SECONDS } from './options'
import { createStaffSessions } from './staff-sessions'
import { createStaffSignIn } from './staff-sign-in'
import { createTableDirectory } from './table-directory'

export interface StaffModuleDeps {
  db: Database
  secret: string
  now: () => Date
  /** Member sessions: a member token on a staff route is told FORBIDDEN, not "expired". */
  memberSessions: SessionStore
  staffSessionTtlSeconds: number
  staffLockoutThreshold: number
  ldap?: LdapOptions | undefined
}

type StaffRoute = keyof typeof STAFF_ROUTES
/** The staff module's own routes and every route declared `principal: 'staff'` (teller, maintenance…). */
const isStaffRoute = (name: ApiRouteName) =>
  Object.hasOwn(STAFF_ROUTES, name) ||
  ('principal' in API_ROUTES[name] && API_ROUTES[name].principal === 'staff')

const wrongPrincipal = (what: string) => new KioskError('FORBIDDEN', `${what} token refused on this route`)

/** Staff sign-in and sessions: the directory (LDAP or the staff table), the routes, the principal hook. */
export function createStaffModule(deps: StaffModuleDeps) {
  const { db, secret, now, memberSessions } = deps
  const directory: StaffDirectory = deps.ldap ? createLdapDirectory(deps.ldap) : createTableDirectory(db)
  const sessions = createStaffSessions(db, deps.staffSessionTtlSeconds, now)
  const guard = createLoginGuard(db, deps.staffLockoutThreshold, now, {
    mode: 'timed',
    lockSeconds: STAFF_LOCK_SECONDS,
    recoveryUnlocks: false,
  })
  const { signIn, checkPassword } = createStaffSignIn({ directory, sessions, guard, secret, now })
  const maintenanceAudit = createMaintenanceAudit(db, now)
  /** Branch IT only: tellers and supervisors have no maintenance screen to report on. */
  const it = (bearer: string) => {
    const s = sessions.touch(bearer)
    if (!s.roles.includes('it')) throw new KioskError('FORBIDDEN', 'The it role is required')
    return s
  }

  /** A member token is live at the member side: then it is the wrong principal, not an expired one. */
  const isMemberToken = (token: string) => {
    try {
      memberSessions.require(token)
      return true
    } catch {
      return false
    }
  }

  const handlers: Pick<RouteHandlers, StaffRoute> = {
    staffSignIn: ({ body }) => signIn(body),
    staffSignOut: ({ bearer }) => {
      sessions.revoke(bearer)
      return { ok: true }
    },
    staffMe: ({ bearer }) => sessions.touch(bearer),
    staffMaintenanceAuditRecord: ({ bearer, body }) =>
      maintenanceAudit.record(it(bearer), body.action, body.result),
    staffMaintenanceAudit: ({ bearer }) => {
      it(bearer)
      return maintenanceAudit.today()
    },
  }

  return {
    handlers,
    sessions,
    /** A staff member's password checked like a sign-in (lock, counting), without a session: approvals. */
    checkPassword,
    /**
     * Each principal's token on its own routes only, before any other hook (the setup gate, rate limits):
     * a staff token on a member route and a live member token on a staff route answer 403 FORBIDDEN.
     */
    installHooks(app: FastifyInstance): void {
      app.addHook('onRequest', async (request) => {
        const name = apiRouteOf(request)
        if (!name || !API_ROUTES[name].auth) return
        let token: string
        try {
          token = bearerToken(request.headers.authorization)
        } catch {
          return // the route answers SESSION_EXPIRED itself
        }
        if (isStaffRoute(name)) {
          if (!sessions.isStaffToken(token) && isMemberToken(token)) throw wrongPrincipal('A member')
        } else if (sessions.isStaffToken(token)) throw wrongPrincipal('A staff')
      })
    },
  }
}
export type StaffModule = ReturnType<typeof createStaffModule>
