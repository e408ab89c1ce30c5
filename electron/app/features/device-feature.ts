import { DEVICE_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { defineFeature } from '../feature'

/** The kiosk's device identity (issue 12): its state, and provisioning from the first-run screen. */
export const deviceFeature = defineFeature(({ device }) => ({
  name: 'device',
  handlers: registerService(DEVICE_SERVICE, {
    status: () => device.status(),
    findProvisioningFiles: () => device.findProvisioningFiles(),
    applyProvisioningFile: (input) => device.applyProvisioningFile(input),
  }),
}))
