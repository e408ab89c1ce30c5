import { z } from 'zod'
import {
  BillChallengeSchema,
  BillerCatalogueSchema,
  BillHistorySchema,
  BillPaySchema,
  BillReceiptSchema,
  CardPaymentOptionsSchema,
  CardPaySchema,
  OtherCardAddSchema,
  OtherCardDraftSchema,
  OtherCardSchema,
  RegisteredServiceSchema,
  ScheduleAddSchema,
  ScheduleDraftSchema,
  ScheduleIdSchema,
  ScheduleListSchema,
  ScheduleSchema,
  ServiceAddSchema,
  ServiceDraftSchema,
  ServiceIdSchema,
  ServiceListSchema,
} from '../../api/bills'
import { ChallengeIdSchema, IdempotencyKeySchema } from '../../api/payments'
import { defineService } from '../service'
import { NoInput } from './no-input'

/** After "Confirmar": done (with the receipt), not done, or being confirmed (the journal settles it). */
export const BillOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('completed'), receipt: BillReceiptSchema }).strict(),
  z.object({ status: z.literal('pending'), idempotencyKey: IdempotencyKeySchema }).strict(),
  z.object({ status: z.literal('not_applied'), idempotencyKey: IdempotencyKeySchema }).strict(),
])
export type BillOutcome = z.infer<typeof BillOutcomeSchema>

const Keyed = { idempotencyKey: IdempotencyKeySchema }

/**
 * Bills and top-ups, and card payments (issue 9, items 5 and 6). Registering a service, another bank's
 * card or a schedule needs the code its `authorize…` sends (each opens its own step-up); paying moves
 * money with the renderer's idempotency key, journaled in main before it leaves.
 */
export const BILLS_SERVICE = defineService({
  name: 'bills',
  methods: {
    catalogue: { audience: 'member', input: NoInput, output: BillerCatalogueSchema },
    services: { audience: 'member', input: NoInput, output: ServiceListSchema },
    authorizeService: { audience: 'member', input: ServiceDraftSchema, output: BillChallengeSchema },
    /** A new code for any pending registration or schedule. */
    resend: {
      audience: 'member',
      input: z.object({ challengeId: ChallengeIdSchema }).strict(),
      output: BillChallengeSchema,
    },
    addService: {
      audience: 'member',
      stepUp: true,
      input: ServiceAddSchema,
      output: RegisteredServiceSchema,
    },
    removeService: {
      audience: 'member',
      input: z.object({ id: ServiceIdSchema }).strict(),
      output: z.object({ id: ServiceIdSchema }).strict(),
    },
    pay: {
      audience: 'member',
      idempotent: true,
      input: BillPaySchema.extend(Keyed).strict(),
      output: BillOutcomeSchema,
    },
    schedules: { audience: 'member', input: NoInput, output: ScheduleListSchema },
    authorizeSchedule: { audience: 'member', input: ScheduleDraftSchema, output: BillChallengeSchema },
    addSchedule: { audience: 'member', stepUp: true, input: ScheduleAddSchema, output: ScheduleSchema },
    cancelSchedule: {
      audience: 'member',
      input: z.object({ id: ScheduleIdSchema }).strict(),
      output: ScheduleSchema,
    },
    history: { audience: 'member', input: NoInput, output: BillHistorySchema },
    cardOptions: { audience: 'member', input: NoInput, output: CardPaymentOptionsSchema },
    authorizeCard: { audience: 'member', input: OtherCardDraftSchema, output: BillChallengeSchema },
    addCard: { audience: 'member', stepUp: true, input: OtherCardAddSchema, output: OtherCardSchema },
    payCard: {
      audience: 'member',
      idempotent: true,
      input: CardPaySchema.extend(Keyed).strict(),
      output: BillOutcomeSchema,
    },
    /** Asks again what became of a payment that was being confirmed. */
    confirm: { audience: 'member', input: z.object(Keyed).strict(), output: BillOutcomeSchema },
  },
})
