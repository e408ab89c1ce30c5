import { z } from 'zod'
import {
  CardStatementSchema,
  CertificateCodeSchema,
  CertificateOptionsSchema,
  CertificateRequestSchema,
  CertificateSchema,
  ConsolidatedPositionSchema,
  LAST_N_CHOICES,
  MAX_MOVEMENTS_PAGE,
  MovementsPageSchema,
  MovementsQueryFieldsSchema,
  PeriodSchema,
  ProductDetailSchema,
  ProductIdSchema,
  ProductsOfKindSchema,
  withMovementsRules,
} from '../api/products'
import { ProductKindSchema } from '../api/member'

const NoInput = z.object({}).strict()

/** The movements query of the API plus the product, with numbers as numbers (no string coercion). */
export const MovementsRequestSchema = withMovementsRules(
  MovementsQueryFieldsSchema.extend({
    productId: ProductIdSchema,
    last: z.union(LAST_N_CHOICES.map((n) => z.literal(n))).optional(),
    limit: z.number().int().min(1).max(MAX_MOVEMENTS_PAGE).optional(),
  }),
)
export type MovementsRequest = z.input<typeof MovementsRequestSchema>

/** Products, statements and certificates: spread into IPC_CONTRACT. */
export const PRODUCTS_IPC_CONTRACT = {
  'products.position': { input: NoInput, output: ConsolidatedPositionSchema },
  'products.ofKind': { input: z.object({ kind: ProductKindSchema }).strict(), output: ProductsOfKindSchema },
  'products.detail': {
    input: z.object({ productId: ProductIdSchema }).strict(),
    output: ProductDetailSchema,
  },
  'products.movements': { input: MovementsRequestSchema, output: MovementsPageSchema },
  'products.cardStatement': {
    input: z.object({ productId: ProductIdSchema, period: PeriodSchema.optional() }).strict(),
    output: CardStatementSchema,
  },
  'certificates.options': { input: NoInput, output: CertificateOptionsSchema },
  'certificates.issue': { input: CertificateRequestSchema, output: CertificateSchema },
  'certificates.get': {
    input: z.object({ code: CertificateCodeSchema }).strict(),
    output: CertificateSchema,
  },
} as const
