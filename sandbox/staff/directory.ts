import type { StaffRole } from '../../shared/api/staff'

/** What a staff directory answers to a username and password. */
export type DirectoryAnswer =
  | { ok: true; username: string; displayName: string; roles: StaffRole[]; disabled: boolean }
  /** Wrong password and unknown username alike: the caller must not tell them apart. */
  | { ok: false }

/** Where staff are kept: the sandbox's own table, or the cooperative's LDAP / Active Directory. */
export interface StaffDirectory {
  authenticate(username: string, password: string): Promise<DirectoryAnswer>
}
