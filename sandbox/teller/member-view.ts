import type { Database } from '../db/database'
import type { TellerMember } from '../../shared/api/teller'
import { REPEAT_UNLOCK_WINDOW_HOURS, type MemberEventKind } from '../../shared/api/teller-choices'
import { idDigest } from '../auth/id-digest'
import { maskEmail, maskPhone } from '../credentials/masking'
import type { SetupState } from '../credentials/setup-state'
import type { TellerAudit } from './audit'
import type { SlipKeys } from './slip-keys'

export interface TellerMemberRow {
  id: number
  id_number: string
  member_number: string
  full_name: string
  phone: string
  email: string
  online_user: 0 | 1
}

interface GuardRow {
  failures: number
  locked_at: number | null
  locked_until: number | null
  lock_reason: 'wrong-passwords' | 'core' | null
  locks: number
}

export interface MemberViewDeps {
  db: Database
  secret: string
  now: () => Date
  /** Wrong passwords that lock (the login guard resets its count when it locks, so the lock is this many). */
  lockoutThreshold: number
  setup: SetupState
  slipKeys: SlipKeys
  audit: TellerAudit
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * What a teller sees of a member, read from the tables the kiosk's flows write (members, login_guard,
 * temporary keys and slips, security_challenges, sessions, outbox, contract acceptances, the audit): no
 * status is stored twice. Last sign-ins are the sessions the core still keeps (a day after they expire).
 */
export function createMemberView(deps: MemberViewDeps) {
  const { db, secret, now, setup, slipKeys, audit } = deps
  const byIdNumber = db.prepare<[string], TellerMemberRow>(
    `SELECT id, id_number, member_number, full_name, phone, email, online_user FROM members WHERE id_number = ?`,
  )
  const guardRow = db.prepare<[string], GuardRow>(
    'SELECT failures, locked_at, locked_until, lock_reason, locks FROM login_guard WHERE id_key = ?',
  )
  const blocked = db.prepare<[number], { blocked_until: number | null }>(
    'SELECT blocked_until FROM security_challenges WHERE member_id = ?',
  )
  const openKey = db.prepare<
    [number, number],
    { channel: 'sms' | 'email'; created_at: number; expires_at: number }
  >(
    `SELECT channel, created_at, expires_at FROM temporary_keys
     WHERE member_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1`,
  )
  const signIns = db.prepare<[number], { created_at: number; kiosk_id: string }>(
    'SELECT created_at, kiosk_id FROM sessions WHERE member_id = ? ORDER BY created_at DESC LIMIT 5',
  )
  const keyEvents = db.prepare<
    { m: number; limit: number },
    { at: number; kind: MemberEventKind; detail: string }
  >(
    `SELECT created_at AS at, 'key-issued' AS kind, reason || ' ' || channel AS detail FROM temporary_keys WHERE member_id = @m
     UNION ALL SELECT used_at, 'key-used', reason || ' ' || channel FROM temporary_keys WHERE member_id = @m AND used_at IS NOT NULL
     UNION ALL SELECT revoked_at, 'key-revoked', reason || ' ' || channel FROM temporary_keys WHERE member_id = @m AND revoked_at IS NOT NULL
     UNION ALL SELECT created_at, 'key-issued', 'teller slip' FROM teller_slip_keys WHERE member_id = @m
     UNION ALL SELECT used_at, 'key-used', 'teller slip' FROM teller_slip_keys WHERE member_id = @m AND used_at IS NOT NULL
     UNION ALL SELECT revoked_at, 'key-revoked', 'teller slip' FROM teller_slip_keys WHERE member_id = @m AND revoked_at IS NOT NULL
     UNION ALL SELECT created_at, 'message-sent', template || ' ' || channel FROM outbox WHERE member_id = @m
     UNION ALL SELECT accepted_at, 'contract-accepted', version FROM contract_acceptances WHERE member_id = @m
     UNION ALL SELECT at, 'teller-action', action || ' ' || result FROM teller_audit WHERE member_id = @m
     UNION ALL SELECT at, kind, kiosk_id || ' ' || reference FROM security_events WHERE member_id = @m
     ORDER BY at DESC LIMIT @limit`,
  )

  function lockOf(m: TellerMemberRow, t: number): TellerMember['access']['lock'] {
    const g = guardRow.get(idDigest(secret, m.id_number).toString('hex'))
    if (!g || g.locked_at === null) return null
    if (g.locked_until !== null && g.locked_until <= t) return null
    const reason = g.lock_reason ?? 'core'
    return {
      since: iso(g.locked_at),
      until: g.locked_until === null ? null : iso(g.locked_until),
      reason,
      failedAttempts: reason === 'wrong-passwords' ? deps.lockoutThreshold : g.failures,
      locksInARow: g.locks,
    }
  }

  function lastLockedAt(m: TellerMemberRow): number | null {
    return guardRow.get(idDigest(secret, m.id_number).toString('hex'))?.locked_at ?? null
  }

  return {
    find: (idNumber: string) => byIdNumber.get(idNumber.toUpperCase()),
    isLocked: (m: TellerMemberRow) => lockOf(m, now().getTime()) !== null,
    view(m: TellerMemberRow): TellerMember {
      const t = now().getTime()
      const lock = lockOf(m, t)
      const until = blocked.get(m.id)?.blocked_until ?? null
      const questionsBlockedUntil = until !== null && until > t ? iso(until) : null
      const key = openKey.get(m.id, t)
      const slip = slipKeys.open(m.id, t)
      const temporaryKey =
        slip && (!key || slip.created_at >= key.created_at)
          ? { delivery: 'slip' as const, issuedAt: iso(slip.created_at), expiresAt: iso(slip.expires_at) }
          : key
            ? { delivery: key.channel, issuedAt: iso(key.created_at), expiresAt: iso(key.expires_at) }
            : null
      const status =
        m.online_user === 0
          ? 'not-enrolled'
          : lock
            ? 'locked'
            : questionsBlockedUntil
              ? 'questions-blocked'
              : temporaryKey
                ? 'temporary-key-pending'
                : 'active'
      const lockedAt = lastLockedAt(m)
      const events: TellerMember['events'] = keyEvents
        .all({ m: m.id, limit: 15 })
        .map((e) => ({ at: iso(e.at), kind: e.kind, detail: e.detail }))
      if (lockedAt !== null) events.push({ at: iso(lockedAt), kind: 'locked', detail: lock?.reason ?? null })
      events.sort((a, b) => b.at.localeCompare(a.at))
      return {
        idNumber: m.id_number,
        fullName: m.full_name,
        memberNumber: m.member_number,
        access: {
          status,
          lock,
          questionsBlockedUntil,
          temporaryKey,
          pendingSetup: m.online_user === 1 ? setup.pending(m.id) : [],
        },
        destinations: { sms: maskPhone(m.phone), email: maskEmail(m.email) },
        lastSignIns: signIns.all(m.id).map((s) => ({ at: iso(s.created_at), kioskId: s.kiosk_id })),
        events: events.slice(0, 15),
        unlockNeedsApproval: audit.unlockedWithin(m.id, REPEAT_UNLOCK_WINDOW_HOURS),
      }
    },
  }
}
export type MemberView = ReturnType<typeof createMemberView>
