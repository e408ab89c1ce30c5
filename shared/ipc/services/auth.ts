import { z } from 'zod'
import {
  IdNumberSchema,
  LookupResponseSchema,
  PasswordInputSchema,
  QuestionTicketSchema,
} from '../../api/auth'
import { defineService } from '../service'
import { SignedInSchema } from '../signed-in'
import { NoInput } from './no-input'

/** Two-step sign-in. Logout is public: it ends whatever member session there is, even an expired one. */
export const AUTH_SERVICE = defineService({
  name: 'auth',
  methods: {
    lookup: {
      audience: 'public',
      input: z.object({ idNumber: IdNumberSchema, questionTicket: QuestionTicketSchema.optional() }).strict(),
      output: LookupResponseSchema,
    },
    login: {
      audience: 'public',
      input: z
        .object({
          idNumber: IdNumberSchema,
          password: PasswordInputSchema,
          questionTicket: QuestionTicketSchema.optional(),
        })
        .strict(),
      // The API token stays in main: the renderer only learns who signed in, until when, and what to set up.
      output: SignedInSchema,
    },
    logout: { audience: 'public', input: NoInput, output: z.object({ ok: z.literal(true) }) },
  },
})

/** The member's session: keep-alive, and the event that tells the renderer it is over. */
export const SESSION_SERVICE = defineService({
  name: 'session',
  methods: {
    keepAlive: { audience: 'member', input: NoInput, output: z.object({ expiresAt: z.iso.datetime() }) },
  },
  events: {
    ended: z.object({ reason: z.enum(['expired', 'logout', 'revoked']) }).strict(),
  },
})
