import type { ProvisioningRefusal } from '../../../shared/device/provisioning-file'

export type { ProvisioningRefusal } from '../../../shared/device/provisioning-file'

/** A provisioning file that was not applied, with the reason the CLI and the first-run screen tell. */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError'
  constructor(
    readonly reason: ProvisioningRefusal,
    detail: string,
  ) {
    super(detail)
  }
}
