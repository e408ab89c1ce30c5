import { KioskError } from '../../shared/ipc/errors'
import type { KeyringFactory } from './device/keyring'

export interface NapiKeyringOptions {
  /**
   * Linux only. 'secret-service' (default) fails loudly when no keyring daemon runs, instead of falling
   * back to the kernel keyring, which forgets everything at logout or reboot.
   */
  linuxStore?: 'secret-service' | 'keyutils' | 'auto'
}

/**
 * The OS keychain through @napi-rs/keyring, loaded on first use so that code paths (and tests) that
 * never touch the keychain do not load the native module.
 */
export async function napiKeyring({
  linuxStore = 'secret-service',
}: NapiKeyringOptions = {}): Promise<KeyringFactory> {
  let mod: typeof import('@napi-rs/keyring')
  try {
    mod = await import('@napi-rs/keyring')
  } catch (e) {
    throw new KioskError(
      'INTERNAL',
      `OS keychain module failed to load: ${e instanceof Error ? e.message : String(e)}`,
    )
  }
  const options = linuxStore === 'auto' ? undefined : { linux: { store: linuxStore } }
  return (service, account) => new mod.Entry(service, account, options)
}
