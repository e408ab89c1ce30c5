import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { KioskError } from '../../shared/ipc/errors'
import type { DeviceRegistry } from './device-registry'

const KioskSchema = z.object({ kioskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) }).strict()
const TokenRequestSchema = z
  .object({
    kioskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    branchId: z.string().min(1).max(32),
    ttlSeconds: z
      .number()
      .int()
      .min(1)
      .max(30 * 86_400)
      .default(7 * 86_400),
  })
  .strict()

/**
 * Sandbox-only doors (not in API_ROUTES): what the cooperative's provisioning tool and IT console do at
 * a real core — issue a kiosk's enrollment token, revoke a kiosk, list the devices.
 */
export function registerDeviceSandboxRoutes(app: FastifyInstance, registry: DeviceRegistry): void {
  app.post('/sandbox/devices/enrollment-tokens', async (request) => {
    const body = TokenRequestSchema.safeParse(request.body)
    if (!body.success) throw new KioskError('VALIDATION', 'kioskId, branchId and optional ttlSeconds')
    return registry.issueToken(body.data.kioskId, body.data.branchId, body.data.ttlSeconds)
  })
  app.post('/sandbox/devices/revoke', async (request) => {
    const body = KioskSchema.safeParse(request.body)
    if (!body.success) throw new KioskError('VALIDATION', 'kioskId')
    return { revoked: registry.revoke(body.data.kioskId) }
  })
  app.get('/sandbox/devices', async () => ({ devices: registry.list() }))
}
