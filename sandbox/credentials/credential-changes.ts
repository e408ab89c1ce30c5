import type { Database } from '../db/database'
import type { SecurityImageId } from '../../shared/security/security-images'
import { checkPassword, type PasswordPolicy } from '../../shared/config/password-policy'
import { tidyPhrase } from '../../shared/credentials/security-phrase'
import { KioskError } from '../../shared/ipc/errors'
import { idDigest } from '../auth/id-digest'
import { accountLocked, type LoginGuard } from '../auth/login-guard'
import { hashPassword, verifyPassword } from '../auth/password-hash'
import type { Outbox } from '../outbox/outbox'
import type { MemberCredentials } from './member-credentials'
import { MESSAGES } from './messages'
import type { SessionRef } from './security-questions'
import type { TemporaryKeys } from './temporary-keys'
import type { VerificationGrants } from './verification-grants'

export interface CredentialChangeDeps {
  db: Database
  secret: string
  policy: PasswordPolicy
  cooperativeName: string
  members: MemberCredentials
  temporaryKeys: TemporaryKeys
  grants: VerificationGrants
  guard: LoginGuard
  now: () => Date
  outbox: Outbox
}

const verificationRequired = () => new KioskError('VERIFICATION_REQUIRED', 'Answer a security question first')

/**
 * Password, picture and phrase, username: each either part of the member's setup (forced change after a
 * temporary key, first picture) or, later, a sensitive change that needs a right security answer first.
 */
export function createCredentialChanges(deps: CredentialChangeDeps) {
  const { db, secret, policy, members, temporaryKeys, grants, guard, outbox } = deps
  const setPassword = db.prepare<[string, number]>(
    'UPDATE members SET password_hash = ?, must_change_password = 0 WHERE id = ?',
  )
  const setImage = db.prepare<[string, string, number]>(
    'UPDATE members SET security_image_id = ?, security_phrase = ?, image_pending = 0 WHERE id = ?',
  )
  const revokeSessions = db.prepare<[number, number]>(
    'UPDATE sessions SET revoked_at = coalesce(revoked_at, ?) WHERE member_id = ?',
  )
  const setUsername = db.prepare<[string, number]>('UPDATE members SET username = ? WHERE id = ?')
  const taken = db.prepare<[number, string, string], { id: number }>(
    `SELECT id FROM members WHERE id != ? AND (username = ? COLLATE NOCASE OR id_number = ?)`,
  )

  function memberOf(session: SessionRef) {
    const m = members.byId(session.memberId)
    if (!m || m.online_user !== 1) throw new KioskError('SESSION_EXPIRED', 'Member no longer exists')
    return m
  }

  return {
    /**
     * The cooperative's policy, enforced here whatever the kiosk showed. A forced change (after a temporary
     * key) needs nothing else; a voluntary one needs the current password and a right security answer.
     * Neither may reuse the current password or a recent temporary key.
     */
    async changePassword(
      session: SessionRef,
      body: { currentPassword?: string | undefined; newPassword: string },
    ): Promise<void> {
      const m = memberOf(session)
      const forced = m.must_change_password === 1
      if (!forced) {
        if (body.currentPassword === undefined)
          throw new KioskError('VALIDATION', 'The current password is required', {
            issues: [{ path: 'currentPassword', message: 'required' }],
          })
        if (!grants.has(session.tokenHash, 'password')) throw verificationRequired()
      }
      const broken = checkPassword(body.newPassword, policy).filter((c) => !c.ok)
      if (broken.length > 0)
        throw new KioskError('PASSWORD_POLICY', 'The new password does not meet the policy', {
          issues: broken.map((c) => ({ path: 'newPassword', message: c.rule })),
        })
      if (!forced) {
        const key = idDigest(secret, m.id_number).toString('hex')
        const currentOk = await verifyPassword(body.currentPassword!, m.password_hash)
        const active = guard.activeLock(key)
        if (active) throw accountLocked(active, deps.now())
        if (!currentOk) {
          const outcome = guard.recordFailure(key)
          if (outcome.locked) {
            // A locked user keeps no session, like after failed sign-ins.
            revokeSessions.run(deps.now().getTime(), m.id)
            throw accountLocked(outcome.lock, deps.now())
          }
          throw new KioskError('INVALID_CREDENTIALS', 'Wrong current password', {
            attemptsLeft: outcome.attemptsLeft,
          })
        }
        guard.reset(key)
      }
      const reused =
        (await verifyPassword(body.newPassword, m.password_hash)) ||
        temporaryKeys.isRecentKey(m.id, body.newPassword)
      if (reused)
        throw new KioskError(
          'PASSWORD_REUSED',
          'The new password must differ from the current and temporary ones',
        )
      const hash = await hashPassword(body.newPassword)
      db.transaction(() => {
        if (!forced && !grants.consume(session.tokenHash, 'password')) throw verificationRequired()
        setPassword.run(hash, m.id)
        temporaryKeys.revokeAll(m.id)
        outbox.send({
          memberId: m.id,
          idNumber: m.id_number,
          channel: 'email',
          recipient: m.email,
          template: 'password-changed',
          text: MESSAGES.passwordChanged(deps.cooperativeName),
        })
      })()
    },

    setSecurityImage(session: SessionRef, imageId: SecurityImageId, phrase: string): void {
      const m = memberOf(session)
      const firstTime = m.image_pending === 1
      db.transaction(() => {
        if (!firstTime && !grants.consume(session.tokenHash, 'securityImage')) throw verificationRequired()
        setImage.run(imageId, tidyPhrase(phrase), m.id)
      })()
    },

    /** Unique without case, and never another member's ID number (both are typed at the same step). */
    changeUsername(session: SessionRef, username: string): string {
      const m = memberOf(session)
      if (!grants.has(session.tokenHash, 'username')) throw verificationRequired()
      if (taken.get(m.id, username, username.toUpperCase()))
        throw new KioskError('CONFLICT', 'That username is taken')
      db.transaction(() => {
        if (!grants.consume(session.tokenHash, 'username')) throw verificationRequired()
        setUsername.run(username, m.id)
      })()
      return username
    },
  }
}
export type CredentialChanges = ReturnType<typeof createCredentialChanges>
