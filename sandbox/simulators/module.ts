import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { ApplicationNumberSchema, ApplicationStatusSchema } from '../../shared/api/simulators'
import { KioskError } from '../../shared/ipc/errors'
import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import { createMemberSummaries } from '../members/summary'
import type { SandboxModule } from '../modules/sandbox-module'
import { SIMULATORS_MIGRATIONS } from './migrations'
import { createSandboxSimulators, type SandboxSimulators } from './simulators'

type SimulatorRouteName =
  | 'simulatorCatalogue'
  | 'simulateLoan'
  | 'simulateTermDeposit'
  | 'loanApplicationFile'
  | 'productRequestFile'
  | 'myApplications'

export const ADVANCE_PATH = '/sandbox/applications/:number/advance'
const AdvanceParams = z.object({ number: ApplicationNumberSchema }).strict()
const AdvanceBody = z.object({ to: ApplicationStatusSchema.optional() }).strict()

function handlers(sessions: SessionStore, s: SandboxSimulators): Pick<RouteHandlers, SimulatorRouteName> {
  const member = (bearer: string) => sessions.require(bearer).memberId
  return {
    simulatorCatalogue: ({ bearer }) => (member(bearer), s.catalogue()),
    simulateLoan: ({ bearer, body }) => (member(bearer), s.loan(body)),
    simulateTermDeposit: ({ bearer, body }) => (member(bearer), s.termDeposit(body)),
    loanApplicationFile: ({ bearer, body }) => s.fileLoan(member(bearer), body.simulation),
    productRequestFile: ({ bearer, body }) => s.fileRequest(member(bearer), body),
    myApplications: ({ bearer }) => s.mine(member(bearer)),
  }
}

/**
 * `POST /sandbox/applications/:number/advance {to?}`: the cooperative's study, by hand (filed →
 * in_review → approved | denied). Sandbox only: not in API_ROUTES, so neither the contract nor the kiosk
 * knows it.
 */
function registerAdvanceRoute(app: FastifyInstance, s: SandboxSimulators) {
  app.post(ADVANCE_PATH, async (request) => {
    const params = AdvanceParams.safeParse(request.params)
    const body = AdvanceBody.safeParse(request.body ?? {})
    if (!params.success || !body.success)
      throw new KioskError('VALIDATION', 'advance: a number and an optional status')
    return s.advance(params.data.number, body.data.to)
  })
}

/** Loan and term-deposit simulators, loan applications and product requests (issue 11). */
export const simulatorsModule: SandboxModule<SimulatorRouteName> = {
  name: 'simulators',
  migrations: SIMULATORS_MIGRATIONS,
  start: ({ db, profile, now, sessions }) => {
    const s = createSandboxSimulators(db, profile, createMemberSummaries(db, profile.currency, now), now)
    return {
      handlers: handlers(sessions, s),
      routes: (app) => registerAdvanceRoute(app, s),
      provides: undefined,
    }
  },
}
