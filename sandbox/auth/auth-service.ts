import { randomBytes } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { LoginRequest, LoginResponse, LookupResponse } from '../../shared/api/auth'
import { KioskError } from '../../shared/ipc/errors'
import { SecurityImageIdSchema } from '../../shared/security/security-images'
import { decoyLookup } from './decoy'
import { idDigest } from './id-digest'
import type { LoginGuard } from './login-guard'
import { maskName } from './mask'
import { hashPassword, verifyPassword } from './password-hash'
import type { SessionStore } from './sessions'

interface MemberAuthRow {
  id: number
  full_name: string
  display_name: string
  security_image_id: string
  security_phrase: string
  password_hash: string
  must_change_password: 0 | 1
}

export interface AuthDeps {
  db: Database
  secret: string
  guard: LoginGuard
  sessions: SessionStore
}

/** ID numbers are compared upper-case: "v123" and "V123" are the same passport. */
const normalizeId = (idNumber: string) => idNumber.toUpperCase()

/**
 * Both login steps. Neither reveals whether an ID belongs to a member: lookup answers a deterministic
 * decoy for unknown IDs, and login runs the same scrypt work and the same lockout counting for them.
 */
export function createAuthService({ db, secret, guard, sessions }: AuthDeps) {
  const byIdNumber = db.prepare<[string], MemberAuthRow>(
    `SELECT id, full_name, display_name, security_image_id, security_phrase, password_hash,
       must_change_password
     FROM members WHERE id_number = ?`,
  )
  // Verified against for unknown IDs so their login costs one scrypt like a member's. Made up front so
  // the first unknown ID does not pay for an extra hash.
  const dummyHash = hashPassword(randomBytes(16).toString('hex'))

  return {
    lookup(idNumber: string): LookupResponse {
      const id = normalizeId(idNumber)
      // Computed for every ID so members and non-members cost the same work.
      const decoy = decoyLookup(secret, id)
      const m = byIdNumber.get(id)
      if (!m) return decoy
      return {
        maskedName: maskName(m.full_name),
        securityImageId: SecurityImageIdSchema.parse(m.security_image_id),
        securityPhrase: m.security_phrase,
      }
    },

    async login({ idNumber, password, kioskId }: LoginRequest): Promise<LoginResponse> {
      const id = normalizeId(idNumber)
      const key = idDigest(secret, id).toString('hex')
      const member = byIdNumber.get(id)
      const passwordOk = await verifyPassword(password, member?.password_hash ?? (await dummyHash))
      // From here on everything is synchronous, so concurrent attempts cannot both slip under the limit.
      const locked = () => new KioskError('ACCOUNT_LOCKED', 'Account locked: visit a branch to unlock it')
      if (guard.isLocked(key)) throw locked()
      if (member && passwordOk) {
        guard.reset(key)
        const { token, expiresAt } = sessions.create(member.id, kioskId)
        return {
          token,
          expiresAt: expiresAt.toISOString(),
          mustChangePassword: member.must_change_password === 1,
          member: { displayName: member.display_name },
        }
      }
      const outcome = guard.recordFailure(key)
      if (outcome.locked) throw locked()
      throw new KioskError('INVALID_CREDENTIALS', 'Invalid ID number or password', {
        attemptsLeft: outcome.attemptsLeft,
      })
    },
  }
}
export type AuthService = ReturnType<typeof createAuthService>
