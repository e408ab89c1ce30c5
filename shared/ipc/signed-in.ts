import { z } from 'zod'
import { PreviousSignInSchema } from '../api/auth'
import { SetupStepSchema } from '../credentials/setup-steps'

/**
 * What the renderer learns when a session starts (password sign-in or the end of self-enrollment). The
 * API token stays in main: only who signed in, until when, which setup steps must come first, and the
 * member's previous sign-in (the header shows it).
 */
export const SignedInSchema = z.object({
  displayName: z.string(),
  mustChangePassword: z.boolean(),
  pendingSetup: z.array(SetupStepSchema),
  expiresAt: z.iso.datetime(),
  previousSignIn: PreviousSignInSchema,
})
export type SignedIn = z.infer<typeof SignedInSchema>
