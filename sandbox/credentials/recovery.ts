import type { Database } from '../db/database'
import type { DeliveryChannel, RecoveryOptions, RecoverySent } from '../../shared/api/credentials'
import { maskEmail, maskPhone } from './masking'
import { idDigest } from '../auth/id-digest'
import type { Outbox } from '../outbox/outbox'
import type { AttemptBudget } from './attempt-budget'
import { decoyDestinations } from './decoy-destinations'
import { normalizeIdNumber, type MemberCredentials } from './member-credentials'
import { MESSAGES } from './messages'
import type { TemporaryKeys } from './temporary-keys'
import type { PasswordPolicy } from '../../shared/config/password-policy'

export interface RecoveryDeps {
  db: Database
  secret: string
  cooperativeName: string
  policy: PasswordPolicy
  members: MemberCredentials
  temporaryKeys: TemporaryKeys
  outbox: Outbox
  budget: AttemptBudget
}

/**
 * Forgotten password (seeds 000, 001, 003): show where a temporary key can go, then send it. Both answers
 * have the same shape for every ID: an ID without an online user gets decoy destinations and nothing is
 * sent, so neither step tells who is a member. Sends have a cooldown and a daily cap per ID, counted for
 * strangers too, so the refusal (and its retryAfterSeconds) is the same for both.
 */
export function createRecovery({
  db,
  secret,
  cooperativeName,
  policy,
  members,
  temporaryKeys,
  outbox,
  budget,
}: RecoveryDeps) {
  function destinations(identifier: string) {
    // Computed for every ID so members and non-members cost the same work.
    const decoy = decoyDestinations(secret, normalizeIdNumber(identifier))
    const member = members.onlineUser(identifier)
    const masked: RecoveryOptions = member
      ? { sms: maskPhone(member.phone), email: maskEmail(member.email) }
      : decoy
    return { member, masked }
  }

  return {
    options(identifier: string): RecoveryOptions {
      return destinations(identifier).masked
    },

    request(identifier: string, channel: DeliveryChannel): RecoverySent {
      const { member, masked } = destinations(identifier)
      // One counter per member whether the ID number or the username was typed, as at sign-in.
      const subject = idDigest(secret, member?.id_number ?? normalizeIdNumber(identifier)).toString('hex')
      budget.requireSend(subject, 'temporary-key')
      db.transaction(() => {
        budget.recordSend(subject, 'temporary-key')
        if (member) {
          const key = temporaryKeys.issue(member.id, 'recovery', channel)
          outbox.send({
            memberId: member.id,
            idNumber: member.id_number,
            channel,
            recipient: channel === 'sms' ? member.phone : member.email,
            template: 'recovery-key',
            text: MESSAGES.recoveryKey(cooperativeName, key, temporaryKeys.ttlSeconds, policy),
          })
        }
      })()
      return {
        channel,
        maskedDestination: channel === 'sms' ? masked.sms : masked.email,
        expiresInSeconds: temporaryKeys.ttlSeconds,
      }
    },
  }
}
export type Recovery = ReturnType<typeof createRecovery>
