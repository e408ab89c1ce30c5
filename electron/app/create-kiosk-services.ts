import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KioskConfig } from '../../shared/config/kiosk-config'
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels'
import { createIpcRegistry, type EmitEvent, type IpcHandlers, type IpcRegistry } from '../ipc/registry'
import type { ApiClient } from '../services/api-client'
import { createAuthService, type AuthService } from '../services/auth-service'
import { createKioskJournal } from '../services/kiosk-journal'
import type { ServiceLogger } from '../services/logger'
import { systemClock, type Clock } from '../services/session-timer'
import type { ChannelsOf, KioskContext, KioskFeature } from './feature'
import { authFeature } from './features/auth-feature'
import { beneficiariesFeature } from './features/beneficiaries-feature'
import { configFeature } from './features/config-feature'
import { credentialsFeature } from './features/credentials-feature'
import { deferralsFeature } from './features/deferrals-feature'
import { deviceFeature } from './features/device-feature'
import { createDeviceWiring, type DeviceOptions } from './device-options'
import { memberFeature } from './features/member-feature'
import { memberDataFeature } from './features/member-data-feature'
import { journalFile, paymentsFeature } from './features/payments-feature'
import { printingFeature } from './features/printing-feature'
import { productsFeature } from './features/products-feature'
import { signInExtrasFeature } from './features/sign-in-extras-feature'
import { simulatorsFeature } from './features/simulators-feature'
import { staffFeature } from './features/staff-feature'
import { maintenanceFeature } from './features/maintenance-feature'
import { tellerFeature } from './features/teller-feature'

/**
 * Every feature of the kiosk. A new one (statements, printing, payments…) is a file in features/ that
 * registers its declared services (shared/ipc/services), plus one entry here.
 */
const FEATURES = [
  configFeature,
  authFeature,
  memberFeature,
  printingFeature,
  productsFeature,
  credentialsFeature,
  staffFeature,
  maintenanceFeature,
  paymentsFeature,
  beneficiariesFeature,
  simulatorsFeature,
  deferralsFeature,
  tellerFeature,
  memberDataFeature,
  signInExtrasFeature,
  deviceFeature,
] as const

// Compile-time check: every declared channel is answered by some feature. A service declared without a
// registration shows up here as a missing property.
const _everyChannelAnswered: Record<Exclude<InvokeChannel, ChannelsOf<(typeof FEATURES)[number]>>, never> = {}

export interface KioskServicesOptions {
  config: KioskConfig
  emit: EmitEvent
  logger: ServiceLogger
  /** Tests and the Electron shell may bring their own; by default one is built from config.api. */
  apiClient?: ApiClient
  clock?: Clock
  /** Folder for the kiosk's own files (reprint queue, saved PDFs); without one they stay in memory. */
  dataDir?: string
  /** The device identity (issue 12): the keychain credential that signs every API request. */
  device?: DeviceOptions
}

export interface KioskServices {
  handlers: IpcHandlers
  /** Ends every session main holds and wipes its state: call when a renderer page starts. */
  onRendererStarted(): Promise<void>
  /** The principals' sessions; the seam where teller and maintenance sign-in will plug in. */
  auth: AuthService
  registry: IpcRegistry
  /** The logger that also keeps recent lines and lifecycle events for the maintenance screen. */
  logger: ServiceLogger
  /** Resolves once every feature may serve (the payments journal reconciled): shells wait for it. */
  ready: Promise<void>
  /** Ends every session (best effort at the API) and releases every feature. */
  dispose(): Promise<void>
}

/** The composition root shared by the Electron shell and the browser shell. */
export function createKioskServices({
  config,
  emit,
  logger: baseLogger,
  apiClient,
  clock = systemClock,
  dataDir,
  device: deviceOptions,
}: KioskServicesOptions): KioskServices {
  const journal = createKioskJournal({
    logger: baseLogger,
    clock,
    eventsFile: dataDir ? join(dataDir, 'kiosk-events.json') : null,
  })
  const logger = journal.logger
  const { api, device } = createDeviceWiring(config, deviceOptions, logger, apiClient)
  const auth = createAuthService({ api, kioskId: config.kioskId, emit, logger, clock })
  // Out of service: nobody stays signed in at a kiosk the cooperative no longer trusts.
  device.onRevoked(() => void auth.endAll())
  const ctx: KioskContext = {
    config,
    api,
    auth,
    emit,
    logger,
    clock,
    dataDir: dataDir ?? null,
    journal,
    journalFile: journalFile(config.journal.file, dataDir ?? null),
    exportDir: exportDir(dataDir ?? null),
    device,
  }
  const features = FEATURES.map((f) => f(ctx) as KioskFeature<InvokeChannel>)
  const handlers = mergeHandlers(features)
  return {
    handlers,
    auth,
    logger,
    registry: createIpcRegistry(handlers, logger, auth),
    ready: Promise.all(features.map((f) => f.ready)).then(() => undefined),
    /**
     * The renderer (re)started: first load, reload, crash recovery, a new tab of the browser shell. Every
     * principal's session ends and its state is wiped before the new page can ask anything.
     */
    onRendererStarted: () => auth.endAll(),
    async dispose() {
      await auth.dispose()
      for (const f of features.toReversed()) {
        try {
          await f.dispose?.()
        } catch (e) {
          logger.warn(
            { feature: f.name, err: e instanceof Error ? e.message : String(e) },
            'feature dispose failed',
          )
        }
      }
      journal.close()
    },
  }
}

/** The data folder's `exports/`; without a data folder (tests, the browser shell's demo) a temp folder. */
const exportDir = (dataDir: string | null) =>
  dataDir ? join(dataDir, 'exports') : join(tmpdir(), 'cooperativa-kiosk-exports')

/** Joins the features' handler maps; two features claiming one channel is a wiring bug. */
export function mergeHandlers(features: readonly KioskFeature<InvokeChannel>[]): IpcHandlers {
  const merged: Partial<Record<InvokeChannel, unknown>> = {}
  const owner: Partial<Record<InvokeChannel, string>> = {}
  for (const f of features) {
    for (const [channel, handler] of Object.entries(f.handlers) as [InvokeChannel, unknown][]) {
      if (owner[channel])
        throw new Error(`channel ${channel} claimed by both ${owner[channel]} and ${f.name}`)
      owner[channel] = f.name
      merged[channel] = handler
    }
  }
  const missing = INVOKE_CHANNELS.filter((c) => !merged[c])
  if (missing.length > 0) throw new Error(`no feature answers: ${missing.join(', ')}`)
  return merged as IpcHandlers
}
