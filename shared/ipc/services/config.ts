import { PublicConfigSchema } from '../../config/kiosk-config'
import { defineService } from '../service'
import { NoInput } from './no-input'

/** What the renderer may know of the configuration (never the API address). */
export const CONFIG_SERVICE = defineService({
  name: 'config',
  methods: {
    get: { audience: 'public', input: NoInput, output: PublicConfigSchema },
  },
})
