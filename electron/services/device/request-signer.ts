import {
  importDevicePrivateKey,
  signRequest,
  type DeviceSigningKey,
} from '../../../shared/device/message-signature'
import type { StoredCredential } from './device-credential-store'

/** Signs one outgoing API request: the headers to add (Date, Content-Digest, Signature-Input, Signature). */
export type RequestSigner = (req: {
  method: string
  target: string
  body: string | undefined
}) => Promise<Record<string, string>>

/** The device's signer; the key is imported once, on first use. */
export function createRequestSigner(
  credential: StoredCredential,
  now: () => Date = () => new Date(),
): RequestSigner {
  let key: Promise<DeviceSigningKey> | undefined
  return async ({ method, target, body }) => {
    key ??= importDevicePrivateKey(credential.privateKey).then((privateKey) => ({
      keyId: credential.keyId,
      privateKey,
    }))
    return signRequest({ method, target, body, key: await key, now: now() })
  }
}
