import type { CredentialStatus, ServiceContract } from '@shared/api/credentials'
import { ok, type FakeHandlers } from './fake-answers'

type CredentialsChannel = Extract<keyof FakeHandlers, `credentials.${string}`>

export const TEST_CREDENTIAL_STATUS: CredentialStatus = {
  pendingSetup: [],
  username: null,
  securityImageId: 'duck',
  securityPhrase: 'dado en la playa',
  securityQuestionIds: ['first-pet', 'first-job', 'school-sport'],
  contract: { currentVersion: '2026.1', acceptedVersion: '2026.1', acceptedAt: '2026-01-20T15:00:00.000Z' },
  emailServices: { generalStatement: true, cardStatement: false, promotions: false },
}

export const TEST_CONTRACT: ServiceContract = {
  version: '2026.1',
  publishedOn: '2026-01-15',
  texts: {
    es: { title: 'Contrato de servicios', clauses: ['PRIMERA — OBJETO.', 'SEGUNDA — CREDENCIALES.'] },
    en: { title: 'Services contract', clauses: ['ONE — PURPOSE.', 'TWO — CREDENTIALS.'] },
  },
}

const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString()
const challenge = {
  enrollmentId: 'enrollment-0123456789',
  maskedPhone: '****3129',
  expiresInSeconds: 300,
  resendInSeconds: 30,
  resendsLeft: 2,
  attemptsLeft: 3,
  attemptsLeftToday: 5,
}

/** Default answers of the credentials channels for renderer tests: every call succeeds. */
export const FAKE_CREDENTIALS: Partial<Pick<FakeHandlers, CredentialsChannel>> = {
  'credentials.recoveryOptions': () => ok({ sms: '****3129', email: 'jur*****@yah*****' }),
  'credentials.requestRecovery': ({ channel }) =>
    ok({
      channel,
      maskedDestination: channel === 'sms' ? '****3129' : 'jur*****@yah*****',
      expiresInSeconds: 1800,
    }),
  'credentials.status': () => ok(TEST_CREDENTIAL_STATUS),
  'credentials.changePassword': () => ok({ pendingSetup: [] }),
  'credentials.setSecurityImage': () => ok({ pendingSetup: [] }),
  'credentials.questions.set': () => ok({ pendingSetup: [] }),
  'credentials.questions.challenge': () => ok({ questionId: 'first-pet', attemptsLeft: 3 }),
  'credentials.questions.answer': ({ operation }) => ok({ operation, expiresAt: soon(300) }),
  'credentials.changeUsername': ({ username }) => ok({ username }),
  'credentials.contract.get': () => ok(TEST_CONTRACT),
  'credentials.contract.accept': () => ok({ pendingSetup: [] }),
  'credentials.emailServices.set': (services) => ok(services),
  'credentials.enroll.start': () => ok(challenge),
  'credentials.enroll.resend': () => ok({ ...challenge, resendsLeft: 1 }),
  'credentials.enroll.verify': () =>
    ok({
      displayName: 'Sandra Torres',
      mustChangePassword: true,
      pendingSetup: ['password', 'securityImage', 'securityQuestions', 'contract'],
      expiresAt: soon(600),
      previousSignIn: null,
    }),
}
