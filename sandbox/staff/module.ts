import type { SandboxModule } from '../modules/sandbox-module'
import { DEMO_STAFF } from './demo-staff'
import { STAFF_MIGRATIONS } from './migrations'
import { createStaffModule } from './staff-module'
import { prepareStaffSeed } from './table-directory'

type StaffRouteName = keyof ReturnType<typeof createStaffModule>['handlers']

/**
 * Staff sign-in against the directory (LDAP when configured, else the sandbox's own staff table), staff
 * sessions apart from members', and the hook that keeps each principal's token on its own routes.
 */
/** What later modules (teller, maintenance) use: staff sessions and the password check of approvals. */
export type StaffProvides = Pick<ReturnType<typeof createStaffModule>, 'sessions' | 'checkPassword'>

export const staffModule: SandboxModule<StaffRouteName, StaffProvides> = {
  name: 'staff',
  migrations: STAFF_MIGRATIONS,
  // Seeded with every new file; unused (but harmless) when the sandbox signs staff in against LDAP.
  seed: async ({ db }) => {
    const write = await prepareStaffSeed(DEMO_STAFF)
    return () => write(db)
  },
  start: ({ db, secret, now, options, sessions }) => {
    const staff = createStaffModule({
      db,
      secret,
      now,
      memberSessions: sessions,
      staffSessionTtlSeconds: options.staffSessionTtlSeconds,
      staffLockoutThreshold: options.staffLockoutThreshold,
      ldap: options.ldap,
    })
    return {
      handlers: staff.handlers,
      hooks: (app) => staff.installHooks(app),
      provides: { sessions: staff.sessions, checkPassword: staff.checkPassword },
    }
  },
}
