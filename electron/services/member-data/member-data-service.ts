import type {
  Activity,
  ContactChangeChallenge,
  ContactChangeConfirm,
  ContactChangeRequest,
  ContactChange,
  ContactChangeResult,
  ContactReviewList,
  MemberProfile,
  WithdrawalDraft,
  WithdrawalRequest,
  Withdrawals,
} from '../../../shared/api/member-data'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'

export interface MemberDataService {
  profile(): Promise<MemberProfile>
  startChange(body: ContactChangeRequest): Promise<ContactChangeChallenge>
  confirmChange(changeId: string, codes: ContactChangeConfirm): Promise<ContactChangeResult>
  withdrawals(): Promise<Withdrawals>
  /** The same key on a retry answers the same request (the API keeps it). */
  requestWithdrawal(idempotencyKey: string, draft: WithdrawalDraft): Promise<WithdrawalRequest>
  withdrawal(requestNumber: string): Promise<WithdrawalRequest>
  cancelWithdrawal(requestNumber: string): Promise<WithdrawalRequest>
  activity(): Promise<Activity>
}

/** The member's own data over the API, with the member's session; the API checks codes, rules and ownership. */
export function createMemberDataService({
  api,
  auth,
}: {
  api: ApiClient
  auth: AuthService
}): MemberDataService {
  const withToken = auth.withToken.bind(auth)
  return {
    profile: () => withToken((token) => api.call('memberProfile', undefined, token)),
    startChange: (body) => withToken((token) => api.call('contactChangeStart', body, token)),
    confirmChange: (changeId, body) =>
      withToken((token) => api.call('contactChangeConfirm', { params: { changeId }, body }, token)),
    withdrawals: () => withToken((token) => api.call('withdrawalList', undefined, token)),
    requestWithdrawal: (idempotencyKey, draft) =>
      withToken((token) => api.call('withdrawalRequest', draft, token, { idempotencyKey })),
    withdrawal: (requestNumber) =>
      withToken((token) => api.call('withdrawalGet', { params: { requestNumber } }, token)),
    cancelWithdrawal: (requestNumber) =>
      withToken((token) => api.call('withdrawalCancel', { params: { requestNumber } }, token)),
    activity: () => withToken((token) => api.call('memberActivity', undefined, token)),
  }
}

export interface ContactReviewService {
  list(): Promise<ContactReviewList>
  decide(changeId: string, decision: 'approve' | 'reject'): Promise<ContactChange>
}

/** The teller's review of contact changes, with the staff session (the API checks the role). */
export function createContactReviewService({
  api,
  auth,
}: {
  api: ApiClient
  auth: AuthService
}): ContactReviewService {
  return {
    list: () => auth.withStaffToken((token) => api.call('contactReviewList', undefined, token)),
    decide: (changeId, decision) =>
      auth.withStaffToken((token) =>
        api.call('contactReviewDecide', { params: { changeId }, body: { decision } }, token),
      ),
  }
}
