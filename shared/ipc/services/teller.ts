import { z } from 'zod'
import {
  TellerActionRequestSchema,
  TellerActionResultSchema,
  TellerAuditSchema,
  TellerLookupRequestSchema,
  TellerMemberSchema,
} from '../../api/teller'
import { LanguageSchema } from '../../config/kiosk-config'
import { PrintFailureReasonSchema } from '../printing-contract'
import { defineService } from '../service'
import { NoInput } from './no-input'

const DESK = ['teller', 'supervisor'] as const

/** What became of a sealed slip: printed, or kept in main (in memory only) for one more try. */
export const SlipOutcomeSchema = z.discriminatedUnion('printed', [
  z.object({ printed: z.literal(true) }).strict(),
  z.object({ printed: z.literal(false), reason: PrintFailureReasonSchema }).strict(),
])

/**
 * Teller mode at the branch desk (issue 10): member lookup, the identity-checked actions and the audit.
 * A temporary key delivered on a slip goes from the API to the thermal printer inside main: the answer
 * the renderer gets has no key, only whether the slip printed.
 */
export const TELLER_SERVICE = defineService({
  name: 'teller',
  methods: {
    lookup: { audience: 'staff', roles: DESK, input: TellerLookupRequestSchema, output: TellerMemberSchema },
    act: {
      audience: 'staff',
      roles: DESK,
      input: z.object({ request: TellerActionRequestSchema, language: LanguageSchema }).strict(),
      output: TellerActionResultSchema.omit({ slipKey: true })
        .extend({ slip: SlipOutcomeSchema.nullable() })
        .strict(),
    },
    /** Prints the slip that did not print (the key was never shown); refused when there is none. */
    printSlipAgain: { audience: 'staff', roles: DESK, input: NoInput, output: SlipOutcomeSchema },
    audit: {
      audience: 'staff',
      roles: DESK,
      input: z.object({ scope: z.enum(['own', 'branch']) }).strict(),
      output: TellerAuditSchema,
    },
  },
})
