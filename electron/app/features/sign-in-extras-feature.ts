import { SIGN_IN_EXTRAS_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { defineFeature } from '../feature'

/** Around sign-in (issue 16, flows 3, 5, 6): the question some cooperatives ask, the terms, the image report. */
export const signInExtrasFeature = defineFeature(({ api, config, logger }) => ({
  name: 'signInExtras',
  handlers: registerService(SIGN_IN_EXTRAS_SERVICE, {
    question: (body) => api.call('signInQuestion', body),
    answer: (body) => api.call('signInAnswer', body),
    terms: () => api.call('termsOfUse', undefined),
    async reportImage({ idNumber }) {
      const answer = await api.call('imageReport', { idNumber, kioskId: config.kioskId })
      // The reference only: the ID stays out of the log.
      logger.info({ reference: answer.reference }, 'sign-in: security image reported')
      return answer
    },
  }),
}))
