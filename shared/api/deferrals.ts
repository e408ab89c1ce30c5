import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { IdempotencyKeySchema } from './payments'
import { ProductIdSchema } from './products-certificates'
import type { ApiRoute } from './route'
import { FractionRateSchema, PercentRateSchema } from './simulators'

/**
 * Card purchase deferral (seed 002 "Diferido de tarjetas", issue 11 item 4): chosen purchases, or the
 * revolving balance, become a French installment plan at the card's rate, billed from next month on.
 */
const IsoDate = z.iso.date()
/** The core's movement id of a purchase (the same id the card's movements show). */
export const MovementIdSchema = z.string().regex(/^[1-9]\d{0,14}$/, 'movement id')
export const DEFERRAL_MAX_MONTHS = 48
export const DEFERRAL_MAX_PURCHASES = 50
export const DeferralNumberSchema = z.string().regex(/^DF-\d{4}-\d{6}$/)

export const DeferrablePurchaseSchema = z
  .object({
    movementId: MovementIdSchema,
    /** "Fecha transacción" */
    postedOn: IsoDate,
    /** "Descripción" */
    description: z.string(),
    /** "Valor" */
    amount: MoneySchema,
  })
  .strict()
  .meta({ id: 'DeferrablePurchase' })
export type DeferrablePurchase = z.infer<typeof DeferrablePurchaseSchema>

export const DeferrableCardSchema = z
  .object({
    productId: ProductIdSchema,
    name: z.string(),
    maskedCardNumber: z.string(),
    /** The card's effective annual rate; deferrals use its monthly equivalent. */
    rateEa: PercentRateSchema,
    /** "Diferido saldo actual rotativo": what is owed outside earlier deferrals (0 when nothing is). */
    revolvingBalance: MoneySchema,
    /** Purchases of the last two statement periods not deferred yet, newest first. */
    purchases: z.array(DeferrablePurchaseSchema),
  })
  .strict()
  .meta({ id: 'DeferrableCard' })
export type DeferrableCard = z.infer<typeof DeferrableCardSchema>

export const DeferralOptionsSchema = z
  .object({
    /** The core's today: installments fall monthly from it. */
    today: IsoDate,
    /** The plazos (months) the cooperative offers. */
    months: z.array(z.number().int().min(2).max(DEFERRAL_MAX_MONTHS)).min(1),
    cards: z.array(DeferrableCardSchema),
  })
  .strict()
  .meta({ id: 'DeferralOptions' })
export type DeferralOptions = z.infer<typeof DeferralOptionsSchema>

export const DeferralSourceSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('purchases'),
        movementIds: z
          .array(MovementIdSchema)
          .min(1)
          .max(DEFERRAL_MAX_PURCHASES)
          .refine((ids) => new Set(ids).size === ids.length, 'a purchase chosen twice'),
      })
      .strict(),
    z.object({ kind: z.literal('revolving') }).strict(),
  ])
  .meta({ id: 'DeferralSource' })
export type DeferralSource = z.infer<typeof DeferralSourceSchema>

export const DeferralRequestSchema = z
  .object({
    productId: ProductIdSchema,
    source: DeferralSourceSchema,
    months: z.number().int().min(2).max(DEFERRAL_MAX_MONTHS),
  })
  .strict()
  .meta({ id: 'DeferralRequest' })
export type DeferralRequest = z.infer<typeof DeferralRequestSchema>

export const DeferralInstallmentSchema = z
  .object({
    number: z.number().int().min(1),
    dueDate: IsoDate,
    principal: MoneySchema,
    interest: MoneySchema,
    /** principal + interest */
    installment: MoneySchema,
    balance: MoneySchema,
  })
  .strict()
  .meta({ id: 'DeferralInstallment' })
export type DeferralInstallment = z.infer<typeof DeferralInstallmentSchema>

/** "Simulación Diferido": what the member sees before "Confirmar", and what the core checks. */
export const DeferralSimulationSchema = z
  .object({
    request: DeferralRequestSchema,
    card: DeferrableCardSchema.pick({ productId: true, name: true, maskedCardNumber: true }),
    startDate: IsoDate,
    rateEa: PercentRateSchema,
    /** (1 + EA)^(1/12) − 1, 12 decimals. */
    monthlyRate: FractionRateSchema,
    /** The purchases deferred ([] for the revolving balance). */
    purchases: z.array(DeferrablePurchaseSchema),
    /** "Total monto a diferir" */
    total: MoneySchema,
    /** "Número de cuotas" */
    months: z.number().int().min(2),
    /** "Valor interés": the interest of every installment. */
    interest: MoneySchema,
    /** "Valor cuota": the fixed installment (the last one absorbs the rounding: lastInstallment). */
    installment: MoneySchema,
    lastInstallment: MoneySchema,
    /** total + interest */
    totalToPay: MoneySchema,
    installments: z.array(DeferralInstallmentSchema).min(2),
  })
  .strict()
  .meta({ id: 'DeferralSimulation' })
export type DeferralSimulation = z.infer<typeof DeferralSimulationSchema>

export const DeferralConfirmBodySchema = z
  .object({ simulation: DeferralSimulationSchema })
  .strict()
  .meta({ id: 'DeferralConfirmBody' })

/** "Diferido exitoso": the deferral as the core recorded it. */
export const DeferralSchema = z
  .object({
    number: DeferralNumberSchema,
    confirmedAt: z.iso.datetime(),
    simulation: DeferralSimulationSchema,
  })
  .strict()
  .meta({ id: 'Deferral' })
export type Deferral = z.infer<typeof DeferralSchema>

/** One deferral's installment billed in a month, beside the earlier deferrals' of the same month. */
export const BilledDeferralInstallmentSchema = z
  .object({
    number: DeferralNumberSchema,
    installmentNumber: z.number().int().min(1),
    months: z.number().int().min(2),
    dueDate: IsoDate,
    principal: MoneySchema,
    interest: MoneySchema,
    installment: MoneySchema,
  })
  .strict()
  .meta({ id: 'BilledDeferralInstallment' })

/** A card's deferrals and, month by month, what their installments add to its statement. */
export const CardDeferralsSchema = z
  .object({
    productId: ProductIdSchema,
    /** Principal of the installments not due yet. */
    deferredBalance: MoneySchema,
    /** Months with installments not due yet, soonest first. */
    months: z.array(
      z
        .object({
          /** The billing month (YYYY-MM). */
          month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
          total: MoneySchema,
          installments: z.array(BilledDeferralInstallmentSchema).min(1),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'CardDeferrals' })
export type CardDeferrals = z.infer<typeof CardDeferralsSchema>

const ProductParamsSchema = z.object({ productId: ProductIdSchema }).strict()

export const DEFERRAL_ROUTES = {
  deferralOptions: {
    method: 'GET',
    path: '/v1/members/me/card-deferrals/options',
    summary: "The member's cards with their deferrable purchases and revolving balance, and the plazos",
    tag: 'deferrals',
    auth: true,
    response: DeferralOptionsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  simulateDeferral: {
    method: 'POST',
    path: '/v1/card-deferrals/simulations',
    summary: 'Simulates deferring purchases or the revolving balance over N months (shared finance code)',
    tag: 'deferrals',
    auth: true,
    body: DeferralRequestSchema,
    response: DeferralSimulationSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT'],
  },
  deferralConfirm: {
    method: 'POST',
    path: '/v1/members/me/card-deferrals',
    summary:
      'Confirms a simulated deferral, which the core re-computes; its installments bill from next month',
    description:
      'Requires the Idempotency-Key header: a repeat with the same key and body answers the stored deferral, ' +
      'the same key with another body 422 IDEMPOTENCY_MISMATCH. The core simulates the request again with ' +
      'its own card, rate and today; any difference, or a purchase deferred already, is refused with CONFLICT.',
    tag: 'deferrals',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: DeferralConfirmBodySchema,
    response: DeferralSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT', 'IDEMPOTENCY_MISMATCH'],
  },
  cardDeferrals: {
    method: 'GET',
    path: '/v1/products/:productId/deferrals',
    summary: "A card's deferred installments by month, each deferral's added to the earlier ones'",
    tag: 'deferrals',
    auth: true,
    params: ProductParamsSchema,
    response: CardDeferralsSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
