import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { LAST_N_CHOICES } from './product-choices'

export { LAST_N_CHOICES } from './product-choices'

const IsoDate = z.iso.date()
export const PeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period: YYYY-MM')

export const MAX_MOVEMENTS_PAGE = 100
export const DEFAULT_MOVEMENTS_PAGE = 50

/**
 * `credit` is in the member's favour (deposit, interest earned, a loan or card payment); `debit` is
 * against it (withdrawal, interest or fee charged, a purchase). The same rule for assets and debts, so
 * a statement's columns read the same for a savings account and a loan.
 */
export const MovementDirectionSchema = z.enum(['credit', 'debit'])
export type MovementDirection = z.infer<typeof MovementDirectionSchema>

/** Whether a product's balance is the member's (asset) or owed by the member (liability). */
export const ProductNatureSchema = z.enum(['asset', 'liability', 'service'])
export type ProductNature = z.infer<typeof ProductNatureSchema>

export const MovementSchema = z
  .object({
    id: z.string(),
    postedOn: IsoDate,
    description: z.string(),
    /** The core's voucher reference. */
    reference: z.string(),
    direction: MovementDirectionSchema,
    /** Always positive: `direction` says which column it goes in. */
    amount: MoneySchema,
    /** Product balance right after this movement (running balance). */
    balanceAfter: MoneySchema,
  })
  .meta({ id: 'Movement' })

/** The fields of a movements query, without the rules that tie them together (see MovementsQuerySchema). */
export const MovementsQueryFieldsSchema = z
  .object({
    last: z.coerce
      .number<number>()
      .int()
      .refine((n) => (LAST_N_CHOICES as readonly number[]).includes(n), 'last: 10, 20 or 30')
      // The refinement is not JSON Schema: say it in the document.
      .meta({ enum: [...LAST_N_CHOICES], description: 'The 10, 20 or 30 newest movements' })
      .optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** `desc` (newest first, the screens) or `asc` (oldest first, a printed statement). */
    order: z.enum(['asc', 'desc']).default('desc'),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    limit: z.coerce.number<number>().int().min(1).max(MAX_MOVEMENTS_PAGE).default(DEFAULT_MOVEMENTS_PAGE),
  })
  .strict()

type QueryFields = Pick<z.output<typeof MovementsQueryFieldsSchema>, 'last' | 'from' | 'to' | 'cursor'>

/** Adds the cross-field rules of a movements query to a schema holding its fields (API or IPC). */
export function withMovementsRules<S extends z.ZodType<QueryFields>>(schema: S): S {
  return schema
    .refine((q) => (q.from === undefined) === (q.to === undefined), {
      message: 'from and to go together',
      path: ['to'],
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['from'] })
    .refine((q) => q.last === undefined || (q.from === undefined && q.cursor === undefined), {
      message: 'last takes no date range and no cursor',
      path: ['last'],
    })
}

/**
 * Query of GET /v1/products/{productId}/movements. Either `last` (10, 20 or 30 newest, one page), or a
 * date range `from`–`to` (both inclusive, both or neither), or nothing (the whole history). Paged by
 * `cursor` (opaque, from the previous page's `nextCursor`) with `limit` ≤ 100.
 */
export const MovementsQuerySchema = withMovementsRules(MovementsQueryFieldsSchema).meta({
  id: 'MovementsQuery',
  description:
    'Either `last` (10, 20 or 30 newest, one page), or `from` and `to` (inclusive dates, both or neither), or nothing (the whole history). Page with `cursor` = the previous `nextCursor`; `limit` 1–100.',
})

/** One page of movements plus the figures of the whole selection (not only this page). */
export const MovementsPageSchema = z
  .object({
    productId: z.string(),
    nature: ProductNatureSchema,
    /** The selection: the asked range, or the dates of the oldest and newest movement selected. */
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    order: z.enum(['asc', 'desc']),
    /** Balance before the oldest selected movement. */
    openingBalance: MoneySchema,
    /** Balance after the newest selected movement (the opening balance when none). */
    closingBalance: MoneySchema,
    totals: z.object({ credits: MoneySchema, debits: MoneySchema, count: z.number().int().min(0) }),
    movements: z.array(MovementSchema),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'MovementsPage' })

export const CardStatementQuerySchema = z.object({ period: PeriodSchema.optional() }).strict().meta({
  id: 'CardStatementQuery',
  description: '`period` (YYYY-MM) picks the statement; without it, the latest closed period.',
})

export const CardStatementLineSchema = z
  .object({
    postedOn: IsoDate,
    description: z.string(),
    reference: z.string(),
    category: z.enum(['purchase', 'payment', 'fee', 'interest']),
    direction: MovementDirectionSchema,
    amount: MoneySchema,
  })
  .meta({ id: 'CardStatementLine' })

/** A card's statement of one billing period (seed 002/004 "Extracto de tarjeta"). */
export const CardStatementSchema = z
  .object({
    productId: z.string(),
    period: PeriodSchema,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    paymentDueDate: IsoDate,
    limit: MoneySchema,
    /** Limit minus the closing balance. */
    available: MoneySchema,
    previousBalance: MoneySchema,
    purchases: MoneySchema,
    payments: MoneySchema,
    fees: MoneySchema,
    interest: MoneySchema,
    closingBalance: MoneySchema,
    minimumPayment: MoneySchema,
    lines: z.array(CardStatementLineSchema),
  })
  .meta({ id: 'CardStatement' })

export type Movement = z.infer<typeof MovementSchema>
export type MovementsQuery = z.infer<typeof MovementsQuerySchema>
export type MovementsQueryInput = z.input<typeof MovementsQuerySchema>
export type MovementsPage = z.infer<typeof MovementsPageSchema>
export type CardStatement = z.infer<typeof CardStatementSchema>
export type CardStatementLine = z.infer<typeof CardStatementLineSchema>
