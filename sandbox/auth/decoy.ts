import type { LookupResponse } from '../../shared/api/auth'
import { SECURITY_IMAGE_IDS } from '../../shared/security/security-images'
import { DECOY_PHRASES, FEMALE_NAMES, MALE_NAMES, SURNAMES } from './decoy-lists'
import { idDigest } from './id-digest'
import { maskName } from './mask'

/**
 * The lookup answer for an ID that is not a member: built from HMAC(secret, idNumber), so the same ID
 * always gets the same plausible name, image and phrase, other IDs get others, and without the secret
 * a decoy cannot be told from a real member. Masked exactly like real names.
 */
export function decoyLookup(secret: string, idNumber: string): LookupResponse {
  const d = idDigest(secret, idNumber)
  const pick = <T>(list: readonly T[], at: number): T => list[d.readUInt16BE(at) % list.length]!
  const names = d[0]! % 2 === 0 ? FEMALE_NAMES : MALE_NAMES
  const first = pick(names, 1)
  // About three in four members have a second given name, as in the real registers.
  const second =
    d[3]! % 4 === 0
      ? []
      : [
          pick(
            names.filter((n) => n !== first),
            4,
          ),
        ]
  const fullName = [first, ...second, pick(SURNAMES, 6), pick(SURNAMES, 8)].join(' ')
  return {
    maskedName: maskName(fullName),
    securityImageId: pick(SECURITY_IMAGE_IDS, 10),
    securityPhrase: pick(DECOY_PHRASES, 12),
  }
}
