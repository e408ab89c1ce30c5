import type { StaffRole } from '../../shared/api/staff'

/**
 * The branch staff of the demo: seeded into the staff table by default, and written into the test
 * directory (sandbox/testing/ldap-directory.ts) so both sign-in paths answer the same people.
 * `disabled` is a left employee whose account still exists; `roles: []` is a directory user in no
 * staff group (accounting). Passwords only use what a desk keyboard types easily.
 */
export interface DemoStaff {
  username: string
  password: string
  displayName: string
  roles: readonly StaffRole[]
  disabled: boolean
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    username: 'ltorres',
    password: 'Cajera#2024',
    displayName: 'Lucía Torres',
    roles: ['teller'],
    disabled: false,
  },
  {
    username: 'pgarcia',
    password: 'Cajero#2024',
    displayName: 'Pedro García',
    roles: ['teller'],
    disabled: false,
  },
  {
    username: 'rmendoza',
    password: 'Supervisa#2024',
    displayName: 'Rocío Mendoza',
    roles: ['teller', 'supervisor'],
    disabled: false,
  },
  {
    username: 'dquintero',
    password: 'Soporte#2024',
    displayName: 'Diego Quintero',
    roles: ['it'],
    disabled: false,
  },
  {
    username: 'afranco',
    password: 'Retirado#2024',
    displayName: 'Álvaro Franco',
    roles: ['teller'],
    disabled: true,
  },
  { username: 'mruiz', password: 'Contable#2024', displayName: 'Mónica Ruiz', roles: [], disabled: false },
]

export type DemoStaffRole = 'teller' | 'supervisor' | 'it' | 'disabled' | 'no-role'

/** A demo staff member by what tests need of them. */
export function demoStaff(kind: DemoStaffRole): DemoStaff {
  const found = DEMO_STAFF.find((s) =>
    kind === 'disabled'
      ? s.disabled
      : kind === 'no-role'
        ? s.roles.length === 0
        : !s.disabled && s.roles.at(-1) === kind,
  )
  if (!found) throw new Error(`no demo staff member of kind ${kind}`)
  return found
}
