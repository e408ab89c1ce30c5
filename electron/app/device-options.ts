import type { KeyObject } from 'node:crypto'
import { KioskConfigSchema, type KioskConfig } from '../../shared/config/kiosk-config'
import { createApiClient, type ApiClient } from '../services/api-client'
import type { ConfigStore } from '../services/config-store'
import type { DeviceCredentialStore, StoredCredential } from '../services/device/device-credential-store'
import { createDeviceService, type DeviceService } from '../services/device/device-service'
import { applyProvisioning } from '../services/device/provisioning'
import { createRequestSigner } from '../services/device/request-signer'
import type { ServiceLogger } from '../services/logger'

/** How a shell gives the kiosk its device identity (issue 12). */
export interface DeviceOptions {
  /** The OS keychain's device credential; null where there is none to read (then unprovisioned). */
  credentials: DeviceCredentialStore | null
  /** `--dev-unsigned`: no credential needed, requests go unsigned (a sandbox with the same flag only). */
  devUnsigned: boolean
  /** The cooperative's provisioning public keys, baked into the build. */
  trustedKeys: readonly KeyObject[]
  /** Where provisioning from the first-run screen writes the configuration. */
  configStore?: ConfigStore
  usbRoots?: readonly string[]
  /** After the first-run screen provisioned the kiosk (Electron relaunches to apply every setting). */
  onProvisioned?: () => void
}

/** Without options the kiosk runs as under --dev-unsigned: tests that bring their own API, the demo. */
const UNSIGNED: DeviceOptions = { credentials: null, devUnsigned: true, trustedKeys: [] }

/**
 * The API client every feature uses, signing with the device key, and the device service; after a
 * provisioning from the first-run screen the client is rebuilt with the new key and API address.
 */
export function createDeviceWiring(
  config: KioskConfig,
  options: DeviceOptions | undefined,
  logger: ServiceLogger,
  given: ApiClient | undefined,
): { api: ApiClient; device: DeviceService } {
  const opts = options ?? UNSIGNED
  let credential: StoredCredential | null = null
  try {
    credential = opts.credentials?.read() ?? null
  } catch (e) {
    logger.error({ err: e instanceof Error ? e.message : String(e) }, 'device: credential unreadable')
  }
  if (!credential && opts.devUnsigned)
    logger.warn(
      { devUnsigned: true },
      'device: --dev-unsigned, API requests are NOT signed (development only)',
    )

  // The client tells the device service of refusals; the service is made after the client.
  const refusals: { to?: DeviceService } = {}
  const build = (c: KioskConfig, cred: StoredCredential | null) =>
    createApiClient({
      baseUrl: c.api.baseUrl,
      timeoutMs: c.api.timeoutMs,
      retries: c.api.retries,
      kioskId: c.kioskId,
      logger,
      spkiPins: c.api.spkiPins,
      signer: cred ? createRequestSigner(cred) : undefined,
      onDeviceRefused: (e) => refusals.to?.refused(e),
    })
  let inner = given ?? build(config, credential)
  const api: ApiClient = { call: (...args) => inner.call(...args) }

  const { credentials, configStore } = opts
  const device = createDeviceService({
    initial: credential ? 'active' : opts.devUnsigned ? 'development' : 'unprovisioned',
    kioskId: credential?.kioskId ?? config.kioskId,
    api,
    logger,
    usbRoots: opts.usbRoots ?? [],
    provision:
      credentials && configStore
        ? async (text) => {
            const result = await applyProvisioning(text, {
              trustedKeys: opts.trustedKeys,
              credentials,
              config: configStore,
              logger,
            })
            if (!given) inner = build(KioskConfigSchema.parse(configStore.read()), credentials.read())
            opts.onProvisioned?.()
            return result
          }
        : undefined,
  })
  refusals.to = device
  return { api, device }
}
