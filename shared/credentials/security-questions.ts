import { z } from 'zod'

/**
 * The catalogue of security questions (seed 004 asks three of them before certain operations). Ids are
 * the contract; the Spanish and English texts live in the renderer's messages.
 */
export const SECURITY_QUESTION_IDS = [
  'childhood-occupation',
  'school-sport',
  'friend-birthday-month',
  'first-pet',
  'mother-birth-city',
  'primary-school',
  'favorite-dish',
  'first-job',
  'favorite-teacher',
  'childhood-neighborhood',
] as const
export const SecurityQuestionIdSchema = z.enum(SECURITY_QUESTION_IDS)
export type SecurityQuestionId = z.infer<typeof SecurityQuestionIdSchema>

/** How many questions a member chooses and answers. */
export const SECURITY_QUESTION_COUNT = 3
/** Wrong answers in a row before the sensitive operations are blocked for a while. */
export const SECURITY_ANSWER_TRIES = 3

/** The operations a security question guards (seed 004: "ciertas operaciones"). */
export const SENSITIVE_OPERATIONS = ['password', 'username', 'securityImage', 'securityQuestions'] as const
export const SensitiveOperationSchema = z.enum(SENSITIVE_OPERATIONS)
export type SensitiveOperation = z.infer<typeof SensitiveOperationSchema>
