import type { Database } from '../db/database'
import type { FastifyInstance } from 'fastify'
import type { CredentialStatus } from '../../shared/api/credentials'
import { SecurityImageIdSchema } from '../../shared/security/security-images'
import type { LoginGuard } from '../auth/login-guard'
import { hashToken, type SessionStore } from '../auth/sessions'
import type { Outbox } from '../outbox/outbox'
import type { CooperativeProfile } from '../profiles'
import { installRateLimits } from '../rate-limit/rate-limit-hook'
import { createSlidingWindow } from '../rate-limit/sliding-window'
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
export function createCredentialsModule(deps: CredentialsDeps) {
  const { db, secret, profile, now, options, sessions, guard, outbox } = deps
  const cooperativeName = profile.shortName
  const members = createMemberCredentials(db)
  const temporaryKeys = createTemporaryKeys({
    db,
    secret,
    policy: profile.passwordPolicy,
    ttlSeconds: options.tempKeyTtlSeconds,
    now,
  })
  const setup = createSetupState(db, SERVICE_CONTRACT.version)
  const grants = createVerificationGrants(db, now)
  const questions = createSecurityQuestions({ db, grants, now, blockSeconds: options.questionBlockSeconds })
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
    setup,
    questions,
    contract,
    recovery: createRecovery({ db, secret, cooperativeName, members, temporaryKeys, outbox }),
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
      now,
      otpTtlSeconds: options.otpTtlSeconds,
      resendCooldownSeconds: options.otpResendSeconds,
      temporaryKeys,
      sessions,
      guard,
      setup,
      outbox,
    }),

    /** What the sign-in step needs: find users by ID or username, accept temporary keys, report setup. */
    signIn: {
      onlineUser: members.onlineUser,
      /** True when `candidate` is the member's valid temporary key: it is used up and a change is forced. */
      useTemporaryKey(memberId: number, candidate: string): boolean {
        return db.transaction(() => {
          if (!temporaryKeys.consume(memberId, candidate)) return false
          markTemporarySignIn.run(memberId)
          return true
        })()
      },
      pendingSetup: setup.pending,
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
        perKiosk: options.rateLimitPerKiosk,
        windowSeconds: options.rateLimitWindowSeconds,
        secret,
      })
      installSetupGate(app, sessions, setup)
    },
  }
}
export type CredentialsModule = ReturnType<typeof createCredentialsModule>
