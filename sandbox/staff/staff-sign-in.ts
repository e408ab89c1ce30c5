import type { StaffRole, StaffSignInRequest, StaffSignInResponse } from '../../shared/api/staff'
import { KioskError } from '../../shared/ipc/errors'
import { idDigest } from '../auth/id-digest'
import { accountLocked, type LoginGuard } from '../auth/login-guard'
import type { StaffDirectory } from './directory'
import type { StaffSessions } from './staff-sessions'

/** Who the directory says a right password belongs to (an enabled account with a staff role). */
export interface StaffIdentity {
  username: string
  displayName: string
  roles: StaffRole[]
}

export interface StaffSignInDeps {
  directory: StaffDirectory
  sessions: StaffSessions
  /** The members' login guard table, keyed apart ("staff|" + username) so the two never share a count. */
  guard: LoginGuard
  secret: string
  now: () => Date
}

/**
 * Staff sign-in: the lock is checked before the directory is asked, a wrong password and an unknown
 * username count alike, and only the right password learns that an account is disabled or has no staff
 * role (a guesser learns nothing about which accounts exist).
 */
export function createStaffSignIn({ directory, sessions, guard, secret, now }: StaffSignInDeps) {
  async function checkPassword(username: string, password: string): Promise<StaffIdentity> {
    const key = idDigest(secret, `staff|${username.toLowerCase()}`).toString('hex')
    const lock = guard.activeLock(key)
    if (lock) throw accountLocked(lock, now())
    const answer = await directory.authenticate(username, password)
    if (!answer.ok) {
      const outcome = guard.recordFailure(key)
      if (outcome.locked) throw accountLocked(outcome.lock, now())
      throw new KioskError('INVALID_CREDENTIALS', 'Wrong username or password', {
        attemptsLeft: outcome.attemptsLeft,
      })
    }
    guard.reset(key)
    if (answer.disabled)
      throw new KioskError('ACCOUNT_LOCKED', 'Staff account disabled in the directory', {
        unlockBy: 'administrator',
      })
    if (answer.roles.length === 0)
      throw new KioskError('FORBIDDEN', 'The directory gives this user no staff role')
    return { username: answer.username, displayName: answer.displayName, roles: answer.roles }
  }

  return {
    checkPassword,
    async signIn(req: StaffSignInRequest): Promise<StaffSignInResponse> {
      const who = await checkPassword(req.username, req.password)
      return sessions.create({ ...who, terminalId: req.terminalId })
    },
  }
}
