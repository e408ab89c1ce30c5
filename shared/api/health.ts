import type { ApiRoute } from './route'
import { z } from 'zod'
import { CurrencyCodeSchema } from '../money/money-schema'

export const HealthResponseSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    cooperative: z.object({ name: z.string(), currency: CurrencyCodeSchema, locale: z.string() }),
    time: z.iso.datetime(),
  })
  .meta({ id: 'Health' })
export type HealthResponse = z.infer<typeof HealthResponseSchema>

export const SYSTEM_ROUTES = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Liveness and cooperative identity',
    tag: 'system',
    auth: false,
    response: HealthResponseSchema,
    errors: [],
  },
} as const satisfies Record<string, ApiRoute>
