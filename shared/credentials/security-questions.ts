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
export type SecurityQuestionId = (typeof SECURITY_QUESTION_IDS)[number]

/** How many questions a member chooses and answers. */
export const SECURITY_QUESTION_COUNT = 3
/** Wrong answers in a row before the sensitive operations are blocked for a while. */
export const SECURITY_ANSWER_TRIES = 3

/** The operations a security question guards (seed 004: "ciertas operaciones"). */
export const SENSITIVE_OPERATIONS = ['password', 'username', 'securityImage', 'securityQuestions'] as const
export type SensitiveOperation = (typeof SENSITIVE_OPERATIONS)[number]
export const isSensitiveOperation = (value: unknown): value is SensitiveOperation =>
  (SENSITIVE_OPERATIONS as readonly unknown[]).includes(value)
