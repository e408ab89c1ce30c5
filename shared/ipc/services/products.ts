import { z } from 'zod'
import {
  CardStatementSchema,
  CertificateCodeSchema,
  CertificateOptionsSchema,
  CertificateRequestSchema,
  CertificateSchema,
  ConsolidatedPositionSchema,
  MovementsPageSchema,
  PeriodSchema,
  ProductDetailSchema,
  ProductIdSchema,
  ProductsOfKindSchema,
} from '../../api/products'
import { ProductKindSchema } from '../../api/member'
import { MovementsRequestSchema } from '../products-contract'
import { defineService } from '../service'
import { NoInput } from './no-input'

/** The member's products and statements. */
export const PRODUCTS_SERVICE = defineService({
  name: 'products',
  methods: {
    position: { audience: 'member', input: NoInput, output: ConsolidatedPositionSchema },
    ofKind: {
      audience: 'member',
      input: z.object({ kind: ProductKindSchema }).strict(),
      output: ProductsOfKindSchema,
    },
    detail: {
      audience: 'member',
      input: z.object({ productId: ProductIdSchema }).strict(),
      output: ProductDetailSchema,
    },
    movements: { audience: 'member', input: MovementsRequestSchema, output: MovementsPageSchema },
    cardStatement: {
      audience: 'member',
      input: z.object({ productId: ProductIdSchema, period: PeriodSchema.optional() }).strict(),
      output: CardStatementSchema,
    },
  },
})

/** The member's certificates (membership, product balance, annual tax). */
export const CERTIFICATES_SERVICE = defineService({
  name: 'certificates',
  methods: {
    options: { audience: 'member', input: NoInput, output: CertificateOptionsSchema },
    issue: { audience: 'member', input: CertificateRequestSchema, output: CertificateSchema },
    get: {
      audience: 'member',
      input: z.object({ code: CertificateCodeSchema }).strict(),
      output: CertificateSchema,
    },
  },
})
