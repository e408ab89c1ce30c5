import { randomBytes } from 'node:crypto'
import type { LoginRequest, LoginResponse, LookupResponse } from '../../shared/api/auth'
import type { SetupStep } from '../../shared/credentials/setup-steps'
import { KioskError } from '../../shared/ipc/errors'
import { SecurityImageIdSchema } from '../../shared/api/auth'
import { decoyLookup } from './decoy'
import { idDigest } from './id-digest'
import { accountLocked, type LoginGuard } from './login-guard'
import { maskName } from './mask'
import { hashPassword, verifyPassword } from './password-hash'
import type { SessionStore } from './sessions'
import type { AttemptBudget } from '../credentials/attempt-budget'
import type { SignInQuestions, SignInQuestionStep } from './sign-in-question'

interface MemberAuthRow {
  id: number
  id_number: string
  full_name: string
  display_name: string
  security_image_id: string
  security_phrase: string
  password_hash: string
}

/** What sign-in needs from the credentials lifecycle (sandbox/credentials). */
export interface SignInCredentials {
  /** The member with an online user named by an ID number or a username; others are not found. */
  onlineUser(identifier: string): MemberAuthRow | undefined
  /**
   * True, once, when `candidate` is the member's valid temporary key (a change is then forced). A wrong
   * candidate counts against the member's daily temporary-key budget (`idKey`: the login guard's key).
   */
  useTemporaryKey(memberId: number, idKey: string, candidate: string): boolean
  pendingSetup(memberId: number): SetupStep[]
  /** The member's security questions, for profiles that ask one at sign-in. */
  questions: SignInQuestions
  /** The daily budgets, keyed like the login guard (unknown IDs spend theirs too). */
  budget: AttemptBudget
}

export interface AuthDeps {
  secret: string
  /** The question step (sign-in-question.ts), which lookup and login require where the profile asks it. */
  question: SignInQuestionStep
  guard: LoginGuard
  sessions: SessionStore
  credentials: SignInCredentials
  now: () => Date
}

/** ID numbers are compared upper-case: "v123" and "V123" are the same passport. */
const normalizeId = (idNumber: string) => idNumber.toUpperCase()

/**
 * Both login steps, by ID number or username. Neither reveals whether an ID belongs to a member with an
 * online user: lookup answers a deterministic decoy for unknown IDs, and login runs the same scrypt work
 * and the same lockout counting for them. A temporary key signs in once, with a password change forced.
 */
export function createAuthService({ secret, guard, sessions, credentials, question, now }: AuthDeps) {
  // Verified against for unknown IDs so their login costs one scrypt like a member's. Made up front so
  // the first unknown ID does not pay for an extra hash.
  const dummyHash = hashPassword(randomBytes(16).toString('hex'))

  return {
    lookup(idNumber: string, questionTicket?: string): LookupResponse {
      question.requireTicket(idNumber, questionTicket)
      const id = normalizeId(idNumber)
      // Computed for every ID so members and non-members cost the same work.
      const decoy = decoyLookup(secret, id)
      const m = credentials.onlineUser(idNumber)
      if (!m) return decoy
      return {
        maskedName: maskName(m.full_name),
        securityImageId: SecurityImageIdSchema.parse(m.security_image_id),
        securityPhrase: m.security_phrase,
      }
    },

    async login({ idNumber, password, kioskId, questionTicket }: LoginRequest): Promise<LoginResponse> {
      // Before the password is looked at: a script cannot skip the question and try passwords.
      question.requireTicket(idNumber, questionTicket)
      const member = credentials.onlineUser(idNumber)
      // One counter per member whether they typed the ID number or the username.
      const key = idDigest(secret, member?.id_number ?? normalizeId(idNumber)).toString('hex')
      const passwordOk = await verifyPassword(password, member?.password_hash ?? (await dummyHash))
      // From here on everything is synchronous, so concurrent attempts cannot both slip under the limit.
      const active = guard.activeLock(key)
      // Under a lock the password is not even looked at; only a temporary key can lift a lock that says so.
      if (active && !active.recoveryUnlocks) throw accountLocked(active, now())
      const viaTemporaryKey =
        (!passwordOk || active !== null) &&
        member !== undefined &&
        credentials.useTemporaryKey(member.id, key, password)
      if (active && !viaTemporaryKey) throw accountLocked(active, now())
      if (member && (passwordOk || viaTemporaryKey)) {
        guard.reset(key)
        question.spend(questionTicket)
        const { token, expiresAt, previous } = sessions.create(member.id, kioskId)
        const pendingSetup = credentials.pendingSetup(member.id)
        return {
          token,
          expiresAt: expiresAt.toISOString(),
          mustChangePassword: pendingSetup.includes('password'),
          pendingSetup,
          member: { displayName: member.display_name },
          previousSignIn: previous,
        }
      }
      const outcome = guard.recordFailure(key)
      if (outcome.locked) throw accountLocked(outcome.lock, now())
      throw new KioskError('INVALID_CREDENTIALS', 'Invalid ID number or password', {
        attemptsLeft: outcome.attemptsLeft,
      })
    },
  }
}
export type AuthService = ReturnType<typeof createAuthService>
