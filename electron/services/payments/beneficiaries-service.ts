import type {
  Beneficiary,
  BeneficiaryAdd,
  BeneficiaryChallenge,
  BeneficiaryDraft,
  BeneficiaryList,
} from '../../../shared/api/beneficiaries'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { Clock } from '../session-timer'

/** The channel whose step-up a beneficiary code request opens. */
export const BENEFICIARY_ADD_CHANNEL = 'beneficiaries.add'

export interface BeneficiariesService {
  list(): Promise<BeneficiaryList>
  authorize(draft: BeneficiaryDraft): Promise<BeneficiaryChallenge>
  resend(challengeId: string): Promise<BeneficiaryChallenge>
  add(body: BeneficiaryAdd): Promise<Beneficiary>
  edit(id: string, name: string): Promise<Beneficiary>
  remove(id: string): Promise<{ id: string }>
}

/** The member's beneficiaries over the API, with the member's session; the API checks ownership and codes. */
export function createBeneficiariesService(deps: {
  api: ApiClient
  auth: AuthService
  clock: Clock
}): BeneficiariesService {
  const { api, auth, clock } = deps
  const withToken = auth.withToken.bind(auth)
  const opened = (challenge: BeneficiaryChallenge) => {
    auth.grantStepUp(BENEFICIARY_ADD_CHANNEL, clock.now() + challenge.expiresInSeconds * 1000)
    return challenge
  }
  return {
    list: () => withToken((token) => api.call('beneficiaryList', undefined, token)),
    authorize: async (draft) =>
      opened(await withToken((token) => api.call('beneficiaryAuthorize', draft, token))),
    resend: async (challengeId) =>
      opened(
        await withToken((token) =>
          api.call('beneficiaryAuthorizeResend', { params: { challengeId } }, token),
        ),
      ),
    async add(body) {
      const added = await withToken((token) => api.call('beneficiaryAdd', body, token))
      // One code, one beneficiary: the next one asks again.
      auth.grantStepUp(BENEFICIARY_ADD_CHANNEL, 0)
      return added
    },
    edit: (id, name) =>
      withToken((token) =>
        api.call('beneficiaryEdit', { params: { beneficiaryId: id }, body: { name } }, token),
      ),
    remove: (id) =>
      withToken((token) => api.call('beneficiaryDelete', { params: { beneficiaryId: id } }, token)),
  }
}
