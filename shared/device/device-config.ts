import { z } from 'zod'
import { DeviceKeyIdSchema } from '../api/devices'
import { ProfileIdSchema } from '../config/profiles'

/** What provisioning records in the configuration; the private key stays in the OS keychain. */
export const DeviceConfigSchema = z
  .object({
    keyId: DeviceKeyIdSchema,
    profile: ProfileIdSchema,
    provisionedAt: z.iso.datetime(),
  })
  .strict()
export type DeviceConfig = z.infer<typeof DeviceConfigSchema>
