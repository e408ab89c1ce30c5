import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiRouteName } from '../../shared/api/routes'
import type { SetupStep } from '../../shared/credentials/setup-steps'
import { KioskError } from '../../shared/ipc/errors'
import type { SessionStore } from '../auth/sessions'
import { bearerToken } from '../http/bearer'
import { apiRouteOf } from '../http/api-route-of'
import type { SetupState } from './setup-state'

/** Allowed to any live session: leaving, staying, and learning what is left to do. */
const ALWAYS: ReadonlySet<ApiRouteName> = new Set<ApiRouteName>(['logout', 'keepAlive', 'credentialStatus'])

/** The routes that complete each setup step. */
const STEP_ROUTES: Record<SetupStep, readonly ApiRouteName[]> = {
  password: ['changePassword'],
  securityImage: ['setSecurityImage'],
  securityQuestions: ['setSecurityQuestions'],
  contract: ['serviceContract', 'acceptServiceContract'],
}

/**
 * A session whose member still owes setup steps may only complete the first of them: every other signed-in
 * route (member data, products, other changes) answers 403 SETUP_REQUIRED. Applies to every route in
 * API_ROUTES, including those added later, without their handlers knowing.
 */
export function installSetupGate(app: FastifyInstance, sessions: SessionStore, setup: SetupState): void {
  app.addHook('preHandler', async (request) => {
    const name = apiRouteOf(request)
    if (!name || !API_ROUTES[name].auth || ALWAYS.has(name)) return
    let memberId: number
    try {
      memberId = sessions.require(bearerToken(request.headers.authorization)).memberId
    } catch {
      return // no live session: the route itself answers SESSION_EXPIRED
    }
    const [first] = setup.pending(memberId)
    if (first && !STEP_ROUTES[first].includes(name))
      throw new KioskError('SETUP_REQUIRED', `Finish the setup step "${first}" first`)
  })
}
