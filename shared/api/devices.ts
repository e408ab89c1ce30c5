import { z } from 'zod'
import type { ApiRoute } from './route'

const KioskIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/)
/** A raw Ed25519 public key, base64url (32 bytes). */
export const DevicePublicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'raw Ed25519 key, base64url')
export const EnrollmentTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/)
export const DeviceKeyIdSchema = z.string().regex(/^dev-[A-Za-z0-9_-]{22}$/)

export const EnrollDeviceBodySchema = z
  .object({
    enrollmentToken: EnrollmentTokenSchema,
    kioskId: KioskIdSchema,
    branchId: z.string().min(1).max(32),
    publicKey: DevicePublicKeySchema,
  })
  .strict()
  .meta({ id: 'EnrollDeviceRequest' })
export type EnrollDeviceBody = z.infer<typeof EnrollDeviceBodySchema>

export const DeviceCredentialSchema = z
  .object({
    kioskId: KioskIdSchema,
    branchId: z.string(),
    keyId: DeviceKeyIdSchema,
    status: z.literal('active'),
    enrolledAt: z.iso.datetime(),
  })
  .meta({ id: 'DeviceCredential' })
export type DeviceCredential = z.infer<typeof DeviceCredentialSchema>

const SIGNED =
  'Every other route needs the device signature (RFC 9421 over @method, @path, date and content-digest, ' +
  'Ed25519 with the key enrolled here, `created` and Date within 300 s of the API clock): unsigned, ' +
  'stale or altered requests get 401 DEVICE_UNAUTHORIZED, a revoked key 403 DEVICE_REVOKED.'

export const DEVICE_ROUTES = {
  enrollDevice: {
    method: 'POST',
    path: '/v1/devices/enroll',
    summary: "Trades a provisioning file's one-time enrollment token for a device credential",
    description:
      'The token is bound to the kiosk id and branch it was issued for, expires, and works once. ' +
      'Enrolling a kiosk again (re-provisioning) replaces its previous key, which stops working. ' +
      SIGNED,
    tag: 'devices',
    auth: false,
    body: EnrollDeviceBodySchema,
    response: DeviceCredentialSchema,
    errors: ['VALIDATION', 'CODE_INVALID', 'CODE_EXPIRED'],
  },
  deviceStatus: {
    method: 'GET',
    path: '/v1/devices/me',
    summary: 'The signing device, as the API knows it (refused when revoked)',
    tag: 'devices',
    auth: false,
    response: DeviceCredentialSchema,
    errors: [],
  },
} as const satisfies Record<string, ApiRoute>
