import { toPublicConfig } from '../../../shared/config/kiosk-config'
import { defineFeature } from '../feature'

/** What the renderer may know of the configuration (never the API address). */
export const configFeature = defineFeature<'config.get'>(({ config }) => {
  const publicConfig = toPublicConfig(config)
  return { name: 'config', handlers: { 'config.get': async () => publicConfig } }
})
