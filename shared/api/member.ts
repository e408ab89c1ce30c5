import type { ApiRoute } from './route'
import { z } from 'zod'
import { CurrencyCodeSchema, MoneySchema } from '../money/money-schema'
import { PRODUCT_KINDS } from './product-choices'

export { PRODUCT_KINDS, type ProductKind } from './product-choices'

export const ProductKindSchema = z.enum(PRODUCT_KINDS)

export const ProductSummarySchema = z
  .object({
    id: z.string(),
    kind: ProductKindSchema,
    name: z.string(),
    /** Masked account number, e.g. "****4821". */
    maskedNumber: z.string(),
    balance: MoneySchema,
    status: z.enum(['active', 'overdue', 'closed']),
  })
  .meta({ id: 'ProductSummary' })

/** The header of seed 000 plus the products with balances. */
export const MemberSummarySchema = z
  .object({
    fullName: z.string(),
    maskedIdNumber: z.string(),
    memberNumber: z.string(),
    payrollEntity: z.string().nullable(),
    baseSalary: MoneySchema.nullable(),
    seniorityMonths: z.number().int().min(0),
    paymentCapacity: MoneySchema,
    cutoffDate: z.iso.date(),
    currency: CurrencyCodeSchema,
    products: z.array(ProductSummarySchema),
  })
  .meta({ id: 'MemberSummary' })

export type ProductSummary = z.infer<typeof ProductSummarySchema>
export type MemberSummary = z.infer<typeof MemberSummarySchema>

export const MEMBER_ROUTES = {
  memberSummary: {
    method: 'GET',
    path: '/v1/members/me/summary',
    summary: 'Member header and products with balances',
    tag: 'members',
    auth: true,
    response: MemberSummarySchema,
    errors: ['SESSION_EXPIRED', 'SETUP_REQUIRED'],
  },
} as const satisfies Record<string, ApiRoute>
