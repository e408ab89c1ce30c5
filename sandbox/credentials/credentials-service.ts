import type { Database } from '../db/database'
import type { FastifyInstance } from 'fastify'
import type { CredentialStatus } from '../../shared/api/credentials'
import { SecurityImageIdSchema } from '../../shared/api/auth'
import type { LoginGuard } from '../auth/login-guard'
import { hashToken, type SessionStore } from '../auth/sessions'
import type { Outbox } from '../outbox/outbox'
import type { CooperativeProfile } from '../profiles'
import { installRateLimits } from '../rate-limit/rate-limit-hook'
import { createSlidingWindow } from '../rate-limit/sliding-window'
import { idDigest } from '../auth/id-digest'
import { createAttemptBudget, DEFAULT_BUDGET_LIMITS } from './attempt-budget'
import { createContractAcceptance } from './contract-acceptance'
import { createCredentialChanges } from './credential-changes'
import { createEnrollment } from './enrollment'
import { createMemberCredentials } from './member-credentials'
import type { CredentialOptions } from './options'
import { createRecovery } from './recovery'
import { createSecurityQuestions, type SessionRef } from './security-questions'
import { SERVICE_CONTRACT } from './service-contract'
import { installSetupGate } from './setup-gate'
import { createSetupState } from './setup-state'
import { createTemporaryKeys } from './temporary-keys'
import { createVerificationGrants } from './verification-grants'

export interface CredentialsDeps {
  db: Database
  secret: string
  profile: CooperativeProfile
  now: () => Date
  options: CredentialOptions
  sessions: SessionStore
  guard: LoginGuard
  outbox: Outbox
}

/**
 * The credentials lifecycle of the sandbox, assembled: recovery, temporary keys, setup steps, security
 * questions, changes, contract, enrollment; plus what sign-in needs from it and the HTTP hooks that
 * enforce setup and rate limits on every route.
 */
export function createCredentialsService(deps: CredentialsDeps) {
  const { db, secret, profile, now, options, sessions, guard, outbox } = deps
  const cooperativeName = profile.shortName
  const members = createMemberCredentials(db)
  const budget = createAttemptBudget(db, now, {
    ...DEFAULT_BUDGET_LIMITS,
    sendCooldownSeconds: options.sendCooldownSeconds,
    sendsPerDay: options.sendsPerDay,
  })
  const subjectOf = (memberId: number) => idDigest(secret, members.byId(memberId)!.id_number).toString('hex')
  const temporaryKeys = createTemporaryKeys({
    db,
    secret,
    policy: profile.passwordPolicy,
    ttlSeconds: options.tempKeyTtlSeconds,
    now,
  })
  const setup = createSetupState(db, SERVICE_CONTRACT.version)
  const grants = createVerificationGrants(db, now)
  const questions = createSecurityQuestions({
    db,
    grants,
    now,
    blockSeconds: options.questionBlockSeconds,
    budget,
    subjectOf,
  })
  const contract = createContractAcceptance(db, now)
  const markTemporarySignIn = db.prepare<[number]>(
    'UPDATE members SET must_change_password = 1, image_pending = 1 WHERE id = ?',
  )
  const kioskOfSession = db.prepare<[string], { kiosk_id: string }>(
    'SELECT kiosk_id FROM sessions WHERE token_hash = ?',
  )

  /** The member and session behind a bearer token (SESSION_EXPIRED if none). */
  function session(bearer: string): SessionRef {
    return { memberId: sessions.require(bearer).memberId, tokenHash: hashToken(bearer) }
  }

  return {
    session,
    members,
    temporaryKeys,
    setup,
    questions,
    contract,
    budget,
    recovery: createRecovery({
      db,
      secret,
      cooperativeName,
      policy: profile.passwordPolicy,
      members,
      temporaryKeys,
      outbox,
      budget,
    }),
    changes: createCredentialChanges({
      db,
      secret,
      policy: profile.passwordPolicy,
      cooperativeName,
      members,
      temporaryKeys,
      grants,
      guard,
      now,
      outbox,
    }),
    enrollment: createEnrollment({
      db,
      secret,
      cooperativeName,
      policy: profile.passwordPolicy,
      now,
      otpTtlSeconds: options.otpTtlSeconds,
      resendCooldownSeconds: options.otpResendSeconds,
      temporaryKeys,
      sessions,
      guard,
      setup,
      outbox,
      budget,
    }),

    /** What the sign-in step needs: find users by ID or username, accept temporary keys, report setup. */
    signIn: {
      onlineUser: members.onlineUser,
      /**
       * True when `candidate` is the member's valid temporary key: it is used up and a change is forced.
       * While a key is open every wrong candidate spends the member's temporary-key budget; when it is
       * spent the open keys are revoked, so the key cannot be guessed by trying passwords.
       */
      useTemporaryKey(memberId: number, idKey: string, candidate: string): boolean {
        return db.transaction(() => {
          if (!temporaryKeys.hasOpen(memberId)) return false
          if (budget.attemptsLeft(idKey, 'temporary-key') === 0) return false
          if (temporaryKeys.consume(memberId, candidate)) {
            markTemporarySignIn.run(memberId)
            return true
          }
          if (budget.recordFailure(idKey, 'temporary-key') === 0) temporaryKeys.revokeAll(memberId)
          return false
        })()
      },
      pendingSetup: setup.pending,
      questions: { has: questions.hasQuestions, challenge: questions.challenge, verify: questions.verify },
      budget,
    },

    kioskOf(tokenHash: string): string | null {
      return kioskOfSession.get(tokenHash)?.kiosk_id ?? null
    },

    status(ref: SessionRef): CredentialStatus {
      const m = members.byId(ref.memberId)!
      const accepted = contract.latest(ref.memberId)
      return {
        pendingSetup: setup.pending(ref.memberId),
        username: m.username,
        securityImageId: SecurityImageIdSchema.parse(m.security_image_id),
        securityPhrase: m.security_phrase,
        securityQuestionIds: questions.questionIds(ref.memberId),
        contract: {
          currentVersion: SERVICE_CONTRACT.version,
          acceptedVersion: accepted?.version ?? null,
          acceptedAt: accepted?.acceptedAt.toISOString() ?? null,
        },
        emailServices: contract.emailServices(ref.memberId),
      }
    },

    /** Rate limits and the setup gate run before every route's handler. */
    installHooks(app: FastifyInstance): void {
      installRateLimits(app, createSlidingWindow(now), {
        perId: options.rateLimitPerId,
        perAddress: options.rateLimitPerAddress,
        windowSeconds: options.rateLimitWindowSeconds,
        secret,
      })
      installSetupGate(app, sessions, setup)
    },
  }
}
export type CredentialsService = ReturnType<typeof createCredentialsService>
