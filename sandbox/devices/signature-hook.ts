import type { FastifyInstance } from 'fastify'
import { verifyRequest, type SignatureRefusal } from '../../shared/device/message-signature'
import { KioskError } from '../../shared/ipc/errors'
import { apiRouteOf } from '../http/api-route-of'
import { setDeviceKey } from '../http/device-key'
import { rawBodyOf } from '../http/json-body'
import type { DeviceRegistry } from './device-registry'

const MESSAGES: Record<SignatureRefusal, string> = {
  unsigned: 'Request not signed by a device (Signature and Signature-Input missing)',
  malformed: 'Malformed Signature or Signature-Input',
  components: 'The signature must cover @method, @path, date and content-digest',
  algorithm: 'Only ed25519 device signatures are accepted',
  stale: 'Signature created or Date too far from the API clock',
  digest: 'Content-Digest does not match the body',
  'unknown-key': 'Unknown device key',
  revoked: 'Device key revoked',
  'bad-signature': 'Device signature does not verify',
}

/**
 * Every API route but enrollment needs a valid device signature. Relaxed (the --dev-unsigned flag of
 * `npm start`), an unsigned request passes, but a signed one is still checked: a revoked kiosk stays out.
 */
export function installSignatureHook(
  app: FastifyInstance,
  registry: DeviceRegistry,
  opts: { required: boolean; now: () => Date },
): void {
  app.addHook('preHandler', async (request) => {
    const route = apiRouteOf(request)
    if (route === undefined || route === 'enrollDevice') return
    const header = (name: string) => {
      const v = request.headers[name]
      return Array.isArray(v) ? v.join(', ') : v
    }
    if (!opts.required && header('signature') === undefined && header('signature-input') === undefined) return
    const result = await verifyRequest({
      method: request.method,
      path: request.url.split('?')[0]!,
      field: header,
      body: new TextEncoder().encode(rawBodyOf(request) ?? ''),
      now: opts.now(),
      lookup: registry.lookup,
    })
    if (!result.ok) {
      request.log.warn({ route, reason: result.reason }, 'device signature refused')
      throw new KioskError(
        result.reason === 'revoked' ? 'DEVICE_REVOKED' : 'DEVICE_UNAUTHORIZED',
        MESSAGES[result.reason],
      )
    }
    setDeviceKey(request, result.keyId)
  })
}
