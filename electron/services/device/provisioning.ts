import type { KeyObject } from 'node:crypto'
import type { DeviceCredential } from '../../../shared/api/devices'
import { KioskConfigSchema, type KioskConfig } from '../../../shared/config/kiosk-config'
import { kioskConfigForProfile, PROFILES } from '../../../shared/config/profiles'
import { deviceKeyId, generateDeviceKeyPair } from '../../../shared/device/message-signature'
import type { ProvisioningPayload } from '../../../shared/device/provisioning-file'
import { KioskError } from '../../../shared/ipc/errors'
import { createApiClient } from '../api-client'
import type { ConfigStore } from '../config-store'
import type { ServiceLogger } from '../logger'
import type { DeviceCredentialStore } from './device-credential-store'
import { ProvisioningError } from './provisioning-error'
import { verifyProvisioningFile } from './provisioning-signature'

export interface ProvisioningDeps {
  trustedKeys: readonly KeyObject[]
  credentials: DeviceCredentialStore
  config: ConfigStore
  logger: ServiceLogger
  now?: () => Date
  timeoutMs?: number
}

export interface ProvisioningResult {
  kioskId: string
  branch: { id: string; name: string }
  keyId: string
  apiUrl: string
  /** A previous credential was replaced (re-provisioning). */
  replaced: boolean
}

/**
 * `kiosk --provision FILE` and the first-run screen: verify the cooperative's signature, trade the
 * one-time token for a device credential at the API, keep the private key in the OS keychain and write
 * the validated configuration. Nothing is written unless every step before it succeeded.
 */
export async function applyProvisioning(text: string, deps: ProvisioningDeps): Promise<ProvisioningResult> {
  const now = deps.now ?? (() => new Date())
  const payload = verifyProvisioningFile(text, deps.trustedKeys)
  if (Date.parse(payload.enrollment.expiresAt) <= now().getTime())
    throw new ProvisioningError('expired', `the enrollment token expired at ${payload.enrollment.expiresAt}`)

  const previous = readPrevious(deps.credentials)
  const pair = await generateDeviceKeyPair()
  const credential = await enroll(payload, pair.publicKey, deps)
  if (credential.keyId !== (await deviceKeyId(pair.publicKey)))
    throw new ProvisioningError('api-refused', 'the API enrolled a different key')

  try {
    deps.credentials.write({ kioskId: payload.kioskId, keyId: credential.keyId, privateKey: pair.privateKey })
  } catch (e) {
    throw new ProvisioningError('keychain', e instanceof Error ? e.message : String(e))
  }
  deps.config.write(configFor(payload, credential, readConfig(deps.config), now()))
  deps.logger.info(
    { kioskId: payload.kioskId, branch: payload.branch.id, keyId: credential.keyId, replaced: previous },
    'provisioning: applied',
  )
  return {
    kioskId: payload.kioskId,
    branch: payload.branch,
    keyId: credential.keyId,
    apiUrl: payload.api.baseUrl,
    replaced: previous,
  }
}

function readPrevious(credentials: DeviceCredentialStore): boolean {
  try {
    return credentials.read() !== null
  } catch (e) {
    // A malformed item is replaced by provisioning, which is IT's explicit act; an absent keychain is not.
    if (e instanceof KioskError && e.message.includes('malformed')) return true
    throw new ProvisioningError('keychain', e instanceof Error ? e.message : String(e))
  }
}

async function enroll(payload: ProvisioningPayload, publicKey: string, deps: ProvisioningDeps) {
  let api
  try {
    api = createApiClient({
      baseUrl: payload.api.baseUrl,
      spkiPins: payload.api.spkiPins,
      timeoutMs: deps.timeoutMs ?? 8000,
      retries: 0,
      kioskId: payload.kioskId,
      logger: deps.logger,
    })
  } catch (e) {
    throw new ProvisioningError('malformed', e instanceof Error ? e.message : String(e))
  }
  try {
    return await api.call('enrollDevice', {
      enrollmentToken: payload.enrollment.token,
      kioskId: payload.kioskId,
      branchId: payload.branch.id,
      publicKey,
    })
  } catch (e) {
    if (!(e instanceof KioskError)) throw e
    if (e.code === 'CODE_EXPIRED') throw new ProvisioningError('token-used', e.message)
    if (e.code === 'CODE_INVALID') throw new ProvisioningError('token-unknown', e.message)
    if (e.code === 'API_UNREACHABLE' || e.code === 'API_TIMEOUT')
      throw new ProvisioningError('api-unreachable', `${payload.api.baseUrl}: ${e.message}`)
    throw new ProvisioningError('api-refused', `${e.code}: ${e.message}`)
  }
}

/** The stored configuration if it is valid, else nothing (provisioning writes a whole new one). */
function readConfig(store: ConfigStore): Partial<KioskConfig> {
  try {
    const parsed = KioskConfigSchema.safeParse(store.read())
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

function configFor(
  p: ProvisioningPayload,
  credential: DeviceCredential,
  current: Partial<KioskConfig>,
  at: Date,
): KioskConfig {
  return KioskConfigSchema.parse({
    ...current,
    ...kioskConfigForProfile(PROFILES[p.profile]),
    kioskId: p.kioskId,
    branch: p.branch,
    api: {
      timeoutMs: current.api?.timeoutMs ?? 8000,
      retries: current.api?.retries ?? 2,
      baseUrl: p.api.baseUrl,
      ...(p.api.spkiPins ? { spkiPins: p.api.spkiPins } : {}),
    },
    printer: p.printer,
    updates: { channel: p.updateChannel },
    device: { keyId: credential.keyId, profile: p.profile, provisionedAt: at.toISOString() },
  })
}
