import { z } from 'zod'
import { CurrencyCodeSchema, MoneySchema } from '../money/money-schema'
import { IdempotencyKeySchema, ReceiptCodeSchema } from './payments'
import { ProductIdSchema } from './products-certificates'
import type { ApiRoute } from './route'

/**
 * Paying obligations (issue 9, item 1; seed 000 "Pagos", seed 004's quota payments): aportes, loan
 * installments and other obligations paid from the member's own savings accounts. The API works out
 * what is due, checks the requirements and applies the payment in one ledger transaction, at most once
 * per `Idempotency-Key`. No operation code: the money stays with the member inside the cooperative
 * (their own account to their own obligation), as a transfer between own accounts under PSD2's SCA
 * exemption for same-person transfers; the session that signed in is the authentication.
 */

/** What can be paid: aportes (contributions), loan installments and other obligations (convenios, benefits). */
export const OBLIGATION_KINDS = ['contribution', 'loan', 'other_obligation'] as const
export const ObligationKindSchema = z.enum(OBLIGATION_KINDS)

/** Seed 000's "Tipo de pago": the overdue balance in full, or obligations chosen one by one. */
export const OBLIGATION_MODES = ['overdue', 'individual'] as const
export const ObligationModeSchema = z.enum(OBLIGATION_MODES)

/** Seed 000's "Forma de pago" column: how the obligation is normally collected. */
export const ObligationCollectionSchema = z.enum(['counter', 'payroll'])

const PositiveMoney = MoneySchema.refine((m) => m.amountMinor > 0, 'amount must be positive')

export const PayableObligationSchema = z
  .object({
    id: ProductIdSchema,
    kind: ObligationKindSchema,
    /** "1 - ****7777", masked like every product number. */
    obligation: z.string(),
    /** The product's name: "Aportes sociales", "Préstamo personal" … */
    concept: z.string(),
    collection: ObligationCollectionSchema,
    /** "Próximo vencimiento": what the tick pays (overdue installments first); zero when nothing is due. */
    nextDue: MoneySchema,
    dueDate: z.iso.date().nullable(),
    /** Past due at the cut-off (only loans fall overdue in the sandbox). */
    overdue: MoneySchema,
    /** The most "Otro valor" may be (a year of aportes ahead, a loan's remaining installments …). */
    maxAmount: MoneySchema,
  })
  .meta({ id: 'PayableObligation' })

export const ObligationListSchema = z
  .object({
    cutoffDate: z.iso.date(),
    currency: CurrencyCodeSchema,
    obligations: z.array(PayableObligationSchema),
    totals: z.object({ nextDue: MoneySchema, overdue: MoneySchema }),
  })
  .meta({ id: 'ObligationList' })

/**
 * How the total is collected. Only the member's savings accounts today; one entry per account, so
 * "several combined" is several entries. PSE (another bank's account through ACH) would be another
 * `kind` of this union.
 */
export const ObligationSourceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('savings'), accountId: ProductIdSchema, amount: PositiveMoney }).strict(),
  ])
  .meta({ id: 'ObligationSource' })

export const ObligationLineSchema = z
  .object({ obligationId: ProductIdSchema, amount: PositiveMoney })
  .strict()
  .meta({ id: 'ObligationLine' })

const distinct = <T>(items: readonly T[], key: (t: T) => string) =>
  new Set(items.map(key)).size === items.length

/** What the member asks for: the idempotency key is bound to exactly this. */
export const ObligationPaymentDraftSchema = z
  .object({
    mode: ObligationModeSchema,
    lines: z
      .array(ObligationLineSchema)
      .min(1)
      .max(20)
      .refine((l) => distinct(l, (x) => x.obligationId), 'each obligation once'),
    sources: z
      .array(ObligationSourceSchema)
      .min(1)
      .max(5)
      .refine((s) => distinct(s, (x) => `${x.kind}:${x.accountId}`), 'each account once'),
  })
  .strict()
  .meta({ id: 'ObligationPaymentDraft' })

/** Seed 000's "Requisitos" rows; the API decides each one, the screen only words it. */
export const REQUIREMENT_IDS = [
  /** Each obligation's amount is within what it accepts (overdue mode: exactly what is overdue). */
  'amount_allowed',
  /** The payment methods add up to the total to pay. */
  'sources_total',
  /** "Validación saldo cuenta de Ahorros": each account has enough available. */
  'savings_balance',
  /** What leaves the member's savings today stays within the cooperative's daily limit. */
  'daily_limit',
] as const
export const RequirementIdSchema = z.enum(REQUIREMENT_IDS)

export const RequirementSchema = z
  .object({
    id: RequirementIdSchema,
    /** What was checked: the masked account or obligation (empty for the whole payment). */
    subject: z.string(),
    meets: z.boolean(),
    /** The figures the observation quotes. */
    required: MoneySchema,
    available: MoneySchema,
  })
  .meta({ id: 'ObligationRequirement' })

export const RequirementsSchema = z
  .object({ total: MoneySchema, requirements: z.array(RequirementSchema), met: z.boolean() })
  .meta({ id: 'ObligationRequirements' })

export const ObligationReceiptNumberSchema = z.string().regex(/^PO[0-9]{15,20}$/, 'receipt number')

export const ObligationReceiptSchema = z
  .object({
    operationId: z.string(),
    receiptNumber: ObligationReceiptNumberSchema,
    verificationCode: ReceiptCodeSchema,
    status: z.literal('completed'),
    mode: ObligationModeSchema,
    lines: z.array(
      z.object({
        obligationId: ProductIdSchema,
        kind: ObligationKindSchema,
        obligation: z.string(),
        concept: z.string(),
        amount: MoneySchema,
      }),
    ),
    sources: z.array(
      z.object({
        kind: z.literal('savings'),
        name: z.string(),
        maskedNumber: z.string(),
        amount: MoneySchema,
        balanceAfter: MoneySchema,
      }),
    ),
    total: MoneySchema,
    postedAt: z.iso.datetime(),
  })
  .meta({ id: 'ObligationReceipt' })

export type ObligationKind = z.infer<typeof ObligationKindSchema>
export type ObligationMode = z.infer<typeof ObligationModeSchema>
export type PayableObligation = z.infer<typeof PayableObligationSchema>
export type ObligationList = z.infer<typeof ObligationListSchema>
export type ObligationSource = z.infer<typeof ObligationSourceSchema>
export type ObligationPaymentDraft = z.infer<typeof ObligationPaymentDraftSchema>
export type RequirementId = z.infer<typeof RequirementIdSchema>
export type Requirement = z.infer<typeof RequirementSchema>
export type Requirements = z.infer<typeof RequirementsSchema>
export type ObligationReceipt = z.infer<typeof ObligationReceiptSchema>

const KeyParams = z.object({ key: IdempotencyKeySchema }).strict()
const ReceiptParams = z.object({ receiptNumber: ObligationReceiptNumberSchema }).strict()

export const OBLIGATION_ROUTES = {
  obligationList: {
    method: 'GET',
    path: '/v1/payments/obligations',
    summary:
      "The member's obligations that can be paid: next due amount, overdue, the most another value may be",
    tag: 'payments',
    auth: true,
    response: ObligationListSchema,
    errors: ['SESSION_EXPIRED'],
  },
  obligationRequirements: {
    method: 'POST',
    path: '/v1/payments/obligations/requirements',
    summary:
      'Checks a payment of obligations (amounts, methods, balances, daily limit): each row Cumple or No cumple',
    description:
      'The same rules the payment itself applies: a payment whose requirements are not all met is refused. ' +
      "Another member's obligation or account is NOT_FOUND.",
    tag: 'payments',
    auth: true,
    body: ObligationPaymentDraftSchema,
    response: RequirementsSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  obligationPay: {
    method: 'POST',
    path: '/v1/payments/obligations/payments',
    summary: 'Pays obligations from savings accounts (one ledger transaction) and answers the receipt',
    description:
      'Requires the Idempotency-Key header (IETF draft): applied at most once per key and member, a repeat ' +
      'answers the stored receipt, the same key with another body 422 IDEMPOTENCY_MISMATCH, while the first ' +
      'is being applied 409 CONFLICT. Refusals (a requirement not met: INSUFFICIENT_FUNDS, LIMIT_EXCEEDED, ' +
      'VALIDATION) apply nothing. The operation is also found by GET /v1/payments/operations/by-key/{key}.',
    tag: 'payments',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: ObligationPaymentDraftSchema,
    response: ObligationReceiptSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'INSUFFICIENT_FUNDS',
      'LIMIT_EXCEEDED',
      'IDEMPOTENCY_MISMATCH',
      'CONFLICT',
    ],
  },
  obligationPaymentByKey: {
    method: 'GET',
    path: '/v1/payments/obligations/payments/by-key/:key',
    summary: "The member's obligation payment a key applied (404: nothing was applied; 409: still applying)",
    tag: 'payments',
    auth: true,
    params: KeyParams,
    response: ObligationReceiptSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT'],
  },
  obligationReceiptGet: {
    method: 'GET',
    path: '/v1/payments/obligations/receipts/:receiptNumber',
    summary: "One of the member's own obligation payment receipts (to print or reprint it)",
    tag: 'payments',
    auth: true,
    params: ReceiptParams,
    response: ObligationReceiptSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
