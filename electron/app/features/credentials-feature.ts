import { CREDENTIALS_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createCredentialsService } from '../../services/credentials-service'
import { defineFeature } from '../feature'

/** Forgotten password, forced change, security image and questions, username, contract, enrollment. */
export const credentialsFeature = defineFeature(({ api, auth, config }) => {
  const credentials = createCredentialsService({ api, auth, kioskId: config.kioskId })
  return {
    name: 'credentials',
    handlers: registerService(CREDENTIALS_SERVICE, {
      ...credentials,
      // The service's own names where they differ from the channel's.
      recoveryOptions: ({ idNumber }) => credentials.recoveryOptions(idNumber),
      'questions.set': credentials.setSecurityQuestions,
      'questions.challenge': credentials.securityChallenge,
      'questions.answer': credentials.answerSecurityChallenge,
      'contract.get': credentials.contract,
      'contract.accept': credentials.acceptContract,
      'emailServices.set': credentials.setEmailServices,
      'enroll.start': credentials.startEnrollment,
      'enroll.resend': credentials.resendEnrollmentCode,
      'enroll.verify': credentials.verifyEnrollment,
    }),
  }
})
