import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { ACH_ACCOUNT_TYPES } from './ach-choices'
import { ID_NUMBER_PATTERN } from './identifiers'
import {
  AccountNumberSchema,
  ChallengeIdSchema,
  IdempotencyKeySchema,
  KeyParamsSchema,
  OperationByKeySchema,
  OperationCodeSchema,
  ReceiptCodeParamsSchema,
  ReceiptNumberParamsSchema,
  ReceiptVerificationSchema,
  TransferChallengeSchema,
  TransferReceiptSchema,
  TransferReferenceSchema,
} from './payments'
import { ProductIdSchema } from './products-certificates'
import type { ApiRoute } from './route'

/**
 * Transfers to another bank over ACH (seeds 002, 004, "Transferencias interbancarias"): the money
 * leaves the member's account at once into the cooperative's clearing account and stays pending until
 * the clearing run, where the other bank settles it or rejects it (then the money comes back). The
 * code is bound to the operation as for transfers; limits and the fee are the cooperative profile's.
 */

export { ACH_ACCOUNT_TYPES, type AchAccountType } from './ach-choices'
export const AchAccountTypeSchema = z.enum(ACH_ACCOUNT_TYPES)
export const BankCodeSchema = z.string().regex(/^[0-9]{4}$/, 'bank code')

export const AchDestinationSchema = z
  .object({
    bankCode: BankCodeSchema,
    accountType: AchAccountTypeSchema,
    accountNumber: AccountNumberSchema,
    /** The holder's ID number at the other bank (the clearing house matches it with the account). */
    holderId: z.string().regex(ID_NUMBER_PATTERN, 'holder ID'),
  })
  .strict()
  .meta({ id: 'AchDestination' })

const PositiveMoney = MoneySchema.refine((m) => m.amountMinor > 0, 'amount must be positive')
export const AchDraftSchema = z
  .object({
    originAccountId: ProductIdSchema,
    destination: AchDestinationSchema,
    amount: PositiveMoney,
    reference: TransferReferenceSchema,
  })
  .strict()
  .meta({ id: 'AchDraft' })

export const AchExecuteSchema = AchDraftSchema.extend({
  challengeId: ChallengeIdSchema,
  code: OperationCodeSchema,
})
  .strict()
  .meta({ id: 'AchExecute' })

export const AchOptionsSchema = z
  .object({
    banks: z.array(z.object({ code: BankCodeSchema, name: z.string() })),
    rules: z.object({
      perOperation: MoneySchema,
      perDay: MoneySchema,
      /** Already sent to other banks today (UTC day) towards perDay. */
      usedToday: MoneySchema,
      fee: MoneySchema,
    }),
  })
  .meta({ id: 'AchOptions' })

export type AchDestination = z.infer<typeof AchDestinationSchema>
export type AchDraft = z.infer<typeof AchDraftSchema>
export type AchExecute = z.infer<typeof AchExecuteSchema>
export type AchOptions = z.infer<typeof AchOptionsSchema>

export const ACH_ROUTES = {
  achOptions: {
    method: 'GET',
    path: '/v1/payments/ach/options',
    summary: "The banks an ACH transfer can go to, and the cooperative's ACH limits and fee",
    tag: 'payments',
    auth: true,
    response: AchOptionsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  achAuthorize: {
    method: 'POST',
    path: '/v1/payments/ach/authorizations',
    summary: 'Checks an ACH transfer (funds, limits, fee) and sends a 6-digit code bound to it',
    description:
      'As for transfers: the code authorises exactly this origin, bank, account, holder, amount and ' +
      'currency; a new code is asked at POST /v1/payments/authorizations/{challengeId}/resend.',
    tag: 'payments',
    auth: true,
    body: AchDraftSchema,
    response: TransferChallengeSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'INSUFFICIENT_FUNDS',
      'LIMIT_EXCEEDED',
      'RATE_LIMITED',
      'ATTEMPTS_EXHAUSTED',
    ],
  },
  achExecute: {
    method: 'POST',
    path: '/v1/payments/ach',
    summary: 'Sends an authorised ACH transfer: the money leaves at once and is pending until clearing',
    description:
      'Requires the Idempotency-Key header (applied at most once per key; a repeat replays the stored ' +
      'answer, another body 422, while in flight 409). The receipt says clearing.status `pending`.',
    tag: 'payments',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: AchExecuteSchema,
    response: TransferReceiptSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CODE_INVALID',
      'CODE_EXPIRED',
      'ATTEMPTS_EXHAUSTED',
      'INSUFFICIENT_FUNDS',
      'LIMIT_EXCEEDED',
      'IDEMPOTENCY_MISMATCH',
      'CONFLICT',
    ],
  },
  achByKey: {
    method: 'GET',
    path: '/v1/payments/ach/by-key/:key',
    summary: "The ACH transfer a key applied, for the kiosk's reconciliation (404: nothing was applied)",
    tag: 'payments',
    auth: false,
    params: KeyParamsSchema,
    response: OperationByKeySchema,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  },
  achReceiptGet: {
    method: 'GET',
    path: '/v1/payments/ach/receipts/:receiptNumber',
    summary: "One of the member's ACH receipts, with its clearing status (to print or reprint it)",
    tag: 'payments',
    auth: true,
    params: ReceiptNumberParamsSchema,
    response: TransferReceiptSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  achReceiptVerify: {
    method: 'GET',
    path: '/v1/payments/ach/receipts/:code/verify',
    summary: "Public check of an ACH receipt's QR code",
    tag: 'payments',
    auth: false,
    params: ReceiptCodeParamsSchema,
    response: ReceiptVerificationSchema,
    errors: ['VALIDATION', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
