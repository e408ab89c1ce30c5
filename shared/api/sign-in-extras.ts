import type { ApiRoute } from './route'
import { z } from 'zod'
import { IdNumberSchema, QuestionTicketSchema } from './auth'
import { SECURITY_ANSWER_TEXT } from './credential-limits'
import { SecurityAnswerSchema, SecurityQuestionIdSchema } from './credentials'

/*
 * Around sign-in (issue 16, flows 3, 5 and 6): the security question some cooperatives ask after the ID,
 * the report of a security image that is not the member's, and the terms of use the sign-in screen names.
 */

const KioskIdSchema = z.string().min(1).max(64)

export const SignInQuestionRequestSchema = z
  .object({ idNumber: IdNumberSchema })
  .strict()
  .meta({ id: 'SignInQuestionRequest' })
/**
 * Whether this cooperative asks a question before the security image (seed 004), and which. Unknown IDs
 * get a decoy question, fixed per ID, whose answers are never right.
 */
export const SignInQuestionSchema = z
  .discriminatedUnion('required', [
    z.object({ required: z.literal(false) }),
    z.object({
      required: z.literal(true),
      questionId: SecurityQuestionIdSchema,
      attemptsLeft: z.number().int().min(0),
    }),
  ])
  .meta({ id: 'SignInQuestion' })

export const SignInAnswerRequestSchema = z
  .object({ idNumber: IdNumberSchema, answer: SecurityAnswerSchema })
  .strict()
  .meta({ id: 'SignInAnswerRequest' })
export const SignInAnswerResponseSchema = z
  .object({ questionTicket: QuestionTicketSchema, expiresAt: z.iso.datetime() })
  .meta({ id: 'SignInAnswerResponse' })

const TermsTextSchema = z.object({
  title: z.string().min(1).max(120),
  paragraphs: z.array(z.string().min(1).max(2000)).min(1).max(40),
})
/** The cooperative's terms of use of the kiosk (seed 003), in both kiosk languages. */
export const TermsOfUseSchema = z
  .object({ version: z.string().min(1).max(20), es: TermsTextSchema, en: TermsTextSchema })
  .meta({ id: 'TermsOfUse' })

export const ImageReportRequestSchema = z
  .object({ idNumber: IdNumberSchema, kioskId: KioskIdSchema })
  .strict()
  .meta({ id: 'ImageReportRequest' })
/** Recorded (or, for an unknown ID, answered alike): where the member calls, and the reference to give. */
export const ImageReportResponseSchema = z
  .object({
    reference: z.string().regex(/^SEG-[0-9A-F]{8}$/),
    reportedAt: z.iso.datetime(),
    serviceNumber: z.object({
      label: z.object({ es: z.string().min(1), en: z.string().min(1) }),
      number: z.string().min(3).max(40),
    }),
  })
  .meta({ id: 'ImageReportResponse' })

export type SignInQuestion = z.infer<typeof SignInQuestionSchema>
export type SignInAnswerResponse = z.infer<typeof SignInAnswerResponseSchema>
export type TermsOfUse = z.infer<typeof TermsOfUseSchema>
export type ImageReportResponse = z.infer<typeof ImageReportResponseSchema>

export const SIGN_IN_EXTRAS_ROUTES = {
  signInQuestion: {
    method: 'POST',
    path: '/v1/auth/question',
    summary: 'Before the security image (profiles that ask it): the security question for an ID',
    description:
      'The same question until it is answered right (shared with the question asked before sensitive ' +
      'changes). Unknown IDs get a decoy question of the same shape, fixed per ID. A member who has no ' +
      `questions yet (first access) is not asked. ${SECURITY_ANSWER_TEXT}`,
    tag: 'auth',
    auth: false,
    body: SignInQuestionRequestSchema,
    response: SignInQuestionSchema,
    errors: ['VALIDATION', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  signInAnswer: {
    method: 'POST',
    path: '/v1/auth/question/answer',
    summary: 'Answers the sign-in question; a right answer returns the ticket lookup and login need',
    description:
      'Wrong answers spend the same daily security-answer budget as the in-session question, members ' +
      `and unknown IDs alike; three in a row block the question for a while. ${SECURITY_ANSWER_TEXT}`,
    tag: 'auth',
    auth: false,
    body: SignInAnswerRequestSchema,
    response: SignInAnswerResponseSchema,
    errors: ['VALIDATION', 'SECURITY_ANSWER_WRONG', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  termsOfUse: {
    method: 'GET',
    path: '/v1/auth/terms',
    summary: "The cooperative's terms of use, accepted by signing in (not the service contract)",
    tag: 'auth',
    auth: false,
    response: TermsOfUseSchema,
    errors: [],
  },
  imageReport: {
    method: 'POST',
    path: '/v1/auth/image-report',
    summary: '"No es mi imagen": records a security event for the member and kiosk, for the teller',
    description:
      'Answers the same for an unknown ID (nothing is recorded for it), so the report reveals no ' +
      'membership. The event shows among the member’s credential events at the teller desk.',
    tag: 'auth',
    auth: false,
    body: ImageReportRequestSchema,
    response: ImageReportResponseSchema,
    errors: ['VALIDATION', 'RATE_LIMITED'],
  },
} as const satisfies Record<string, ApiRoute>
