import { createHmac, randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import type {
  ContactChange,
  ContactChangeChallenge,
  ContactChangeConfirm,
  ContactChangeRequest,
  ContactChangeResult,
  ContactField,
  MemberProfile,
} from '../../shared/api/member-data'
import type { DeliveryChannel } from '../../shared/api/credentials'
import { KioskError } from '../../shared/ipc/errors'
import { maskTail } from '../auth/mask'
import type { AttemptBudget } from '../credentials/attempt-budget'
import { maskEmail, maskPhone } from '../credentials/masking'
import { describeLifetime } from '../credentials/messages'
import { generateOtp, sameDigest } from '../credentials/one-time-secret'
import { evaluateCode, OTP_MAX_ATTEMPTS } from '../credentials/otp-rules'
import type { Outbox } from '../outbox/outbox'
import type { MemberDataAudit } from './audit'
import type { MemberDataPolicy } from './policy'

interface MemberRow {
  id: number
  id_number: string
  member_number: string
  full_name: string
  phone: string
  email: string
  payroll_entity: string | null
  address: string | null
  city: string | null
}

interface ChangeRow {
  id: string
  member_id: number
  field: ContactField
  old_value: string
  new_value: string
  confirm_channel: DeliveryChannel
  confirm_recipient: string
  confirm_hash: string
  prove_hash: string | null
  attempts: number
  expires_at: number
  status: ContactChange['status']
  created_at: number
  decided_at: number | null
}

export interface ContactChangeDeps {
  db: Database
  secret: string
  now: () => Date
  outbox: Outbox
  budget: AttemptBudget
  audit: MemberDataAudit
  policy: MemberDataPolicy
  cooperativeName: string
  ttlSeconds: number
  subjectOf: (idNumber: string) => string
}

const iso = (t: number) => new Date(t).toISOString()
/** How a value may be shown again: the member's own address in full, phone and e-mail masked. */
const shown = (field: ContactField, value: string) =>
  field === 'mobile' ? maskPhone(value) : field === 'email' ? maskEmail(value) : value
const FIELD_ES: Record<ContactField, string> = {
  mobile: 'celular',
  email: 'correo electrónico',
  address: 'dirección',
}

/**
 * Changes of the member's mobile, e-mail and address (issue 16, flow 1). A code to the current
 * destination confirms the change and a code to the new one proves it (both bound to the new value);
 * wrong codes spend the member's `operation-code` budget like every operation code. Applied changes
 * write the members table, so "Olvidé mi clave" sends to the new destinations from then on.
 */
export function createContactChanges(deps: ContactChangeDeps) {
  const { db, secret, now, outbox, budget, audit, policy } = deps
  const digest = (id: string, role: 'confirm' | 'prove', value: string, code: string) =>
    createHmac('sha256', secret).update(`contact-change:${id}:${role}:${value}:${code}`, 'utf8').digest('hex')

  const memberRow = db.prepare<[number], MemberRow>(
    `SELECT m.id, m.id_number, m.member_number, m.full_name, m.phone, m.email, m.payroll_entity,
       a.address, a.city
     FROM members m LEFT JOIN member_addresses a ON a.member_id = m.id WHERE m.id = ?`,
  )
  const pendingRows = db.prepare<[number], ChangeRow>(
    `SELECT * FROM contact_changes WHERE member_id = ? AND status IN ('awaiting_codes', 'pending_review')
     ORDER BY created_at DESC, rowid DESC`,
  )
  const changeRow = db.prepare<[string], ChangeRow>('SELECT * FROM contact_changes WHERE id = ?')
  const expireOpen = db.prepare<[number, number]>(
    `UPDATE contact_changes SET status = 'expired', decided_at = ? WHERE member_id = ? AND status = 'awaiting_codes'`,
  )
  const reviewOpen = db.prepare<[number, string], { id: string }>(
    `SELECT id FROM contact_changes WHERE member_id = ? AND field = ? AND status = 'pending_review'`,
  )
  const insert = db.prepare(
    `INSERT INTO contact_changes (id, member_id, field, old_value, new_value, confirm_channel, confirm_recipient,
       confirm_hash, prove_hash, expires_at, status, created_at)
     VALUES (@id, @memberId, @field, @oldValue, @newValue, @confirmChannel, @confirmRecipient, @confirmHash,
       @proveHash, @expiresAt, 'awaiting_codes', @t)`,
  )
  const countAttempt = db.prepare<[string]>('UPDATE contact_changes SET attempts = attempts + 1 WHERE id = ?')
  const decide = db.prepare<[string, number, string | null, string]>(
    'UPDATE contact_changes SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?',
  )
  const setPhone = db.prepare<[string, number]>('UPDATE members SET phone = ? WHERE id = ?')
  const setEmail = db.prepare<[string, number]>('UPDATE members SET email = ? WHERE id = ?')
  const setAddress = db.prepare<[number, string, string]>(
    `INSERT INTO member_addresses (member_id, address, city) VALUES (?, ?, ?)
     ON CONFLICT (member_id) DO UPDATE SET address = excluded.address`,
  )
  const pendingForReview = db.prepare<[], ChangeRow & { id_number: string; full_name: string }>(
    `SELECT c.*, m.id_number, m.full_name FROM contact_changes c JOIN members m ON m.id = c.member_id
     WHERE c.status = 'pending_review' ORDER BY c.created_at`,
  )

  const view = (r: ChangeRow): ContactChange => ({
    changeId: r.id,
    field: r.field,
    status: r.status,
    newValue: shown(r.field, r.new_value),
    requestedAt: iso(r.created_at),
    decidedAt: r.decided_at === null ? null : iso(r.decided_at),
  })

  function member(memberId: number): MemberRow {
    const m = memberRow.get(memberId)
    if (!m) throw new KioskError('SESSION_EXPIRED', 'Member no longer exists')
    return m
  }

  function profile(memberId: number): MemberProfile {
    const m = member(memberId)
    return {
      fullName: m.full_name,
      maskedIdNumber: maskTail(m.id_number),
      memberNumber: m.member_number,
      mobile: m.phone,
      email: m.email,
      address: m.address,
      city: m.city,
      payrollEntity: m.payroll_entity,
      policy: { mode: policy.contact.mode, mobileConfirmVia: policy.contact.mobileConfirmVia },
      pending: pendingRows.all(memberId).map(view),
    }
  }

  const currentValue = (m: MemberRow, field: ContactField) =>
    field === 'mobile' ? m.phone : field === 'email' ? m.email : (m.address ?? '')

  function send(m: MemberRow, channel: DeliveryChannel, recipient: string, template: string, text: string) {
    outbox.send({ memberId: m.id, idNumber: m.id_number, channel, recipient, template, text })
  }

  /** Old and new destinations are both told; an address change goes to the phone and the e-mail. */
  function notify(m: MemberRow, r: ChangeRow) {
    const text =
      `${deps.cooperativeName}: se cambió ${r.field === 'address' ? 'la' : 'el'} ${FIELD_ES[r.field]} de su cuenta ` +
      `(${shown(r.field, r.new_value)}). Si usted no lo pidió, comuníquese con la cooperativa.`
    if (r.field === 'mobile') {
      send(m, 'sms', r.old_value, 'contact-changed', text)
      send(m, 'sms', r.new_value, 'contact-changed', text)
    } else if (r.field === 'email') {
      send(m, 'email', r.old_value, 'contact-changed', text)
      send(m, 'email', r.new_value, 'contact-changed', text)
    } else {
      send(m, 'sms', m.phone, 'contact-changed', text)
      send(m, 'email', m.email, 'contact-changed', text)
    }
  }

  function apply(r: ChangeRow, actor: string) {
    const m = member(r.member_id)
    if (r.field === 'mobile') setPhone.run(r.new_value, r.member_id)
    else if (r.field === 'email') setEmail.run(r.new_value, r.member_id)
    else setAddress.run(r.member_id, r.new_value, m.city ?? '')
    decide.run('applied', now().getTime(), actor, r.id)
    notify(m, r)
    audit.record({
      memberId: r.member_id,
      action: 'contact-change-applied',
      subject: r.id,
      detail: r.field,
      actor,
    })
  }

  return {
    profile,

    start(memberId: number, body: ContactChangeRequest): ContactChangeChallenge {
      const m = member(memberId)
      const subject = deps.subjectOf(m.id_number)
      const value = body.field === 'email' ? body.value.toLowerCase() : body.value.trim()
      const old = currentValue(m, body.field)
      if (value === old) throw new KioskError('VALIDATION', 'That is already your current value')
      if (reviewOpen.get(memberId, body.field))
        throw new KioskError('CONFLICT', 'A change of this field is waiting for review')
      const confirmChannel: DeliveryChannel = body.field === 'mobile' ? body.confirmVia : 'sms'
      if (body.field === 'mobile' && !policy.contact.mobileConfirmVia.includes(confirmChannel))
        throw new KioskError(
          'VALIDATION',
          'The cooperative confirms a phone change on the current phone only',
        )
      budget.requireAttempt(subject, 'operation-code')
      budget.requireSend(subject, 'operation-code')
      const confirmRecipient = confirmChannel === 'sms' ? m.phone : m.email
      const prove: { channel: DeliveryChannel; recipient: string } | null =
        body.field === 'mobile'
          ? { channel: 'sms', recipient: value }
          : body.field === 'email'
            ? { channel: 'email', recipient: value }
            : null
      const id = randomBytes(18).toString('base64url')
      const t = now().getTime()
      const expiresAt = t + deps.ttlSeconds * 1000
      const confirmCode = generateOtp()
      const proveCode = prove ? generateOtp() : null
      const lifetime = describeLifetime(deps.ttlSeconds)
      db.transaction(() => {
        // One open change at a time: a new one replaces a change still awaiting its codes.
        expireOpen.run(t, memberId)
        insert.run({
          id,
          memberId,
          field: body.field,
          oldValue: old,
          newValue: value,
          confirmChannel,
          confirmRecipient,
          confirmHash: digest(id, 'confirm', value, confirmCode),
          proveHash: proveCode ? digest(id, 'prove', value, proveCode) : null,
          expiresAt,
          t,
        })
        send(
          m,
          confirmChannel,
          confirmRecipient,
          'contact-change-code',
          `${deps.cooperativeName}: su código ${confirmCode} autoriza cambiar ${FIELD_ES[body.field]} a ` +
            `${shown(body.field, value)}. Vence en ${lifetime}. No lo comparta con nadie.`,
        )
        if (prove && proveCode)
          send(
            m,
            prove.channel,
            prove.recipient,
            'contact-change-proof',
            `${deps.cooperativeName}: su código ${proveCode} confirma este ${FIELD_ES[body.field]} para su cuenta. ` +
              `Vence en ${lifetime}.`,
          )
        // The pair of codes is one send of the member's budget.
        budget.recordSend(subject, 'operation-code')
        audit.record({
          memberId,
          action: 'contact-change-started',
          subject: id,
          detail: body.field,
          actor: 'member',
        })
      })()
      return {
        changeId: id,
        field: body.field,
        confirm: {
          channel: confirmChannel,
          maskedDestination:
            confirmChannel === 'sms' ? maskPhone(confirmRecipient) : maskEmail(confirmRecipient),
        },
        prove: prove
          ? {
              channel: prove.channel,
              maskedDestination: prove.channel === 'sms' ? maskPhone(value) : maskEmail(value),
            }
          : null,
        expiresInSeconds: deps.ttlSeconds,
        attemptsLeft: OTP_MAX_ATTEMPTS,
        attemptsLeftToday: budget.attemptsLeft(subject, 'operation-code'),
      }
    },

    /** Both codes right: applied at once or waits for review; wrong: one try and the budget spent. */
    confirm(memberId: number, changeId: string, body: ContactChangeConfirm): ContactChangeResult {
      const r = changeRow.get(changeId)
      // Another member's change looks like an unknown one.
      if (!r || r.member_id !== memberId) throw new KioskError('NOT_FOUND', 'No such change')
      const m = member(memberId)
      const subject = deps.subjectOf(m.id_number)
      if (r.status !== 'awaiting_codes') throw new KioskError('CODE_EXPIRED', 'This change is no longer open')
      budget.requireAttempt(subject, 'operation-code')
      const matches =
        sameDigest(r.confirm_hash, digest(r.id, 'confirm', r.new_value, body.confirmCode)) &&
        (r.prove_hash === null ||
          (body.proveCode !== undefined &&
            sameDigest(r.prove_hash, digest(r.id, 'prove', r.new_value, body.proveCode))))
      const outcome = evaluateCode(
        { expiresAt: r.expires_at, attempts: r.attempts, closedAt: null },
        now().getTime(),
        matches,
      )
      if (outcome.kind === 'expired') throw new KioskError('CODE_EXPIRED', 'The codes are no longer valid')
      if (outcome.kind === 'wrong') {
        let leftToday = 0
        db.transaction(() => {
          countAttempt.run(r.id)
          leftToday = budget.recordFailure(subject, 'operation-code')
          audit.record({
            memberId,
            action: 'contact-change-refused',
            subject: r.id,
            detail: r.field,
            actor: 'member',
          })
        })()
        throw new KioskError('CODE_INVALID', 'Wrong code for this change', {
          attemptsLeft: Math.min(outcome.attemptsLeft, leftToday),
        })
      }
      db.transaction(() => {
        if (policy.contact.mode === 'immediate') apply(r, 'member')
        else {
          decide.run('pending_review', now().getTime(), null, r.id)
          audit.record({
            memberId,
            action: 'contact-change-pending',
            subject: r.id,
            detail: r.field,
            actor: 'member',
          })
        }
      })()
      return { change: view(changeRow.get(r.id)!), profile: profile(memberId) }
    },

    /** The changes waiting for a teller (or the sandbox's demo approval). */
    pendingReview: () =>
      pendingForReview.all().map((r) => ({
        ...view(r),
        idNumber: r.id_number,
        fullName: r.full_name,
        oldValue: shown(r.field, r.old_value),
      })),

    /** A reviewer approves (applied and told) or rejects a change waiting for review. */
    review(changeId: string, approve: boolean, actor: string): ContactChange {
      const r = changeRow.get(changeId)
      if (!r || r.status !== 'pending_review')
        throw new KioskError('NOT_FOUND', 'No such change waiting for review')
      db.transaction(() => {
        if (approve) apply(r, actor)
        else {
          decide.run('rejected', now().getTime(), actor, r.id)
          audit.record({
            memberId: r.member_id,
            action: 'contact-change-rejected',
            subject: r.id,
            detail: r.field,
            actor,
          })
        }
      })()
      return view(changeRow.get(r.id)!)
    },
  }
}
export type ContactChanges = ReturnType<typeof createContactChanges>
