import { KioskError } from '../../shared/ipc/errors'
import type { SandboxModule } from '../modules/sandbox-module'
import { createDeviceRegistry, type DeviceRegistry } from './device-registry'
import { DEVICES_MIGRATIONS } from './migrations'
import { registerDeviceSandboxRoutes } from './sandbox-routes'
import { installSignatureHook } from './signature-hook'

type DeviceRouteName = 'enrollDevice' | 'deviceStatus'

/**
 * Device identity (issue 12): enrollment tokens traded for device keys, and the hook that refuses any
 * API request not signed by an active device key (RFC 9421). Listed first: its check runs before any
 * other feature's hook.
 */
export const devicesModule: SandboxModule<DeviceRouteName, DeviceRegistry> = {
  name: 'devices',
  migrations: DEVICES_MIGRATIONS,
  start: ({ db, now, options }) => {
    const registry = createDeviceRegistry(db, now)
    return {
      handlers: {
        enrollDevice: ({ body }) => registry.enroll(body),
        deviceStatus: ({ deviceKey }) => {
          // Only reachable unsigned under --dev-unsigned: there is no device to describe.
          if (!deviceKey) throw new KioskError('DEVICE_UNAUTHORIZED', 'Request not signed by a device')
          return registry.credential(deviceKey)
        },
      },
      hooks: (app) => {
        if (!options.devUnsigned) return installSignatureHook(app, registry, { required: true, now })
        app.log.warn('device signatures NOT required (--dev-unsigned): development only, never in a branch')
        installSignatureHook(app, registry, { required: false, now })
      },
      routes: (app) => registerDeviceSandboxRoutes(app, registry),
      provides: registry,
    }
  },
}
