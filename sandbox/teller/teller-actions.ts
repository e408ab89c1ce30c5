import type { Database } from '../db/database'
import type { StaffProfile } from '../../shared/api/staff'
import type { TellerActionRequest, TellerActionResult } from '../../shared/api/teller'
import { needsApproval, REPEAT_UNLOCK_WINDOW_HOURS } from '../../shared/api/teller-choices'
import type { PasswordPolicy } from '../../shared/config/password-policy'
import { KioskError } from '../../shared/ipc/errors'
import { decoyLookup } from '../auth/decoy'
import { idDigest } from '../auth/id-digest'
import type { LoginGuard } from '../auth/login-guard'
import { maskEmail, maskPhone } from '../credentials/masking'
import { MESSAGES } from '../credentials/messages'
import { generateTemporaryKey } from '../credentials/one-time-secret'
import { SERVICE_CONTRACT } from '../credentials/service-contract'
import type { TemporaryKeys } from '../credentials/temporary-keys'
import type { Outbox } from '../outbox/outbox'
import type { StaffIdentity } from '../staff/staff-sign-in'
import type { TellerAudit } from './audit'
import type { MemberView, TellerMemberRow } from './member-view'
import type { SlipKeys } from './slip-keys'

export interface TellerActionDeps {
  db: Database
  secret: string
  cooperativeName: string
  policy: PasswordPolicy
  guard: LoginGuard
  temporaryKeys: TemporaryKeys
  slipKeys: SlipKeys
  outbox: Outbox
  audit: TellerAudit
  members: MemberView
  now: () => Date
  /** A supervisor's password, checked like a staff sign-in (lock and counting included). */
  checkStaffPassword(username: string, password: string): Promise<StaffIdentity>
}

const approvalRequired = () =>
  new KioskError('FORBIDDEN', 'This action needs a supervisor approval', {
    issues: [{ path: 'approval', message: 'supervisor approval required' }],
  })
const approvalRefused = (why: string) =>
  new KioskError('FORBIDDEN', why, { issues: [{ path: 'approval', message: why }] })

/**
 * The teller's actions on a member. Each one, allowed or refused once the member is known, leaves one
 * audit row with its result; the state change and its audit row are one transaction.
 */
export function createTellerActions(deps: TellerActionDeps) {
  const { db, secret, outbox, audit, members, temporaryKeys, slipKeys } = deps
  const createOnlineUser = db.prepare(
    `UPDATE members SET online_user = 1, must_change_password = 1, image_pending = 1, username = NULL,
       security_image_id = @imageId, security_phrase = @phrase WHERE id = @id`,
  )
  const clearAnswers = db.prepare<[number]>('DELETE FROM security_answers WHERE member_id = ?')
  const clearChallenge = db.prepare<[number]>('DELETE FROM security_challenges WHERE member_id = ?')
  const imagePending = db.prepare<[number]>('UPDATE members SET image_pending = 1 WHERE id = ?')

  /** Why the action cannot be done on this member as it stands (CONFLICT), if it cannot. */
  function conflict(req: TellerActionRequest, m: TellerMemberRow): string | null {
    if (req.action === 'activate') return m.online_user === 1 ? 'The member already has an online user' : null
    if (m.online_user === 0) return 'The member has no online user yet: activate it first'
    if (req.action === 'unlock' && !members.isLocked(m)) return 'The member is not locked'
    return null
  }

  /** The member's state change, inside the transaction that records it. */
  function apply(req: TellerActionRequest, m: TellerMemberRow, auditId: number, at: number) {
    let sentTo: TellerActionResult['sentTo'] = null
    let slipKey: string | undefined
    const send = (channel: 'sms' | 'email', template: string, text: string) => {
      const recipient = channel === 'sms' ? m.phone : m.email
      outbox.send({ memberId: m.id, idNumber: m.id_number, channel, recipient, template, text })
      sentTo = { channel, maskedDestination: channel === 'sms' ? maskPhone(recipient) : maskEmail(recipient) }
    }
    switch (req.action) {
      case 'activate': {
        // The new user starts with the decoy picture its ID already showed; the member chooses their own.
        const decoy = decoyLookup(secret, m.id_number)
        createOnlineUser.run({ id: m.id, imageId: decoy.securityImageId, phrase: decoy.securityPhrase })
        if (req.delivery === 'slip') {
          slipKey = generateTemporaryKey(deps.policy)
          slipKeys.store(m.id, auditId, slipKey, at)
        } else {
          const key = temporaryKeys.issue(m.id, 'enrollment', req.delivery)
          send(
            req.delivery,
            'teller-activation-key',
            MESSAGES.enrollmentKey(deps.cooperativeName, key, temporaryKeys.ttlSeconds, deps.policy),
          )
        }
        break
      }
      case 'unlock':
        deps.guard.reset(idDigest(secret, m.id_number).toString('hex'))
        break
      case 'resetQuestions':
        clearAnswers.run(m.id)
        clearChallenge.run(m.id)
        break
      case 'resetImage':
        imagePending.run(m.id)
        break
      case 'resendContract':
        send(
          'email',
          'service-contract',
          `${deps.cooperativeName}: le enviamos el ${SERVICE_CONTRACT.texts.es.title}, versión ` +
            `${SERVICE_CONTRACT.version} del ${SERVICE_CONTRACT.publishedOn}. Puede leerlo completo en cualquier kiosco.`,
        )
        break
    }
    return { sentTo, slipKey }
  }

  return async function act(staff: StaffProfile, req: TellerActionRequest): Promise<TellerActionResult> {
    const found = members.find(req.idNumber)
    if (!found) throw new KioskError('NOT_FOUND', 'No member with this ID number')
    const m = found
    const delivery = req.action === 'activate' ? req.delivery : null
    const base = {
      staffUsername: staff.username,
      terminalId: staff.terminalId,
      memberId: m.id,
      idNumber: m.id_number,
      action: req.action,
      reason: req.reason,
      checklist: req.checklist,
      delivery,
    }
    const refuse = (e: KioskError, approvedBy: string | null = null): never => {
      audit.record({ ...base, approvedBy, result: e.code })
      throw e
    }

    const why = conflict(req, m)
    if (why) refuse(new KioskError('CONFLICT', why))
    const fourEyes = needsApproval(
      req.action,
      delivery ?? undefined,
      audit.unlockedWithin(m.id, REPEAT_UNLOCK_WINDOW_HOURS),
    )
    let approvedBy: string | null = null
    if (fourEyes && !req.approval) refuse(approvalRequired())
    if (req.approval) {
      const asked = req.approval.username
      if (asked.toLowerCase() === staff.username.toLowerCase())
        refuse(approvalRefused('Nobody approves their own action'), asked)
      let approver: StaffIdentity
      try {
        approver = await deps.checkStaffPassword(asked, req.approval.password)
      } catch (e) {
        if (e instanceof KioskError) refuse(e, asked)
        throw e
      }
      if (!approver!.roles.includes('supervisor'))
        refuse(approvalRefused('The approver is not a supervisor'), asked)
      approvedBy = approver!.username
    }

    // The password check awaited: the member's state is checked again, then changed and audited at once.
    const done = db.transaction((): TellerActionResult | string => {
      const again = members.find(req.idNumber)!
      const late = conflict(req, again)
      if (late) return late
      const auditId = audit.record({ ...base, approvedBy, result: 'ok' })
      const { sentTo, slipKey } = apply(req, again, auditId, deps.now().getTime())
      return {
        auditId,
        action: req.action,
        approvedBy,
        sentTo,
        ...(slipKey === undefined ? {} : { slipKey }),
        member: members.view(members.find(req.idNumber)!),
      }
    })()
    // Refused outside the transaction, so that the refusal's audit row stays.
    return typeof done === 'string' ? refuse(new KioskError('CONFLICT', done), approvedBy) : done
  }
}
