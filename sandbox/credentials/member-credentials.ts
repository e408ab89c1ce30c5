import type { Database } from '../db/database'

/** The members columns the credentials lifecycle reads. */
export interface MemberCredentialRow {
  id: number
  id_number: string
  full_name: string
  display_name: string
  phone: string
  email: string
  online_user: 0 | 1
  username: string | null
  security_image_id: string
  security_phrase: string
  password_hash: string
  must_change_password: 0 | 1
  image_pending: 0 | 1
}

const COLUMNS = `id, id_number, full_name, display_name, phone, email, online_user, username, security_image_id,
  security_phrase, password_hash, must_change_password, image_pending`

/** ID numbers are compared upper-case ("v123" is passport "V123"), usernames without case. */
export const normalizeIdNumber = (idNumber: string) => idNumber.toUpperCase()

export function createMemberCredentials(db: Database) {
  const byId = db.prepare<[number], MemberCredentialRow>(`SELECT ${COLUMNS} FROM members WHERE id = ?`)
  const byIdNumber = db.prepare<[string], MemberCredentialRow>(
    `SELECT ${COLUMNS} FROM members WHERE id_number = ? AND online_user = 1`,
  )
  const byUsername = db.prepare<[string], MemberCredentialRow>(
    `SELECT ${COLUMNS} FROM members WHERE username = ? COLLATE NOCASE AND online_user = 1`,
  )
  return {
    /** Any member record (with or without an online user). */
    byId(id: number): MemberCredentialRow | undefined {
      return byId.get(id)
    },
    /**
     * The member with an online user that an identifier names: the ID number first, else a username.
     * Members without an online user are not found, exactly like non-members.
     */
    onlineUser(identifier: string): MemberCredentialRow | undefined {
      return byIdNumber.get(normalizeIdNumber(identifier)) ?? byUsername.get(identifier)
    },
  }
}
export type MemberCredentials = ReturnType<typeof createMemberCredentials>
