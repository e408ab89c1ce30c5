import { z } from 'zod'
import { ErrorCodeSchema, ErrorDetailsSchema } from '../ipc/error-schemas'

/** The body of every non-2xx API response. */
export const ApiErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string(),
      requestId: z.string().optional(),
      details: ErrorDetailsSchema.optional(),
    }),
  })
  .meta({ id: 'ApiError' })
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>
