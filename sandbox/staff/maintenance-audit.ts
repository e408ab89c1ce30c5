import type { Database } from '../db/database'
import type {
  MaintenanceAudit,
  MaintenanceAuditAction,
  MaintenanceAuditEntry,
  StaffProfile,
} from '../../shared/api/staff'

interface Row {
  id: number
  at: number
  staff_username: string
  terminal_id: string
  action: MaintenanceAuditAction
  result: string
}

const DAY_MS = 86_400_000
const entry = (r: Row): MaintenanceAuditEntry => ({
  id: r.id,
  at: new Date(r.at).toISOString(),
  staffUsername: r.staff_username,
  terminalId: r.terminal_id,
  action: r.action,
  result: r.result,
})

/** The append-only maintenance audit (its triggers refuse UPDATE and DELETE): write, and read by day. */
export function createMaintenanceAudit(db: Database, now: () => Date) {
  const insert = db.prepare<Record<string, string | number>, Row>(
    `INSERT INTO maintenance_audit (at, staff_username, terminal_id, action, result)
     VALUES (@at, @staffUsername, @terminalId, @action, @result)
     RETURNING id, at, staff_username, terminal_id, action, result`,
  )
  const ofDay = db.prepare<{ from: number; to: number }, Row>(
    `SELECT id, at, staff_username, terminal_id, action, result FROM maintenance_audit
     WHERE at >= @from AND at < @to ORDER BY id DESC`,
  )
  return {
    /** Who and where are the session's: the request only says what and how it ended. */
    record(staff: StaffProfile, action: MaintenanceAuditAction, result: string): MaintenanceAuditEntry {
      const at = now().getTime()
      return entry(
        insert.get({ at, staffUsername: staff.username, terminalId: staff.terminalId, action, result })!,
      )
    },
    /** Today's rows (UTC day), every kiosk's, newest first. */
    today(): MaintenanceAudit {
      const t = now().getTime()
      const from = t - (t % DAY_MS)
      return {
        day: new Date(from).toISOString().slice(0, 10),
        entries: ofDay.all({ from, to: from + DAY_MS }).map(entry),
      }
    },
  }
}
