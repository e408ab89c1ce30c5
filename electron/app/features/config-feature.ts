import { toPublicConfig } from '../../../shared/config/kiosk-config'
import { CONFIG_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { defineFeature } from '../feature'

/** What the renderer may know of the configuration (never the API address). */
export const configFeature = defineFeature(({ config }) => {
  const publicConfig = toPublicConfig(config)
  return { name: 'config', handlers: registerService(CONFIG_SERVICE, { get: async () => publicConfig }) }
})
