import { z } from 'zod'
import { EnrollmentTokenSchema } from '../api/devices'
import { ProfileIdSchema } from '../config/profiles'
import { PrinterConfigSchema } from '../printing/printer-config'

export const PROVISIONING_FORMAT = 'cooperativa-kiosk-provisioning/1'
export const UpdateChannelSchema = z.enum(['stable', 'pilot'])

/** sha-256 of a server certificate's SubjectPublicKeyInfo, base64 (the HPKP pin format). */
export const SpkiPinSchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'sha-256 of the SPKI, base64')

/** What the cooperative's provisioning tool states for one kiosk (or, without kioskId's twin, a branch). */
export const ProvisioningPayloadSchema = z
  .object({
    kioskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    branch: z.object({ id: z.string().min(1).max(32), name: z.string().min(1).max(80) }).strict(),
    profile: ProfileIdSchema,
    api: z
      .object({
        baseUrl: z.url({ protocol: /^https?$/ }),
        spkiPins: z.array(SpkiPinSchema).max(8).optional(),
      })
      .strict(),
    printer: PrinterConfigSchema,
    updateChannel: UpdateChannelSchema,
    enrollment: z.object({ token: EnrollmentTokenSchema, expiresAt: z.iso.datetime() }).strict(),
    issuedAt: z.iso.datetime(),
  })
  .strict()
export type ProvisioningPayload = z.infer<typeof ProvisioningPayloadSchema>

/**
 * The file on the USB stick: the payload's exact JSON bytes (base64url) and their Ed25519 signature by
 * the cooperative's provisioning key. Signing bytes, not a re-serialised object, leaves nothing to
 * canonicalise: any change to the file breaks the signature.
 */
export const ProvisioningFileSchema = z
  .object({
    format: z.literal(PROVISIONING_FORMAT),
    /** Which provisioning key signed it: the first 16 hex digits of sha-256 over its SPKI (DER). */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    payload: z.string().regex(/^[A-Za-z0-9_-]+$/),
    signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
  })
  .strict()
export type ProvisioningFile = z.infer<typeof ProvisioningFileSchema>

/** Why a provisioning file was not applied: the CLI and the first-run screen tell each one plainly. */
export const ProvisioningRefusalSchema = z.enum([
  'unreadable',
  'malformed',
  'foreign-key',
  'tampered',
  'expired',
  'token-used',
  'token-unknown',
  'api-unreachable',
  'api-refused',
  'keychain',
])
export type ProvisioningRefusal = z.infer<typeof ProvisioningRefusalSchema>
