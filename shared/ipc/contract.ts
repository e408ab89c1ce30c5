import { z } from 'zod'
import { IdNumberSchema, LookupResponseSchema, PasswordInputSchema } from '../api/auth'
import { MemberSummarySchema } from '../api/member'
import { PublicConfigSchema } from '../config/kiosk-config'
import type { EventChannel, InvokeChannel } from './channels'
import { CREDENTIALS_IPC_CONTRACT } from './credentials-contract'
import { PRINTING_IPC_CONTRACT, PRINTING_IPC_EVENTS } from './printing-contract'
import { PRODUCTS_IPC_CONTRACT } from './products-contract'
import { SignedInSchema } from './signed-in'

const NoInput = z.object({}).strict()

export interface ChannelSpec {
  input: z.ZodType
  output: z.ZodType
}

/** Request and response schema of every invoke channel. Main validates both directions. */
export const IPC_CONTRACT = {
  'config.get': { input: NoInput, output: PublicConfigSchema },
  'auth.lookup': { input: z.object({ idNumber: IdNumberSchema }).strict(), output: LookupResponseSchema },
  'auth.login': {
    input: z.object({ idNumber: IdNumberSchema, password: PasswordInputSchema }).strict(),
    // The API token stays in main: the renderer only learns who signed in, until when, and what to set up.
    output: SignedInSchema,
  },
  'auth.logout': { input: NoInput, output: z.object({ ok: z.literal(true) }) },
  'session.keepAlive': { input: NoInput, output: z.object({ expiresAt: z.iso.datetime() }) },
  'member.summary': { input: NoInput, output: MemberSummarySchema },
  ...CREDENTIALS_IPC_CONTRACT,
  ...PRINTING_IPC_CONTRACT,
  ...PRODUCTS_IPC_CONTRACT,
} as const satisfies Record<InvokeChannel, ChannelSpec>

/** Payloads that main pushes to the renderer. */
export const IPC_EVENTS = {
  'session.ended': z.object({ reason: z.enum(['expired', 'logout', 'revoked']) }).strict(),
  ...PRINTING_IPC_EVENTS,
} as const satisfies Record<EventChannel, z.ZodType>

export type IpcInput<C extends InvokeChannel> = z.input<(typeof IPC_CONTRACT)[C]['input']>
export type IpcOutput<C extends InvokeChannel> = z.output<(typeof IPC_CONTRACT)[C]['output']>
export type IpcEventPayload<E extends EventChannel> = z.output<(typeof IPC_EVENTS)[E]>
