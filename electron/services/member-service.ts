import type { MemberSummary } from '../../shared/api/member'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'

export interface MemberService {
  summary(): Promise<MemberSummary>
}

export function createMemberService({ api, auth }: { api: ApiClient; auth: AuthService }): MemberService {
  return {
    summary: () => auth.withToken((token) => api.call('memberSummary', undefined, token)),
  }
}
