import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { codeOddsText, SEND_LIMITS_TEXT } from './credential-limits'
import { ID_NUMBER_PATTERN, MEMBER_NUMBER_PATTERN, OTP_LENGTH } from './identifiers'
import { ProductIdSchema } from './products-certificates'
import type { ApiRoute } from './route'

/**
 * Money moves (issue 9): transfers between the member's own savings accounts and to another member's.
 * Every operation that moves money carries an `Idempotency-Key` header (the IETF draft) and a 6-digit
 * code bound to exactly what it authorises (origin, destination, amount, currency).
 */

/** The header the kiosk sends on money operations; letters, digits and `-_.:` (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{16,128}$/
export const IdempotencyKeySchema = z.string().regex(IDEMPOTENCY_KEY_PATTERN, 'Idempotency-Key')

const PositiveMoney = MoneySchema.refine((m) => m.amountMinor > 0, 'amount must be positive')
/** Account numbers as printed on the member's passbook (digits, 6 to 20). */
export const AccountNumberSchema = z.string().regex(/^[0-9]{6,20}$/, 'account number')
export const TransferReferenceSchema = z.string().trim().min(1).max(60)

/** Another member, named by member number or by ID number. */
export const MemberRefSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('memberNumber'), value: z.string().regex(MEMBER_NUMBER_PATTERN) }).strict(),
  z.object({ by: z.literal('idNumber'), value: z.string().regex(ID_NUMBER_PATTERN) }).strict(),
])

export const TransferDestinationSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('own'), accountId: ProductIdSchema }).strict(),
    z
      .object({ kind: z.literal('member'), member: MemberRefSchema, accountNumber: AccountNumberSchema })
      .strict(),
  ])
  .meta({ id: 'TransferDestination' })

/** What the member asks for; the code and the idempotency key are bound to exactly this. */
export const TransferDraftSchema = z
  .object({
    originAccountId: ProductIdSchema,
    destination: TransferDestinationSchema,
    amount: PositiveMoney,
    reference: TransferReferenceSchema,
  })
  .strict()
  .meta({ id: 'TransferDraft' })

/** `bank`: to another bank over ACH (shared/api/ach.ts), pending until the clearing run. */
export const TRANSFER_KINDS = ['own', 'member', 'bank'] as const
export const TransferKindSchema = z.enum(TRANSFER_KINDS)

/** An account as the screens and the receipt show it: never its full number. */
export const PartySchema = z
  .object({
    name: z.string(),
    maskedNumber: z.string(),
    /** The other member's name, masked ("MARÍA F******* G****"); absent for the member's own accounts. */
    maskedHolder: z.string().optional(),
  })
  .meta({ id: 'PaymentParty' })

export const TransferRulesSchema = z
  .object({
    perOperation: MoneySchema,
    perDay: MoneySchema,
    /** Already sent today (UTC day) towards perDay. */
    usedToday: MoneySchema,
    fees: z.object({ own: MoneySchema, member: MoneySchema }),
  })
  .meta({ id: 'TransferRules' })

export const PaymentAccountsSchema = z
  .object({
    accounts: z.array(
      z.object({ id: ProductIdSchema, name: z.string(), maskedNumber: z.string(), available: MoneySchema }),
    ),
    rules: TransferRulesSchema,
  })
  .meta({ id: 'PaymentAccounts' })

export const DestinationCheckSchema = z
  .object({ member: MemberRefSchema, accountNumber: AccountNumberSchema })
  .strict()
  .meta({ id: 'DestinationCheck' })

/** What a code authorises: shown on the confirmation screen before the code is typed. */
export const TransferAuthorisesSchema = z
  .object({
    kind: TransferKindSchema,
    origin: PartySchema,
    destination: PartySchema,
    amount: MoneySchema,
    fee: MoneySchema,
    total: MoneySchema,
    reference: z.string(),
  })
  .meta({ id: 'TransferAuthorises' })

export const ChallengeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'challenge id')

export const TransferChallengeSchema = z
  .object({
    challengeId: ChallengeIdSchema,
    authorises: TransferAuthorisesSchema,
    maskedPhone: z.string(),
    expiresInSeconds: z.number().int().min(1),
    resendInSeconds: z.number().int().min(0),
    resendsLeft: z.number().int().min(0),
    attemptsLeft: z.number().int().min(0),
    attemptsLeftToday: z.number().int().min(0),
  })
  .meta({ id: 'TransferChallenge' })

export const OperationCodeSchema = z.string().regex(new RegExp(`^[0-9]{${OTP_LENGTH}}$`), 'code')

export const TransferExecuteSchema = TransferDraftSchema.extend({
  challengeId: ChallengeIdSchema,
  code: OperationCodeSchema,
})
  .strict()
  .meta({ id: 'TransferExecute' })

/** Public code printed on the receipt (QR), as certificates have: Crockford base32 in four groups. */
export const ReceiptCodeSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/, 'verification code: XXXX-XXXX-XXXX-XXXX')

export const TransferReceiptSchema = z
  .object({
    operationId: z.string(),
    receiptNumber: z.string(),
    verificationCode: ReceiptCodeSchema,
    status: z.literal('completed'),
    kind: TransferKindSchema,
    origin: PartySchema,
    destination: PartySchema,
    amount: MoneySchema,
    fee: MoneySchema,
    reference: z.string(),
    postedAt: z.iso.datetime(),
    originBalanceAfter: MoneySchema,
    /** ACH only: the money left at once; the other bank settles or rejects it at the clearing run. */
    clearing: z
      .object({
        status: z.enum(['pending', 'settled', 'rejected']),
        /** When the clearing run decided (absent while pending). */
        decidedAt: z.iso.datetime().optional(),
      })
      .optional(),
  })
  .meta({ id: 'TransferReceipt' })

export const OperationByKeySchema = z
  .object({ idempotencyKey: IdempotencyKeySchema, receipt: TransferReceiptSchema })
  .meta({ id: 'OperationByKey' })

export const ReceiptVerificationSchema = z
  .object({
    receiptNumber: z.string(),
    kind: TransferKindSchema,
    amount: MoneySchema,
    postedAt: z.iso.datetime(),
    origin: z.string(),
    destination: z.string(),
  })
  .meta({ id: 'ReceiptVerification' })

export const ChallengeParamsSchema = z.object({ challengeId: ChallengeIdSchema }).strict()
export const KeyParamsSchema = z.object({ key: IdempotencyKeySchema }).strict()
export const ReceiptNumberSchema = z.string().regex(/^TR[0-9]{15,20}$/, 'receipt number')
export const ReceiptNumberParamsSchema = z.object({ receiptNumber: ReceiptNumberSchema }).strict()
export const ReceiptCodeParamsSchema = z.object({ code: ReceiptCodeSchema }).strict()

export type TransferDestination = z.infer<typeof TransferDestinationSchema>
export type TransferDraft = z.infer<typeof TransferDraftSchema>
export type TransferKind = z.infer<typeof TransferKindSchema>
export type PaymentParty = z.infer<typeof PartySchema>
export type TransferRules = z.infer<typeof TransferRulesSchema>
export type PaymentAccounts = z.infer<typeof PaymentAccountsSchema>
export type TransferAuthorises = z.infer<typeof TransferAuthorisesSchema>
export type TransferChallenge = z.infer<typeof TransferChallengeSchema>
export type TransferExecute = z.infer<typeof TransferExecuteSchema>
export type TransferReceipt = z.infer<typeof TransferReceiptSchema>
export type OperationByKey = z.infer<typeof OperationByKeySchema>
export type ReceiptVerification = z.infer<typeof ReceiptVerificationSchema>
export type MemberRef = z.infer<typeof MemberRefSchema>

const IDEMPOTENCY_TEXT =
  'Requires the Idempotency-Key header (IETF draft): the API applies the operation at most once per key ' +
  'and member and answers a repeat with the stored answer; the same key with another body answers 422 ' +
  'IDEMPOTENCY_MISMATCH, and while the first request is still being applied 409 CONFLICT. A refused ' +
  'request (wrong code, no funds, over a limit) applies nothing and stores nothing: the key may be reused.'

export const PAYMENT_ROUTES = {
  paymentAccounts: {
    method: 'GET',
    path: '/v1/payments/accounts',
    summary:
      "The member's accounts that can send money, with the transfer limits and fees of the cooperative",
    tag: 'payments',
    auth: true,
    response: PaymentAccountsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  transferDestinationCheck: {
    method: 'POST',
    path: '/v1/payments/transfers/destination',
    summary:
      "Checks another member's account (member or ID number + account number); the holder's name comes masked",
    tag: 'payments',
    auth: true,
    body: DestinationCheckSchema,
    response: PartySchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  transferAuthorize: {
    method: 'POST',
    path: '/v1/payments/transfers/authorizations',
    summary:
      'Checks a transfer (funds, limits, fee) and sends a 6-digit code bound to it to the masked phone',
    description:
      'The code authorises exactly the returned operation (origin, destination, amount, currency: ' +
      'dynamic linking); any other transfer refuses it as a wrong code. It lasts 5 minutes, 3 tries, ' +
      `2 resends. ${codeOddsText('operation-code')} ${SEND_LIMITS_TEXT}`,
    tag: 'payments',
    auth: true,
    body: TransferDraftSchema,
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
  transferAuthorizeResend: {
    method: 'POST',
    path: '/v1/payments/authorizations/:challengeId/resend',
    summary: 'Sends a new code for the same operation after the cooldown (the old one stops working)',
    tag: 'payments',
    auth: true,
    params: ChallengeParamsSchema,
    response: TransferChallengeSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CODE_EXPIRED',
      'RATE_LIMITED',
      'ATTEMPTS_EXHAUSTED',
    ],
  },
  transferExecute: {
    method: 'POST',
    path: '/v1/payments/transfers',
    summary: 'Applies an authorised transfer (one ledger transaction) and answers its receipt',
    description: IDEMPOTENCY_TEXT,
    tag: 'payments',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: TransferExecuteSchema,
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
  paymentOperationByKey: {
    method: 'GET',
    path: '/v1/payments/operations/by-key/:key',
    summary: "The operation a key applied, for the kiosk's reconciliation (404: nothing was applied)",
    description:
      'Asked at kiosk start-up, before any member signs in, so it needs no session: keys are random ' +
      '(a UUID has 122 bits) and the answer holds only masked data, like the public receipt check. ' +
      '409 CONFLICT while the operation is still being applied: ask again.',
    tag: 'payments',
    auth: false,
    params: KeyParamsSchema,
    response: OperationByKeySchema,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  },
  paymentReceiptGet: {
    method: 'GET',
    path: '/v1/payments/receipts/:receiptNumber',
    summary: "One of the member's own transfer receipts (to print or reprint it)",
    tag: 'payments',
    auth: true,
    params: ReceiptNumberParamsSchema,
    response: TransferReceiptSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  paymentReceiptVerify: {
    method: 'GET',
    path: '/v1/payments/receipts/:code/verify',
    summary: "Public check of a receipt's QR code: number, amount, date and masked accounts",
    tag: 'payments',
    auth: false,
    params: ReceiptCodeParamsSchema,
    response: ReceiptVerificationSchema,
    errors: ['VALIDATION', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
