import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import {
  IdempotencyKeySchema,
  KeyParamsSchema,
  PartySchema,
  ReceiptCodeParamsSchema,
  ReceiptCodeSchema,
} from './payments'
import { ProductIdSchema } from './products-certificates'
import type { ApiRoute } from './route'

/**
 * PSE (seeds 000, 003): the member pays from an account at another bank through the PSE gateway. The
 * kiosk never opens the bank's site: the gateway makes a payment with its reference, description,
 * total and "Paga antes del", and a link the member opens on their phone (a QR on the kiosk). What it
 * pays here is a top-up of one of the member's savings accounts; the money arrives when the bank
 * approves, from outside the cooperative.
 */

export const PSE_STATUSES = ['created', 'pending', 'approved', 'rejected', 'expired', 'cancelled'] as const
export const PseStatusSchema = z.enum(PSE_STATUSES)
export type PseStatus = z.infer<typeof PseStatusSchema>
/** Nothing will change any more: money arrived (approved) or it never will. */
export const PSE_FINAL: readonly PseStatus[] = ['approved', 'rejected', 'expired', 'cancelled']

export const PsePaymentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'payment id')

const PositiveMoney = MoneySchema.refine((m) => m.amountMinor > 0, 'amount must be positive')

export const PseDraftSchema = z
  .object({ accountId: ProductIdSchema, amount: PositiveMoney })
  .strict()
  .meta({ id: 'PseDraft' })

export const PseReceiptSchema = z
  .object({
    receiptNumber: z.string(),
    verificationCode: ReceiptCodeSchema,
    account: PartySchema,
    amount: MoneySchema,
    reference: z.string(),
    postedAt: z.iso.datetime(),
    balanceAfter: MoneySchema,
  })
  .meta({ id: 'PseReceipt' })

export const PsePaymentSchema = z
  .object({
    paymentId: PsePaymentIdSchema,
    idempotencyKey: IdempotencyKeySchema,
    /** The gateway's payment reference (15 digits, as seed 000's). */
    reference: z.string().regex(/^[0-9]{15}$/),
    description: z.string(),
    account: PartySchema,
    total: MoneySchema,
    /** "Paga antes del": after it the payment expires unpaid. */
    payBefore: z.iso.datetime(),
    /** Where the member pays, on their own phone (the kiosk shows it as a QR). */
    checkoutUrl: z.url(),
    status: PseStatusSchema,
    createdAt: z.iso.datetime(),
    /** Present once approved: the money is in the account. */
    receipt: PseReceiptSchema.optional(),
  })
  .meta({ id: 'PsePayment' })

export const PsePaymentParamsSchema = z.object({ paymentId: PsePaymentIdSchema }).strict()

/** The gateway's limits per cooperative profile, minor units (the API enforces them). */
export const PseLimitsSchema = z
  .object({ perOperation: MoneySchema, minimum: MoneySchema, validMinutes: z.number().int().min(1) })
  .meta({ id: 'PseLimits' })

export const PseVerificationSchema = z
  .object({
    receiptNumber: z.string(),
    amount: MoneySchema,
    postedAt: z.iso.datetime(),
    account: z.string(),
    reference: z.string(),
  })
  .meta({ id: 'PseVerification' })

export type PseDraft = z.infer<typeof PseDraftSchema>
export type PsePayment = z.infer<typeof PsePaymentSchema>
export type PseReceipt = z.infer<typeof PseReceiptSchema>
export type PseLimits = z.infer<typeof PseLimitsSchema>
export type PseVerification = z.infer<typeof PseVerificationSchema>

export const PSE_ROUTES = {
  pseLimits: {
    method: 'GET',
    path: '/v1/payments/pse/limits',
    summary: "The PSE gateway's minimum and maximum per payment, and how long a payment can be paid",
    tag: 'payments',
    auth: true,
    response: PseLimitsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  pseCreate: {
    method: 'POST',
    path: '/v1/payments/pse',
    summary: "Creates a PSE payment that tops up one of the member's savings accounts, with its link",
    description:
      'Requires the Idempotency-Key header: a repeat with the same key and body answers the same payment ' +
      '(one payment per key), another body 422 IDEMPOTENCY_MISMATCH, while the first is in flight 409. Nothing moves until the bank approves; ' +
      'an unpaid payment expires at payBefore.',
    tag: 'payments',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: PseDraftSchema,
    response: PsePaymentSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'LIMIT_EXCEEDED',
      'IDEMPOTENCY_MISMATCH',
      'CONFLICT',
    ],
  },
  pseStatus: {
    method: 'GET',
    path: '/v1/payments/pse/:paymentId',
    summary: "One of the member's PSE payments, with its status (and receipt once approved)",
    tag: 'payments',
    auth: true,
    params: PsePaymentParamsSchema,
    response: PsePaymentSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  pseCancel: {
    method: 'POST',
    path: '/v1/payments/pse/:paymentId/cancel',
    summary: '"Cancelar proceso": cancels a payment the member has not paid yet',
    description: 'Only a payment still `created` can be cancelled; one at the bank (`pending`) answers 409.',
    tag: 'payments',
    auth: true,
    params: PsePaymentParamsSchema,
    response: PsePaymentSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT'],
  },
  pseByKey: {
    method: 'GET',
    path: '/v1/payments/pse/by-key/:key',
    summary: "The PSE payment a key created, for the kiosk's reconciliation (404: none was created)",
    description: '409 CONFLICT while the creation with this key is still being applied: ask again.',
    tag: 'payments',
    auth: false,
    params: KeyParamsSchema,
    response: PsePaymentSchema,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  },
  pseReceiptVerify: {
    method: 'GET',
    path: '/v1/payments/pse/receipts/:code/verify',
    summary: "Public check of a PSE receipt's QR code: number, amount, date, masked account, reference",
    tag: 'payments',
    auth: false,
    params: ReceiptCodeParamsSchema,
    response: PseVerificationSchema,
    errors: ['VALIDATION', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
