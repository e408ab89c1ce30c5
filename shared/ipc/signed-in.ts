import { z } from 'zod'
import { SetupStepSchema } from '../credentials/setup-steps'

/**
 * What the renderer learns when a session starts (password sign-in or the end of self-enrollment). The
 * API token stays in main: only who signed in, until when, and which setup steps must come first.
 */
export const SignedInSchema = z.object({
  displayName: z.string(),
  mustChangePassword: z.boolean(),
  pendingSetup: z.array(SetupStepSchema),
  expiresAt: z.iso.datetime(),
})
export type SignedIn = z.infer<typeof SignedInSchema>
