import type { RecoveryOptions } from '../../shared/api/credentials'
import { maskEmail, maskPhone } from './masking'
import { decoyLookup } from '../auth/decoy'
import { idDigest } from '../auth/id-digest'

const MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'] as const

/**
 * The masked phone and e-mail shown for an ID that has no online user: derived from the same
 * HMAC(secret, ID) as the lookup decoy (bytes the decoy does not use), so the same ID always shows the
 * same destinations, the mailbox starts like the decoy's first name, and nothing tells it from a member.
 */
export function decoyDestinations(secret: string, idNumber: string): RecoveryOptions {
  const d = idDigest(secret, idNumber)
  const firstName = decoyLookup(secret, idNumber).maskedName.split(' ')[0] ?? 'usuario'
  const mailbox = firstName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const digits = String(d.readUInt16BE(14) % 10_000).padStart(4, '0')
  const domain = MAIL_DOMAINS[d[16]! % MAIL_DOMAINS.length]!
  return { sms: maskPhone(`300000${digits}`), email: maskEmail(`${mailbox}@${domain}`) }
}
