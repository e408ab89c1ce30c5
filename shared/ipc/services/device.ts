import { z } from 'zod'
import { ProvisioningRefusalSchema } from '../../device/provisioning-file'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * unprovisioned: no device credential (shows "Quiosco sin configurar" and nothing else); development:
 * `--dev-unsigned`, requests go unsigned; active: signing with its key; revoked: the API refused the key.
 */
export const DeviceStateSchema = z.enum(['unprovisioned', 'development', 'active', 'revoked'])
export type DeviceState = z.infer<typeof DeviceStateSchema>

export const DeviceStatusSchema = z.object({ state: DeviceStateSchema, kioskId: z.string() })

const FileIdSchema = z.string().regex(/^f\d{1,3}$/)

export const ProvisioningFilesSchema = z.object({
  files: z.array(z.object({ id: FileIdSchema, name: z.string().max(120) })).max(50),
})

export const ProvisioningOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), kioskId: z.string(), branchName: z.string() }),
  z.object({ ok: z.literal(false), reason: ProvisioningRefusalSchema }),
])
export type ProvisioningOutcome = z.infer<typeof ProvisioningOutcomeSchema>

/** The kiosk's own identity (issue 12): its state, and the first-run screen's provisioning from a USB stick. */
export const DEVICE_SERVICE = defineService({
  name: 'device',
  methods: {
    status: { audience: 'public', input: NoInput, output: DeviceStatusSchema },
    /** Provisioning files (`*.provisioning.json`) on removable media; ids stand for paths main keeps. */
    findProvisioningFiles: { audience: 'public', input: NoInput, output: ProvisioningFilesSchema },
    applyProvisioningFile: {
      audience: 'public',
      input: z.object({ id: FileIdSchema }).strict(),
      output: ProvisioningOutcomeSchema,
    },
  },
})
