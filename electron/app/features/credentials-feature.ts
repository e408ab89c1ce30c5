import { CREDENTIALS_INVOKE_CHANNELS } from '../../../shared/ipc/channels'
import { createCredentialsService } from '../../services/credentials-service'
import { defineFeature } from '../feature'

type CredentialsChannel = (typeof CREDENTIALS_INVOKE_CHANNELS)[number]

/** Forgotten password, forced change, security image and questions, username, contract, enrollment. */
export const credentialsFeature = defineFeature<CredentialsChannel>(({ api, auth, config }) => {
  const credentials = createCredentialsService({ api, auth, kioskId: config.kioskId })
  return {
    name: 'credentials',
    handlers: {
      'credentials.recoveryOptions': ({ idNumber }) => credentials.recoveryOptions(idNumber),
      'credentials.requestRecovery': (input) => credentials.requestRecovery(input),
      'credentials.status': () => credentials.status(),
      'credentials.changePassword': (input) => credentials.changePassword(input),
      'credentials.setSecurityImage': (input) => credentials.setSecurityImage(input),
      'credentials.questions.set': (input) => credentials.setSecurityQuestions(input),
      'credentials.questions.challenge': () => credentials.securityChallenge(),
      'credentials.questions.answer': (input) => credentials.answerSecurityChallenge(input),
      'credentials.changeUsername': (input) => credentials.changeUsername(input),
      'credentials.contract.get': () => credentials.contract(),
      'credentials.contract.accept': (input) => credentials.acceptContract(input),
      'credentials.emailServices.set': (input) => credentials.setEmailServices(input),
      'credentials.enroll.start': (input) => credentials.startEnrollment(input),
      'credentials.enroll.resend': (input) => credentials.resendEnrollmentCode(input),
      'credentials.enroll.verify': (input) => credentials.verifyEnrollment(input),
    },
  }
})
