import type { KioskFeature } from '../kiosk-feature'
import { deviceEn } from './messages/en'
import { deviceEs } from './messages/es'
import { DEVICE_ROUTES } from './routes'

export { useDeviceStore } from './stores/device'

/**
 * Device identity (issue 12): "Quiosco sin configurar" and "Quiosco fuera de servicio", the only screen
 * a kiosk shows without a valid device key, from which branch IT provisions it with a USB stick.
 */
export const deviceFeature: KioskFeature = {
  id: 'device',
  routes: DEVICE_ROUTES,
  messages: { es: deviceEs, en: deviceEn },
  loadScreenHelp: async () => ({
    es: {
      'device-status':
        'Este quiosco no puede atender ahora. Un asesor de la oficina puede ayudarle con su consulta u operación.',
    },
    en: {
      'device-status':
        'This kiosk cannot serve right now. A member of staff at the branch can help you with your enquiry or operation.',
    },
  }),
}
