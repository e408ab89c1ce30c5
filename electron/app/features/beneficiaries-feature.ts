import { BENEFICIARIES_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createBeneficiariesService } from '../../services/payments/beneficiaries-service'
import { defineFeature } from '../feature'

/** Beneficiaries (issue 9, item 4; seed 002): the people the member's transfers go to. */
export const beneficiariesFeature = defineFeature(({ api, auth, clock }) => {
  const beneficiaries = createBeneficiariesService({ api, auth, clock })
  return {
    name: 'beneficiaries',
    handlers: registerService(BENEFICIARIES_SERVICE, {
      list: () => beneficiaries.list(),
      authorize: (draft) => beneficiaries.authorize(draft),
      resend: ({ challengeId }) => beneficiaries.resend(challengeId),
      add: (body) => beneficiaries.add(body),
      edit: ({ id, name }) => beneficiaries.edit(id, name),
      remove: ({ id }) => beneficiaries.remove(id),
    }),
  }
})
