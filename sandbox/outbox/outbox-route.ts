import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { KioskError } from '../../shared/ipc/errors'
import type { Outbox } from './outbox'

export const OUTBOX_PATH = '/sandbox/outbox'

const OutboxQuerySchema = z
  .object({
    recipient: z.string().min(1).max(120).optional(),
    idNumber: z
      .string()
      .regex(/^[0-9A-Za-z]{4,20}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict()

/**
 * `GET /sandbox/outbox?idNumber=…&recipient=…&limit=…`: what the sandbox "sent", newest first, so demos
 * and tests can read temporary keys and codes. Only the sandbox has it: it is not part of API_ROUTES, so
 * neither the OpenAPI contract nor the kiosk knows it, and a real core has no such door.
 */
export function registerOutboxRoute(app: FastifyInstance, outbox: Outbox): void {
  app.get(OUTBOX_PATH, async (request) => {
    const query = OutboxQuerySchema.safeParse(request.query)
    if (!query.success) throw new KioskError('VALIDATION', 'Outbox filter: recipient, idNumber, limit')
    return { messages: outbox.list(query.data) }
  })
}
