import { createDeviceSecretService, type KeyringFactory } from '../services/device-secret'

/**
 * Makes sure this kiosk has its device secret in the OS keychain. A missing keychain is logged, not
 * fatal: members can still be served, and IT sees the warning. Returns whether the secret is ready.
 */
export async function provisionDeviceSecret(
  keyring: () => Promise<KeyringFactory>,
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
): Promise<boolean> {
  try {
    const secrets = createDeviceSecretService({ keyring: await keyring() })
    secrets.getOrCreate()
    // The fingerprint identifies the secret in logs without revealing it.
    log.info({ fingerprint: secrets.fingerprint() }, 'device secret ready')
    return true
  } catch (e) {
    log.warn(
      { err: e instanceof Error ? e.message : String(e) },
      'device secret unavailable, continuing without it',
    )
    return false
  }
}
