import type { ApiRoute } from './route'
import { z } from 'zod'
import { IdNumberSchema, LoginResponseSchema } from './auth'
import { codeOddsText, ENROLLMENT_DATA_TEXT, SEND_LIMITS_TEXT } from './credential-limits'
import { MEMBER_NUMBER_PATTERN, OTP_LENGTH } from './identifiers'

/*
 * Self-enrollment at the kiosk (seeds 001, 002, 004): ID number, member number and birth date must match a
 * member without an online user; a one-time code goes to the registered phone; the right code creates the
 * online user with a temporary key and signs the member in to finish the setup steps.
 */

export const OtpSchema = z.string().regex(new RegExp(`^\\d{${OTP_LENGTH}}$`), `code: ${OTP_LENGTH} digits`)
export const MemberNumberSchema = z.string().regex(MEMBER_NUMBER_PATTERN, 'member number: 3 to 20 characters')
export const EnrollmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

export const EnrollStartRequestSchema = z
  .object({
    idNumber: IdNumberSchema,
    memberNumber: MemberNumberSchema,
    birthDate: z.iso.date(),
    kioskId: z.string().min(1).max(64),
  })
  .strict()
  .meta({ id: 'EnrollStartRequest' })

/**
 * Where the code went and the limits of this enrollment: tries for this code, resends left and when, and
 * what the member's daily budget still allows (the smaller of the two is what counts).
 */
export const EnrollmentChallengeSchema = z
  .object({
    enrollmentId: EnrollmentIdSchema,
    maskedPhone: z.string(),
    expiresInSeconds: z.number().int().positive(),
    resendInSeconds: z.number().int().min(0),
    resendsLeft: z.number().int().min(0),
    /** Tries for this code. */
    attemptsLeft: z.number().int().min(0),
    /** Wrong codes the member may still give today, across every enrollment and resend (the budget). */
    attemptsLeftToday: z.number().int().min(0),
  })
  .meta({ id: 'EnrollmentChallenge' })

export const EnrollResendRequestSchema = z
  .object({ enrollmentId: EnrollmentIdSchema })
  .strict()
  .meta({ id: 'EnrollResendRequest' })

export const EnrollVerifyRequestSchema = z
  .object({ enrollmentId: EnrollmentIdSchema, code: OtpSchema, kioskId: z.string().min(1).max(64) })
  .strict()
  .meta({ id: 'EnrollVerifyRequest' })

export type EnrollmentChallenge = z.infer<typeof EnrollmentChallengeSchema>

export const ENROLLMENT_ROUTES = {
  enrollStart: {
    method: 'POST',
    path: '/v1/enrollment',
    summary:
      'Self-enrollment, step 1: member data must match a member without an online user; sends a code by SMS',
    description: [ENROLLMENT_DATA_TEXT, SEND_LIMITS_TEXT, codeOddsText('enrollment-code')].join(' '),
    tag: 'enrollment',
    auth: false,
    body: EnrollStartRequestSchema,
    response: EnrollmentChallengeSchema,
    errors: ['VALIDATION', 'ENROLLMENT_REFUSED', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  enrollResend: {
    method: 'POST',
    path: '/v1/enrollment/resend',
    summary: 'Sends a new code after the cooldown (a limited number of times)',
    description: `${SEND_LIMITS_TEXT} Resending does not give new tries: ${codeOddsText('enrollment-code')}`,
    tag: 'enrollment',
    auth: false,
    body: EnrollResendRequestSchema,
    response: EnrollmentChallengeSchema,
    errors: ['VALIDATION', 'CODE_EXPIRED', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
  enrollVerify: {
    method: 'POST',
    path: '/v1/enrollment/verify',
    summary:
      'Self-enrollment, step 2: the code creates the online user with a temporary key and opens a session that must finish setup',
    description: `3 tries per code (CODE_INVALID with attemptsLeft, then CODE_EXPIRED). ${codeOddsText('enrollment-code')}`,
    tag: 'enrollment',
    auth: false,
    body: EnrollVerifyRequestSchema,
    response: LoginResponseSchema,
    errors: ['VALIDATION', 'CODE_INVALID', 'CODE_EXPIRED', 'RATE_LIMITED', 'ATTEMPTS_EXHAUSTED'],
  },
} as const satisfies Record<string, ApiRoute>
