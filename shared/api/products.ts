import { z } from 'zod'
import { CurrencyCodeSchema, MoneySchema } from '../money/money-schema'
import { ProductKindSchema, ProductSummarySchema, type ProductKind } from './member'
import {
  CertificateCodeSchema,
  CertificateOptionsSchema,
  CertificateRequestSchema,
  CertificateSchema,
  CertificateVerificationSchema,
  ProductIdSchema,
} from './products-certificates'
import { ProductDetailSchema } from './products-detail'
import {
  CardStatementQuerySchema,
  CardStatementSchema,
  MovementsPageSchema,
  MovementsQuerySchema,
  ProductNatureSchema,
  type ProductNature,
} from './products-movements'
import type { ApiRoute } from './route'

export * from './products-certificates'
export * from './products-detail'
export * from './products-movements'

/** Haberes (the member's), obligations (owed by the member) and services (neither). */
export const PRODUCT_NATURE: Record<ProductKind, ProductNature> = {
  contribution: 'asset',
  savings: 'asset',
  term_deposit: 'asset',
  loan: 'liability',
  card: 'liability',
  other_obligation: 'liability',
  deduction: 'service',
  insurance: 'service',
}

const IsoDate = z.iso.date()

/** One product in the consolidated position (seeds 001 and 004). */
export const PositionLineSchema = ProductSummarySchema.extend({
  monthlyPayment: MoneySchema.nullable(),
  /** Savings and cards: what can be used now. */
  available: MoneySchema.nullable(),
  nextDueDate: IsoDate.nullable(),
}).meta({ id: 'PositionLine' })

export const PositionGroupSchema = z
  .object({
    kind: ProductKindSchema,
    nature: ProductNatureSchema,
    products: z.array(PositionLineSchema),
    total: MoneySchema,
  })
  .meta({ id: 'PositionGroup' })

/** Every product the member holds, grouped by kind (only the kinds held, in tab order), with totals. */
export const ConsolidatedPositionSchema = z
  .object({
    cutoffDate: IsoDate,
    currency: CurrencyCodeSchema,
    groups: z.array(PositionGroupSchema),
    totals: z.object({
      assets: MoneySchema,
      liabilities: MoneySchema,
      /** Assets minus liabilities. */
      net: MoneySchema,
      /** Sum of monthly payments due (contributions, installments, fees, premiums). */
      monthlyCommitments: MoneySchema,
    }),
  })
  .meta({ id: 'ConsolidatedPosition' })

/** A product tab: every product of one kind with its detail (empty list → "no posee …"). */
export const ProductsOfKindSchema = z
  .object({
    kind: ProductKindSchema,
    cutoffDate: IsoDate,
    products: z.array(ProductDetailSchema),
  })
  .meta({ id: 'ProductsOfKind' })

export const ProductParamsSchema = z.object({ productId: ProductIdSchema }).strict()
export const ProductKindParamsSchema = z.object({ kind: ProductKindSchema }).strict()
export const CertificateCodeParamsSchema = z.object({ code: CertificateCodeSchema }).strict()

export type PositionLine = z.infer<typeof PositionLineSchema>
export type PositionGroup = z.infer<typeof PositionGroupSchema>
export type ConsolidatedPosition = z.infer<typeof ConsolidatedPositionSchema>
export type ProductsOfKind = z.infer<typeof ProductsOfKindSchema>

export const PRODUCT_ROUTES = {
  productsPosition: {
    method: 'GET',
    path: '/v1/members/me/position',
    summary: 'Consolidated position: every product with its balance, grouped by kind, with totals',
    tag: 'products',
    auth: true,
    response: ConsolidatedPositionSchema,
    errors: ['SESSION_EXPIRED'],
  },
  productsOfKind: {
    method: 'GET',
    path: '/v1/members/me/products/:kind',
    summary: 'One product tab: the details of every product of a kind (empty when the member has none)',
    tag: 'products',
    auth: true,
    params: ProductKindParamsSchema,
    response: ProductsOfKindSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED'],
  },
  productDetail: {
    method: 'GET',
    path: '/v1/products/:productId',
    summary: "A product's detail: aportes row, loan amortization and guarantors, card limits, term deposit …",
    tag: 'products',
    auth: true,
    params: ProductParamsSchema,
    response: ProductDetailSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  productMovements: {
    method: 'GET',
    path: '/v1/products/:productId/movements',
    summary: 'Movements with running balance: last 10/20/30 or a date range, paged by cursor (≤ 100)',
    tag: 'products',
    auth: true,
    params: ProductParamsSchema,
    query: MovementsQuerySchema,
    response: MovementsPageSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  cardStatement: {
    method: 'GET',
    path: '/v1/products/:productId/card-statement',
    summary: "A card's statement of one period (the latest closed one when no period is given)",
    tag: 'products',
    auth: true,
    params: ProductParamsSchema,
    query: CardStatementQuerySchema,
    response: CardStatementSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  certificateOptions: {
    method: 'GET',
    path: '/v1/members/me/certificates/options',
    summary: 'Which certificates the member can ask for: products and tax years',
    tag: 'certificates',
    auth: true,
    response: CertificateOptionsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  certificateIssue: {
    method: 'POST',
    path: '/v1/members/me/certificates',
    summary: 'Issues a certificate (membership, product balance, annual tax) with a verification code',
    tag: 'certificates',
    auth: true,
    body: CertificateRequestSchema,
    response: CertificateSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  certificateGet: {
    method: 'GET',
    path: '/v1/members/me/certificates/:code',
    summary: "One of the member's own certificates again, by its code (to print or save what was shown)",
    tag: 'certificates',
    auth: true,
    params: CertificateCodeParamsSchema,
    response: CertificateSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  certificateVerify: {
    method: 'GET',
    path: '/v1/certificates/:code',
    summary: 'Public check of a verification code printed on a certificate (404 when unknown)',
    tag: 'certificates',
    auth: false,
    params: CertificateCodeParamsSchema,
    response: CertificateVerificationSchema,
    errors: ['VALIDATION', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ApiRoute>
