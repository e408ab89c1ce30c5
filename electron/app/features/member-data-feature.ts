import { CONTACT_REVIEW_SERVICE, MEMBER_DATA_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import {
  createContactReviewService,
  createMemberDataService,
} from '../../services/member-data/member-data-service'
import { defineFeature } from '../feature'

/** The member's own data (issue 16): personal data and contact changes, withdrawals, activity. */
export const memberDataFeature = defineFeature(({ api, auth }) => {
  const data = createMemberDataService({ api, auth })
  const review = createContactReviewService({ api, auth })
  return {
    name: 'memberData',
    handlers: {
      ...registerService(MEMBER_DATA_SERVICE, {
        profile: () => data.profile(),
        startChange: (body) => data.startChange(body),
        confirmChange: ({ changeId, ...codes }) => data.confirmChange(changeId, codes),
        withdrawals: () => data.withdrawals(),
        requestWithdrawal: ({ idempotencyKey, ...draft }) => data.requestWithdrawal(idempotencyKey, draft),
        cancelWithdrawal: ({ requestNumber }) => data.cancelWithdrawal(requestNumber),
        activity: () => data.activity(),
      }),
      // The teller screen's review of contact changes (staff audience, desk roles).
      ...registerService(CONTACT_REVIEW_SERVICE, {
        list: () => review.list(),
        decide: ({ changeId, decision }) => review.decide(changeId, decision),
      }),
    },
  }
})
