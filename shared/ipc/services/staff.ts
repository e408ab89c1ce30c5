import { z } from 'zod'
import { PasswordInputSchema } from '../../api/auth'
import { StaffProfileSchema, StaffUsernameSchema } from '../../api/staff'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * Staff sign-in against the cooperative's directory (teller mode, maintenance). The staff token stays
 * in main like a member's: the renderer learns who signed in, with which roles, until when.
 */
export const STAFF_SERVICE = defineService({
  name: 'staff',
  methods: {
    signIn: {
      audience: 'public',
      // The terminal is this PC's configured id, never what the screen says.
      input: z.object({ username: StaffUsernameSchema, password: PasswordInputSchema }).strict(),
      output: StaffProfileSchema,
    },
    signOut: { audience: 'staff', input: NoInput, output: z.object({ ok: z.literal(true) }) },
    me: { audience: 'staff', input: NoInput, output: StaffProfileSchema },
  },
  events: {
    /** The staff session ended in main (its local expiry, the API said so, sign-out): the desk locks. */
    ended: z.object({ reason: z.enum(['logout', 'expired']) }).strict(),
  },
})
