import type { StaffProfile } from '../../shared/api/staff'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'

export interface StaffService {
  signIn(input: { username: string; password: string }): Promise<StaffProfile>
  signOut(): Promise<{ ok: true }>
  me(): Promise<StaffProfile>
}

export interface StaffServiceDeps {
  api: ApiClient
  auth: AuthService
  /** This PC's configured id: the terminal every staff action is recorded with. */
  terminalId: string
}

/** Staff sign-in through the API; the token goes to the auth service's staff slot and nowhere else. */
export function createStaffService({ api, auth, terminalId }: StaffServiceDeps): StaffService {
  return {
    async signIn({ username, password }) {
      const { token, ...profile } = await api.call('staffSignIn', { username, password, terminalId })
      auth.adoptStaff({ token, expiresAt: profile.expiresAt, roles: profile.roles })
      return profile
    },
    async signOut() {
      await auth.endStaffSession()
      return { ok: true }
    },
    async me() {
      const profile = await auth.withStaffToken((token) => api.call('staffMe', undefined, token))
      auth.staffActive(profile.expiresAt)
      return profile
    },
  }
}
