import {
  ImageReportResponseSchema,
  SignInAnswerRequestSchema,
  SignInAnswerResponseSchema,
  SignInQuestionRequestSchema,
  SignInQuestionSchema,
  TermsOfUseSchema,
} from '../../api/sign-in-extras'
import { IdNumberSchema } from '../../api/auth'
import { z } from 'zod'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * Around sign-in (issue 16, flows 3, 5, 6): all before a session exists, so public. The kiosk names
 * itself in the image report (main adds its id); the answer's ticket goes back in lookup and login.
 */
export const SIGN_IN_EXTRAS_SERVICE = defineService({
  name: 'signIn',
  methods: {
    question: { audience: 'public', input: SignInQuestionRequestSchema, output: SignInQuestionSchema },
    answer: { audience: 'public', input: SignInAnswerRequestSchema, output: SignInAnswerResponseSchema },
    terms: { audience: 'public', input: NoInput, output: TermsOfUseSchema },
    reportImage: {
      audience: 'public',
      input: z.object({ idNumber: IdNumberSchema }).strict(),
      output: ImageReportResponseSchema,
    },
  },
})
