import type {
  CredentialStatus,
  EmailServices,
  RecoveryOptions,
  RecoverySent,
  SecurityChallenge,
  ServiceContract,
  SetupProgress,
  VerificationGrant,
} from '../../shared/api/credentials'
import type { EnrollmentChallenge } from '../../shared/api/credentials-enrollment'
import type { IpcInput } from '../../shared/ipc/contract'
import type { SignedIn } from '../../shared/ipc/signed-in'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'

/** The credentials lifecycle as main offers it to the renderer (one method per credentials.* channel). */
export interface CredentialsService {
  recoveryOptions(idNumber: string): Promise<RecoveryOptions>
  requestRecovery(input: IpcInput<'credentials.requestRecovery'>): Promise<RecoverySent>
  status(): Promise<CredentialStatus>
  changePassword(input: IpcInput<'credentials.changePassword'>): Promise<SetupProgress>
  setSecurityImage(input: IpcInput<'credentials.setSecurityImage'>): Promise<SetupProgress>
  setSecurityQuestions(input: IpcInput<'credentials.questions.set'>): Promise<SetupProgress>
  securityChallenge(): Promise<SecurityChallenge>
  answerSecurityChallenge(input: IpcInput<'credentials.questions.answer'>): Promise<VerificationGrant>
  changeUsername(input: IpcInput<'credentials.changeUsername'>): Promise<{ username: string }>
  contract(): Promise<ServiceContract>
  acceptContract(input: IpcInput<'credentials.contract.accept'>): Promise<SetupProgress>
  setEmailServices(input: EmailServices): Promise<EmailServices>
  startEnrollment(input: IpcInput<'credentials.enroll.start'>): Promise<EnrollmentChallenge>
  resendEnrollmentCode(input: IpcInput<'credentials.enroll.resend'>): Promise<EnrollmentChallenge>
  /** The right code signs the new user in: the session is handed to the AuthService like a login's. */
  verifyEnrollment(input: IpcInput<'credentials.enroll.verify'>): Promise<SignedIn>
}

export interface CredentialsServiceDeps {
  api: ApiClient
  auth: AuthService
  kioskId: string
}

/**
 * Calls the cooperative API for the credentials lifecycle. Signed-in calls go through the AuthService, so
 * the token never leaves it; the kiosk id is added here, never taken from the renderer.
 */
export function createCredentialsService({ api, auth, kioskId }: CredentialsServiceDeps): CredentialsService {
  const signedIn = auth.withToken.bind(auth)
  return {
    recoveryOptions: (idNumber) => api.call('recoveryOptions', { idNumber, kioskId }),
    requestRecovery: (input) => api.call('requestRecovery', { ...input, kioskId }),
    status: () => signedIn((token) => api.call('credentialStatus', undefined, token)),
    changePassword: (input) => signedIn((token) => api.call('changePassword', input, token)),
    setSecurityImage: (input) => signedIn((token) => api.call('setSecurityImage', input, token)),
    setSecurityQuestions: (input) => signedIn((token) => api.call('setSecurityQuestions', input, token)),
    securityChallenge: () => signedIn((token) => api.call('securityChallenge', undefined, token)),
    answerSecurityChallenge: (input) =>
      signedIn((token) => api.call('answerSecurityChallenge', input, token)),
    changeUsername: (input) => signedIn((token) => api.call('changeUsername', input, token)),
    contract: () => signedIn((token) => api.call('serviceContract', undefined, token)),
    acceptContract: (input) => signedIn((token) => api.call('acceptServiceContract', input, token)),
    setEmailServices: (input) => signedIn((token) => api.call('setEmailServices', input, token)),
    startEnrollment: (input) => api.call('enrollStart', { ...input, kioskId }),
    resendEnrollmentCode: (input) => api.call('enrollResend', input),
    async verifyEnrollment(input) {
      return auth.adopt(await api.call('enrollVerify', { ...input, kioskId }))
    },
  }
}
