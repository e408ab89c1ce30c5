import { createHmac } from 'node:crypto'

/**
 * HMAC-SHA256(serverSecret, idNumber): the only form in which an ID number keys the login guard and
 * seeds a decoy, so neither the table nor the decoys reveal which IDs were tried or exist.
 */
export function idDigest(secret: string, idNumber: string): Buffer {
  return createHmac('sha256', secret).update(idNumber, 'utf8').digest()
}
