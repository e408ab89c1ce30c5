import { zonedDay } from '../calendar'
import type { Database } from '../db/database'
import type { ErrorCode } from '../../shared/ipc/errors'
import type { TellerActionName, KeyDelivery } from '../../shared/api/teller-choices'
import type { IdentityChecklist, TellerAuditEntry } from '../../shared/api/teller'

export interface AuditRecord {
  staffUsername: string
  terminalId: string
  memberId: number
  idNumber: string
  action: TellerActionName
  reason: string
  checklist: IdentityChecklist
  delivery: KeyDelivery | null
  approvedBy: string | null
  result: 'ok' | ErrorCode
}

interface Row {
  id: number
  at: number
  staff_username: string
  terminal_id: string
  id_number: string
  action: TellerActionName
  reason: string
  checklist: string
  delivery: KeyDelivery | null
  approved_by: string | null
  result: 'ok' | ErrorCode
}

/**
 * The append-only teller audit (its triggers refuse UPDATE and DELETE): write, and read by day — the
 * branch's local day (`timeZone`, from the cooperative profile).
 */
export function createTellerAudit(db: Database, now: () => Date, timeZone = 'UTC') {
  const insert = db.prepare<Record<string, string | number | null>, { id: number }>(
    `INSERT INTO teller_audit (at, staff_username, terminal_id, member_id, id_number, action, reason, checklist,
       delivery, approved_by, result)
     VALUES (@at, @staffUsername, @terminalId, @memberId, @idNumber, @action, @reason, @checklist, @delivery,
       @approvedBy, @result)
     RETURNING id`,
  )
  const ofDay = db.prepare<{ from: number; to: number; staff: string | null }, Row>(
    `SELECT id, at, staff_username, terminal_id, id_number, action, reason, checklist, delivery, approved_by, result
     FROM teller_audit WHERE at >= @from AND at < @to AND (@staff IS NULL OR staff_username = @staff COLLATE NOCASE)
     ORDER BY id DESC`,
  )
  const lastUnlock = db.prepare<[number, number], { at: number }>(
    `SELECT at FROM teller_audit WHERE member_id = ? AND action = 'unlock' AND result = 'ok' AND at > ?
     ORDER BY id DESC LIMIT 1`,
  )
  const ofMember = db.prepare<[number], { at: number; action: string; result: string }>(
    'SELECT at, action, result FROM teller_audit WHERE member_id = ? ORDER BY id DESC LIMIT 10',
  )

  return {
    record(r: AuditRecord): number {
      return insert.get({ ...r, at: now().getTime(), checklist: JSON.stringify(r.checklist) })!.id
    },
    /** Whether the member was unlocked at a desk within the last `hours`. */
    unlockedWithin(memberId: number, hours: number): boolean {
      return lastUnlock.get(memberId, now().getTime() - hours * 3_600_000) !== undefined
    },
    ofMember: (memberId: number) => ofMember.all(memberId),
    /** Today's entries (the branch's day), newest first: one staff member's, or everyone's at this branch. */
    today(staffUsername: string | null): { day: string; entries: TellerAuditEntry[] } {
      const { day, from, to } = zonedDay(now().getTime(), timeZone)
      const entries = ofDay.all({ from, to, staff: staffUsername }).map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        staffUsername: r.staff_username,
        terminalId: r.terminal_id,
        idNumber: r.id_number,
        action: r.action,
        reason: r.reason,
        checklist: JSON.parse(r.checklist) as TellerAuditEntry['checklist'],
        delivery: r.delivery,
        approvedBy: r.approved_by,
        result: r.result,
      }))
      return { day, entries }
    },
  }
}
export type TellerAudit = ReturnType<typeof createTellerAudit>
