import type { Database } from '../db/database'
import { StaffRoleSchema } from '../../shared/api/staff'
import { hashPassword, verifyPassword } from '../auth/password-hash'
import type { DemoStaff } from './demo-staff'
import type { StaffDirectory } from './directory'

interface Row {
  username: string
  display_name: string
  password_hash: string
  roles: string
  disabled: number
}

/** Hashes the demo staff's passwords (scrypt, slow) and returns the writer that stores them. */
export async function prepareStaffSeed(staff: readonly DemoStaff[]): Promise<(db: Database) => void> {
  const rows = await Promise.all(staff.map(async (s) => ({ ...s, hash: await hashPassword(s.password) })))
  return (db) => {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO staff_users (username, display_name, password_hash, roles, disabled)
       VALUES (@username, @displayName, @hash, @roles, @disabled)`,
    )
    for (const r of rows) insert.run({ ...r, roles: JSON.stringify(r.roles), disabled: r.disabled ? 1 : 0 })
  }
}

/** The staff directory of the sandbox's own SQLite table (the default when no LDAP URL is given). */
export function createTableDirectory(db: Database): StaffDirectory {
  const find = db.prepare<[string], Row>(
    'SELECT username, display_name, password_hash, roles, disabled FROM staff_users WHERE username = ?',
  )
  // Unknown usernames cost the same scrypt as known ones: timing reveals no account.
  let dummy: Promise<string> | undefined
  const dummyHash = () => (dummy ??= hashPassword('not-a-staff-password'))
  return {
    async authenticate(username, password) {
      const row = find.get(username)
      const right = await verifyPassword(password, row?.password_hash ?? (await dummyHash()))
      if (!row || !right) return { ok: false }
      return {
        ok: true,
        username: row.username,
        displayName: row.display_name,
        roles: StaffRoleSchema.array().parse(JSON.parse(row.roles)),
        disabled: row.disabled === 1,
      }
    },
  }
}
