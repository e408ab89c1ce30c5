import { readFileSync } from 'node:fs'
import type { DeviceState, ProvisioningOutcome } from '../../../shared/ipc/services/device'
import { KioskError } from '../../../shared/ipc/errors'
import type { ApiClient } from '../api-client'
import type { ServiceLogger } from '../logger'
import { ProvisioningError } from './provisioning-error'
import type { ProvisioningResult } from './provisioning'
import { findProvisioningFiles } from './usb-files'

export interface DeviceServiceDeps {
  initial: Exclude<DeviceState, 'revoked'>
  kioskId: string
  api: ApiClient
  logger: ServiceLogger
  usbRoots: readonly string[]
  /** Applies a provisioning file's text (absent: this shell cannot provision, e.g. no keychain). */
  provision?: (text: string) => Promise<ProvisioningResult>
}

/** The kiosk's device state for the renderer, and the first-run screen's provisioning from USB. */
export function createDeviceService(deps: DeviceServiceDeps) {
  let state: DeviceState = deps.initial
  let kioskId = deps.kioskId
  // The API is asked once whether the key is still good; afterwards every refusal updates the state.
  let checked: Promise<void> | undefined
  let scanned = new Map<string, string>()
  const onRevoked = new Set<() => void>()

  const check = async () => {
    try {
      await deps.api.call('deviceStatus', undefined)
    } catch (e) {
      // Offline or slow: the kiosk keeps serving; the member's next call says what is wrong.
      if (!(e instanceof KioskError) || e.code !== 'DEVICE_REVOKED')
        deps.logger.warn(
          { code: e instanceof KioskError ? e.code : 'unknown' },
          'device: status check failed',
        )
    }
  }

  return {
    /** The API refused this kiosk's key (any call): out of service until provisioned again. */
    refused(error: KioskError) {
      if (error.code !== 'DEVICE_REVOKED' || state === 'revoked') return
      state = 'revoked'
      deps.logger.error({ kioskId }, 'device: key revoked by the API, kiosk out of service')
      for (const listener of onRevoked) listener()
    },
    /** Called once the kiosk is out of service (the composition root ends every session then). */
    onRevoked(listener: () => void) {
      onRevoked.add(listener)
    },
    async status() {
      if (state === 'active') await (checked ??= check())
      return { state, kioskId }
    },
    async findProvisioningFiles() {
      const files = findProvisioningFiles(deps.usbRoots)
      scanned = new Map(files.map((f, i) => [`f${i + 1}`, f.path]))
      return { files: files.map((f, i) => ({ id: `f${i + 1}`, name: f.name })) }
    },
    async applyProvisioningFile({ id }: { id: string }): Promise<ProvisioningOutcome> {
      const path = scanned.get(id)
      if (!path || !deps.provision) return { ok: false, reason: deps.provision ? 'unreadable' : 'keychain' }
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch {
        return { ok: false, reason: 'unreadable' }
      }
      try {
        const result = await deps.provision(text)
        state = 'active'
        kioskId = result.kioskId
        checked = Promise.resolve()
        return { ok: true, kioskId: result.kioskId, branchName: result.branch.name }
      } catch (e) {
        if (e instanceof ProvisioningError) {
          deps.logger.warn({ reason: e.reason, detail: e.message }, 'device: provisioning file refused')
          return { ok: false, reason: e.reason }
        }
        throw e
      }
    },
  }
}
export type DeviceService = ReturnType<typeof createDeviceService>
