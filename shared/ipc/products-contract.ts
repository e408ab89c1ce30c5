import { z } from 'zod'
import {
  LAST_N_CHOICES,
  MAX_MOVEMENTS_PAGE,
  MovementsQueryFieldsSchema,
  ProductIdSchema,
  withMovementsRules,
} from '../api/products'

/** The movements query of the API plus the product, with numbers as numbers (no string coercion). */
export const MovementsRequestSchema = withMovementsRules(
  MovementsQueryFieldsSchema.extend({
    productId: ProductIdSchema,
    last: z.union(LAST_N_CHOICES.map((n) => z.literal(n))).optional(),
    limit: z.number().int().min(1).max(MAX_MOVEMENTS_PAGE).optional(),
  }),
)
export type MovementsRequest = z.input<typeof MovementsRequestSchema>
