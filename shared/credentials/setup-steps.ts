import { z } from 'zod'

/**
 * What a signed-in member must finish before anything else, in this order: a personal password (after a
 * temporary key), the anti-phishing image and phrase, three security questions, and the current service
 * contract. The API refuses every other route until the list is empty.
 */
export const SETUP_STEPS = ['password', 'securityImage', 'securityQuestions', 'contract'] as const
export const SetupStepSchema = z.enum(SETUP_STEPS)
export type SetupStep = z.infer<typeof SetupStepSchema>
