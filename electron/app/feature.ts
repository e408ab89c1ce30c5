import type { KioskConfig } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import type { EmitEvent, IpcHandlers } from '../ipc/registry'
import type { ApiClient } from '../services/api-client'
import type { DeviceService } from '../services/device/device-service'
import type { AuthService } from '../services/auth-service'
import type { KioskJournal } from '../services/kiosk-journal'
import type { ServiceLogger } from '../services/logger'
import type { Clock } from '../services/session-timer'

/** The core every feature may use: configuration, the API, the member's session, events, logs. */
export interface KioskContext {
  config: KioskConfig
  api: ApiClient
  auth: AuthService
  emit: EmitEvent
  logger: ServiceLogger
  clock: Clock
  /** Folder for the kiosk's own files (reprint queue, saved PDFs); null keeps them in memory. */
  dataDir: string | null
  /** The payments electronic journal (journal.file resolved once: payments writes it, maintenance reads it). */
  journalFile: string
  /** Where IT's exports go (the journal as CSV): `exports/` in the data folder. */
  exportDir: string
  /** Recent log lines and lifecycle events, for the maintenance screen; `logger` above writes into it. */
  journal: KioskJournal
  /** The kiosk's device identity: its state, the first-run screen's provisioning (issue 12). */
  device: DeviceService
}

/** One feature's share of the IPC surface: the channels it answers, and how to shut it down. */
export interface KioskFeature<C extends InvokeChannel> {
  name: string
  handlers: Pick<IpcHandlers, C>
  /** Settles when the feature may serve (payments: the journal reconciled); absent means at once. */
  ready?: Promise<void>
  dispose?(): Promise<void> | void
}

export type FeatureFactory<C extends InvokeChannel> = (ctx: KioskContext) => KioskFeature<C>

/** Channels answered by a list of feature factories. */
export type ChannelsOf<F> = F extends FeatureFactory<infer C> ? C : never

/** Identity helper: the channels come from the services the feature registers (registerService). */
export const defineFeature = <C extends InvokeChannel>(factory: FeatureFactory<C>): FeatureFactory<C> =>
  factory
