import type { CREDENTIALS_ROUTES } from '../../shared/api/credentials'
import type { ENROLLMENT_ROUTES } from '../../shared/api/credentials-enrollment'
import { KioskError } from '../../shared/ipc/errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { CredentialsService } from './credentials-service'
import { SERVICE_CONTRACT } from './service-contract'

type CredentialRoute = keyof typeof CREDENTIALS_ROUTES | keyof typeof ENROLLMENT_ROUTES

/** The credentials and enrollment routes: thin adapters from HTTP to the credentials module. */
export function createCredentialsHandlers(c: CredentialsService): Pick<RouteHandlers, CredentialRoute> {
  const progress = (memberId: number) => ({ pendingSetup: c.setup.pending(memberId) })
  return {
    recoveryOptions: ({ body }) => c.recovery.options(body.idNumber),
    requestRecovery: ({ body }) => c.recovery.request(body.idNumber, body.channel),

    credentialStatus: ({ bearer }) => c.status(c.session(bearer)),
    changePassword: async ({ bearer, body }) => {
      const s = c.session(bearer)
      await c.changes.changePassword(s, body)
      return progress(s.memberId)
    },
    setSecurityImage: ({ bearer, body }) => {
      const s = c.session(bearer)
      c.changes.setSecurityImage(s, body.securityImageId, body.securityPhrase)
      return progress(s.memberId)
    },
    setSecurityQuestions: async ({ bearer, body }) => {
      const s = c.session(bearer)
      await c.questions.set(s, body.answers)
      return progress(s.memberId)
    },
    securityChallenge: ({ bearer }) => c.questions.challenge(c.session(bearer).memberId),
    answerSecurityChallenge: ({ bearer, body }) =>
      c.questions.answer(c.session(bearer), body.operation, body.answer),
    changeUsername: ({ bearer, body }) => ({
      username: c.changes.changeUsername(c.session(bearer), body.username),
    }),

    serviceContract: ({ bearer }) => {
      c.session(bearer)
      return SERVICE_CONTRACT
    },
    acceptServiceContract: ({ bearer, body }) => {
      const s = c.session(bearer)
      if (body.version !== SERVICE_CONTRACT.version)
        throw new KioskError('CONFLICT', `Contract version ${body.version} is not the current one`)
      c.contract.accept(s.memberId, body.version, c.kioskOf(s.tokenHash), body.emailServices)
      return progress(s.memberId)
    },
    setEmailServices: ({ bearer, body }) => {
      const s = c.session(bearer)
      c.contract.setEmailServices(s.memberId, body)
      return c.contract.emailServices(s.memberId)
    },

    enrollStart: ({ body }) => c.enrollment.start(body),
    enrollResend: ({ body }) => c.enrollment.resend(body.enrollmentId),
    enrollVerify: ({ body }) => c.enrollment.verify(body),
  }
}
