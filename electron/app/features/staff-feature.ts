import { STAFF_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createStaffService } from '../../services/staff-service'
import { defineFeature } from '../feature'

export const staffFeature = defineFeature(({ api, auth, config }) => ({
  name: 'staff',
  handlers: registerService(STAFF_SERVICE, createStaffService({ api, auth, terminalId: config.kioskId })),
}))
